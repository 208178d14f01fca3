package wellwatch.ingest.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import wellwatch.contract.reading.Alarm;
import wellwatch.contract.reading.Reading;

class ReadingStoreTest {

    @Test
    void verifiesTheCopyTextFormatOfAFullAndAnEmptyReading() {
        Instant ts = Instant.parse("2026-05-01T08:15:00Z");
        Reading full = new Reading("W1", "D1", 3, ts, 1.5, 2.0, 3.25, true, 7.5, 9.0, EnumSet.of(Alarm.COVER_OPEN, Alarm.POWER_CUT));
        Reading bare = new Reading("W2", "D2", 4, ts, null, null, null, null, null, null, null);

        String text = ReadingStore.copyText(List.of(full, bare));

        assertEquals("W1\tD1\t3\t2026-05-01T08:15:00Z\t1.5\t2.0\t3.25\tt\t7.5\t9.0\t{cover_open,power_cut}\n"
                + "W2\tD2\t4\t2026-05-01T08:15:00Z\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t{}\n", text);
    }
}
