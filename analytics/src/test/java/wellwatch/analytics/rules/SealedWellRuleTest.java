package wellwatch.analytics.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import wellwatch.analytics.Fixtures;
import wellwatch.analytics.Fixtures.Readings;
import wellwatch.analytics.Fixtures.Series;
import wellwatch.analytics.Fixtures.Wells;
import wellwatch.analytics.alert.AlertType;
import wellwatch.analytics.alert.Finding;
import wellwatch.registry.WellStatus;

/** Not a @QuarkusTest: the rule is plain Java and the test simply calls it. */
class SealedWellRuleTest {

    private final RuleRunner runner = new RuleRunner(new SealedWellRule(DetectionSettings.Activity.defaults()));

    @Test
    void pumpingAtASealedWellIsAReactivation() {
        Optional<Finding> found = runner.feed(Wells.sealed(), Readings.normal());

        assertTrue(found.isPresent());
        assertEquals(AlertType.SEALED_WELL_REACTIVATION, found.get().type());
        assertEquals("sealed", found.get().evidence().get("status"));
        assertEquals("10.0", found.get().evidence().get("powerKw"));
    }

    @Test
    void aCancelledWellIsClosedToo() {
        var cancelled = Wells.activeBuilder().status(WellStatus.CANCELLED, Instant.parse("2025-01-01T00:00:00Z")).build();
        assertTrue(runner.feed(cancelled, Readings.normal()).isPresent());
    }

    @Test
    void countersRisingAtASealedWellAreAReactivationEvenWithThePumpReportedOff() {
        // given a baseline, then a reading with no power or flow but 50 m3 more on the meter
        Series series = Readings.series();
        runner.feed(Wells.sealed(), series.idle());
        series.registers(series.volume() + 50, series.energy());

        Optional<Finding> found = runner.feed(Wells.sealed(), series.idle());

        assertTrue(found.isPresent());
        assertEquals("50", found.get().evidence().get("volumeDeltaM3"));
    }

    @Test
    void quietSealedWellAndActiveWellsAreNotReported() {
        assertTrue(runner.feed(Wells.sealed(), Readings.idle()).isEmpty());
        assertTrue(new RuleRunner(new SealedWellRule(DetectionSettings.Activity.defaults())).feed(Wells.active(), Readings.normal()).isEmpty());
        assertTrue(new RuleRunner(new SealedWellRule(DetectionSettings.Activity.defaults())).feed(null, Readings.normal()).isEmpty());
    }

    @Test
    void readingsFromBeforeTheSealingDoNotCount() {
        var sealedLater = Wells.activeBuilder().status(WellStatus.SEALED, Fixtures.T0.plusSeconds(86_400)).build();
        assertTrue(runner.feed(sealedLater, Readings.normal()).isEmpty());
    }

    @Test
    void standbyPowerBelowTheThresholdIsNotPumping() {
        assertTrue(runner.feed(Wells.sealed(), Readings.instant(Fixtures.T0, false, 0.2, 0.05)).isEmpty());
    }

    @Test
    void stricterThresholdsFromSettingsCatchStandbyPower() {
        RuleRunner strict = new RuleRunner(new SealedWellRule(new DetectionSettings.Activity(0.1, 0.01, 0.1, 0.1)));
        assertTrue(strict.feed(Wells.sealed(), Readings.instant(Fixtures.T0, false, 0.2, 0.0)).isPresent());
    }
}
