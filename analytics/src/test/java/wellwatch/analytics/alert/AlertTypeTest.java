package wellwatch.analytics.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import wellwatch.contract.reading.Alarm;

class AlertTypeTest {

    @Test
    void codesAreUniqueSnakeCaseAndRoundTrip() {
        Set<String> seen = new HashSet<>();
        for (AlertType type : AlertType.values()) {
            assertTrue(type.code().matches("[a-z]+(_[a-z0-9]+)*"), type.code());
            assertTrue(seen.add(type.code()), "duplicate code " + type.code());
            assertNotNull(type.severity());
            assertEquals(type, AlertType.ofCode(type.code()));
        }
        assertThrows(IllegalArgumentException.class, () -> AlertType.ofCode("nope"));
    }

    @Test
    void everyDeviceAlarmHasItsOwnType() {
        Set<AlertType> types = new HashSet<>();
        for (Alarm alarm : Alarm.values()) {
            types.add(AlertType.forAlarm(alarm));
        }
        assertEquals(Alarm.values().length, types.size());
        assertEquals(Severity.CRITICAL, AlertType.forAlarm(Alarm.MAGNETIC_INTERFERENCE).severity());
    }

    @Test
    void evidenceRoundsFiguresAndLeavesOutWhatIsMissing() {
        var map = Evidence.of().put("a", 1.23456).put("b", Double.NaN).put("c", (Object) null).put("d", 0.30000000000000004)
                .put("e", 2.0).put("f", -0.0001).map();
        assertEquals("1.235", map.get("a"));
        assertEquals("0.3", map.get("d"));
        assertEquals("2", map.get("e"));
        assertEquals("0", map.get("f"));
        assertEquals(Set.of("a", "d", "e", "f"), map.keySet());
        assertEquals("82.3%", Evidence.percent(0.8234));
    }
}
