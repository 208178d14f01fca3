package wellwatch.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void telemetryTopicNamesItsWell() {
        assertEquals("wells/W000042/telemetry", Topics.telemetry("W000042"));
        assertEquals("W000042", Topics.wellIdOfTelemetry(Topics.telemetry("W000042")));
    }

    @Test
    void topicsNotOfTheTelemetryFormNameNoWell() {
        assertNull(Topics.wellIdOfTelemetry("wells//telemetry"));
        assertNull(Topics.wellIdOfTelemetry("wells/a/b/telemetry"));
        assertNull(Topics.wellIdOfTelemetry("wells/W1/status"));
        assertNull(Topics.wellIdOfTelemetry("other/W1/telemetry"));
        assertNull(Topics.wellIdOfTelemetry(null));
    }
}
