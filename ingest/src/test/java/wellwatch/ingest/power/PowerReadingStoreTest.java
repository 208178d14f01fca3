package wellwatch.ingest.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import wellwatch.contract.power.PowerReading;

class PowerReadingStoreTest {

    @Test
    void verifiesTheCopyTextOfAKnownAndAnUnknownMeter() {
        Instant start = Instant.parse("2026-05-01T00:00:00Z");
        Instant end = Instant.parse("2026-05-01T00:15:00Z");
        PowerReading known = new PowerReading("3301000012345", "W000123", start, end, 1.75, 7.4, "upload-1");
        PowerReading unknown = new PowerReading("M2", null, start, end, 0, null, "upload-1");

        String text = PowerReadingStore.copyText(List.of(known, unknown));

        assertEquals("3301000012345\tW000123\t2026-05-01T00:00:00Z\t2026-05-01T00:15:00Z\t1.75\t7.4\tupload-1\n"
                + "M2\t\\N\t2026-05-01T00:00:00Z\t2026-05-01T00:15:00Z\t0.0\t\\N\tupload-1\n", text);
    }

    @Test
    void verifiesThatTextFromTheRegistryIsEscapedForCopy() {
        Instant t = Instant.parse("2026-05-01T00:00:00Z");
        PowerReading odd = new PowerReading("M1", "W\t1\\x\n", t, t.plusSeconds(900), 1, null, "b");

        String text = PowerReadingStore.copyText(List.of(odd));

        assertTrue(text.startsWith("M1\tW\\t1\\\\x\\n\t2026-05-01T00:00:00Z\t"), text);
    }
}
