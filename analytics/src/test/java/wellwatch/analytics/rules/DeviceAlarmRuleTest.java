package wellwatch.analytics.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import wellwatch.analytics.Fixtures;
import wellwatch.analytics.Fixtures.Readings;
import wellwatch.analytics.Fixtures.Wells;
import wellwatch.analytics.alert.AlertType;
import wellwatch.analytics.alert.Severity;
import wellwatch.contract.reading.Alarm;

class DeviceAlarmRuleTest {

    @Test
    void anOpenCoverIsReportedWithTheOtherAlarmsOfTheReading() {
        var reading = Readings.instant(Fixtures.T0, true, 10.0, 40.0, Alarm.COVER_OPEN, Alarm.POWER_CUT);

        var found = new RuleRunner(new DeviceAlarmRule(Alarm.COVER_OPEN)).feed(Wells.active(), reading);

        assertEquals(AlertType.ALARM_COVER_OPEN, found.get().type());
        assertEquals("cover_open", found.get().evidence().get("alarm"));
        assertTrue(found.get().evidence().get("alarms").contains("power_cut"));
    }

    @Test
    void magneticInterferenceIsCritical() {
        var reading = Readings.instant(Fixtures.T0, true, 10.0, 16.0, Alarm.MAGNETIC_INTERFERENCE);
        var found = new RuleRunner(new DeviceAlarmRule(Alarm.MAGNETIC_INTERFERENCE)).feed(null, reading);
        assertEquals(Severity.CRITICAL, found.get().type().severity());
    }

    @Test
    void aReadingWithoutThatAlarmIsNotReported() {
        assertTrue(new RuleRunner(new DeviceAlarmRule(Alarm.METER_FAULT)).feed(Wells.active(), Readings.normal()).isEmpty());
        var other = Readings.instant(Fixtures.T0, true, 10.0, 40.0, Alarm.COVER_OPEN);
        assertTrue(new RuleRunner(new DeviceAlarmRule(Alarm.METER_FAULT)).feed(Wells.active(), other).isEmpty());
    }
}
