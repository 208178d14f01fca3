package wellwatch.analytics.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import wellwatch.analytics.Fixtures;
import wellwatch.analytics.Fixtures.Readings;
import wellwatch.analytics.Fixtures.Wells;
import wellwatch.analytics.alert.AlertType;
import wellwatch.registry.WellStatus;

class SeasonalStopRuleTest {

    private final RuleRunner runner = new RuleRunner(new SeasonalStopRule(DetectionSettings.Activity.defaults()));

    @Test
    void powerAtAWellReportedStoppedIsAViolation() {
        var found = runner.feed(Wells.seasonallyStopped(), Readings.normal());

        assertTrue(found.isPresent());
        assertEquals(AlertType.SEASONAL_STOP_VIOLATION, found.get().type());
        assertEquals("2025-10-15T00:00:00Z", found.get().evidence().get("stoppedSince"));
    }

    @Test
    void anIdleStoppedWellAndResumedWellsAreNotReported() {
        assertTrue(runner.feed(Wells.seasonallyStopped(), Readings.idle()).isEmpty());
        assertTrue(new RuleRunner(new SeasonalStopRule(DetectionSettings.Activity.defaults())).feed(Wells.active(), Readings.normal()).isEmpty());
    }

    @Test
    void pumpingBeforeTheStopTookEffectDoesNotCount() {
        var stoppedLater = Wells.activeBuilder().status(WellStatus.SEASONALLY_STOPPED, Fixtures.T0.plusSeconds(3_600)).build();
        assertTrue(runner.feed(stoppedLater, Readings.normal()).isEmpty());
    }
}
