package wellwatch.analytics.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import wellwatch.analytics.Fixtures.Readings;
import wellwatch.analytics.Fixtures.Series;
import wellwatch.analytics.Fixtures.Wells;
import wellwatch.analytics.alert.AlertType;
import wellwatch.analytics.alert.Finding;
import wellwatch.contract.reading.Reading;

class CounterRegressionRuleTest {

    private final RuleRunner runner = new RuleRunner(new CounterRegressionRule(DetectionSettings.Counters.defaults()));
    private final Series series = Readings.series();

    @Test
    void aVolumeRegisterDroppingToHalfIsReportedOnce() {
        // given normal pumping, then the register drops to half (the simulator's counter-rollback), then grows again
        runner.feedAll(Wells.active(), series.pumping(3));
        double before = series.volume();
        series.registers(before / 2, series.energy());
        Reading rolledBack = series.idle();

        List<Finding> found = runner.feedAll(Wells.active(), List.of(rolledBack, series.pumping(), series.pumping()));

        assertEquals(1, found.size());
        Finding f = found.get(0);
        assertEquals(AlertType.COUNTER_REGRESSION, f.type());
        assertEquals(rolledBack.ts(), f.at());
        assertEquals(Double.toString(before / 2), f.evidence().get("volumeNowM3"));
        assertTrue(f.summary().contains("cumulative volume fell"));
    }

    @Test
    void anEnergyRegisterGoingBackIsReported() {
        runner.feed(Wells.active(), series.pumping());
        series.registers(series.volume(), series.energy() - 100);

        var found = runner.feed(Wells.active(), series.idle());

        assertEquals("100", found.get().evidence().get("energyDropKwh"));
    }

    @Test
    void waterDrainingBackWithinToleranceIsNotReported() {
        runner.feed(Wells.active(), series.pumping());
        series.registers(series.volume() - 0.05, series.energy());
        assertTrue(runner.feed(Wells.active(), series.idle()).isEmpty());
    }

    @Test
    void countersOfDifferentDevicesAreNotCompared() {
        runner.feed(Wells.active(), series.pumping());
        series.device("RTU-NEW").registers(0, 0);
        assertTrue(runner.feed(Wells.active(), series.pumping()).isEmpty());
    }

    @Test
    void aRedeliveredReadingIsNotARegression() {
        Reading first = series.pumping();
        Reading second = series.pumping();
        runner.feedAll(Wells.active(), List.of(first, second));
        assertTrue(runner.feed(Wells.active(), first).isEmpty(), "an older reading replayed must not look like a drop");
    }
}
