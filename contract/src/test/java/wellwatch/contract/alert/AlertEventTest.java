package wellwatch.contract.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertEventTest {

    private static final Instant T = Instant.parse("2026-05-01T08:15:00Z");

    @Test
    void verifiesThatAWorkedOnAlertRoundTripsWithUnitWhoWhenAndLead() {
        AlertEvent a = new AlertEvent(42, "sealed_well_reactivation", "critical", "W000007", "lead", T, T.plusSeconds(300), 2,
                "sealed-well", "Well W000007 is sealed but pumps", Map.of("powerKw", "7.5"), "U0001", T.plusSeconds(900), "analyst", 7L);

        assertEquals(a, AlertEvent.fromJson(a.toJson()));
    }

    @Test
    void verifiesThatANewAlertCarriesExplicitNullsAndReadsBackFromTheOlderFormat() {
        AlertEvent a = new AlertEvent(1, "meter_stuck", "warning", "W1", "open", T, T, 1, "r", "s", Map.of());
        String json = new String(a.toJson(), StandardCharsets.UTF_8);
        assertEquals(true, json.contains("\"unitId\":null") && json.contains("\"leadId\":null"), json);

        String older = "{\"id\":1,\"type\":\"meter_stuck\",\"severity\":\"warning\",\"wellId\":\"W1\",\"state\":\"open\","
                + "\"firstSeen\":\"2026-05-01T08:15:00Z\",\"lastSeen\":\"2026-05-01T08:15:00Z\",\"occurrences\":1,\"rule\":\"r\",\"summary\":\"s\",\"evidence\":{}}";
        AlertEvent read = AlertEvent.fromJson(older.getBytes(StandardCharsets.UTF_8));
        assertNull(read.unitId());
        assertNull(read.stateChangedAt());
        assertNull(read.leadId());
        assertEquals(a, read);
    }
}
