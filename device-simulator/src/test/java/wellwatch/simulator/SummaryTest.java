package wellwatch.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import wellwatch.contract.Json;

/** Verifies the summary line that benchmarks and fault tests parse. */
class SummaryTest {

    @Test
    void isOneLineOfJsonWithTheAgreedFields() {
        String line = Summary.of(1000, 998, 300, 2.5).toJson();

        assertEquals("{\"sent\":1000,\"acked\":998,\"failed\":2,\"wells\":300,\"seconds\":2.5,\"ratePerSec\":399.2}", line);
        JsonNode node = Json.parseTrusted(line.getBytes(StandardCharsets.UTF_8));
        assertEquals(1000, node.get("sent").asLong());
        assertFalse(line.contains("\n"));
    }

    @Test
    void whatIsNotAcknowledgedCountsAsFailed() {
        Summary s = Summary.of(10, 7, 1, 1);

        assertEquals(3, s.failed());
        assertFalse(s.complete());
        assertTrue(Summary.of(10, 10, 1, 1).complete());
        assertEquals(0.0, Summary.of(0, 0, 1, 0).ratePerSec());
    }
}
