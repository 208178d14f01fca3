package wellwatch.analytics.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import wellwatch.analytics.Fixtures.Readings;
import wellwatch.analytics.Fixtures.Series;
import wellwatch.analytics.Fixtures.Wells;
import wellwatch.analytics.alert.AlertType;
import wellwatch.analytics.alert.Finding;
import wellwatch.contract.reading.Reading;

class StuckMeterRuleTest {

    private final RuleRunner runner = new RuleRunner(new StuckMeterRule(
            DetectionSettings.StuckMeter.defaults(), DetectionSettings.Activity.defaults(), DetectionSettings.Counters.defaults()));
    private final Series series = Readings.series();

    @Test
    void pumpingForHalfAnHourWithAStillMeterIsReported() {
        // given a baseline, then 10 kW for 5-minute steps while the register stands still
        runner.feed(Wells.active(), series.pumping());
        List<Reading> stuck = series.pumpingMetered(8, 0.0);

        List<Finding> found = runner.feedAll(Wells.active(), stuck);

        // the 6th still step completes 30 min (5 kWh >= 2 kWh); every further one repeats it
        assertEquals(3, found.size());
        Finding first = found.get(0);
        assertEquals(AlertType.METER_STUCK, first.type());
        assertEquals(stuck.get(5).ts(), first.at());
        assertEquals("5", first.evidence().get("energyDrawnKwh"));
        assertEquals("20", first.evidence().get("expectedWaterM3"));
    }

    @Test
    void aHealthyMeterAndAnIdlePumpAreNotReported() {
        assertTrue(runner.feedAll(Wells.active(), series.pumping(24)).isEmpty());
        for (int i = 0; i < 24; i++) {
            assertTrue(runner.feed(Wells.active(), series.idle()).isEmpty());
        }
    }

    @Test
    void theMeterMovingEndsTheRun() {
        runner.feed(Wells.active(), series.pumping());
        runner.feedAll(Wells.active(), series.pumpingMetered(4, 0.0));
        runner.feed(Wells.active(), series.pumping());

        assertTrue(runner.feedAll(Wells.active(), series.pumpingMetered(5, 0.0)).isEmpty(), "25 min since the meter last moved");
        assertTrue(runner.feed(Wells.active(), series.pumpingMetered(0.0)).isPresent());
    }

    @Test
    void idleStepsDoNotEndTheRunButTimeAloneIsNotEnough() {
        // given 10 min of still pumping (1.7 kWh), then an idle hour
        runner.feed(Wells.active(), series.pumping());
        runner.feedAll(Wells.active(), series.pumpingMetered(2, 0.0));
        for (int i = 0; i < 12; i++) {
            assertTrue(runner.feed(Wells.active(), series.idle()).isEmpty(), "idle steps are not evidence");
        }
        // when the pump runs again with the meter still: 2.5 kWh over 75 min
        assertTrue(runner.feed(Wells.active(), series.pumpingMetered(0.0)).isPresent());
    }

    @Test
    void aLongRunWithTooLittleEnergyIsNotReported() {
        runner.feed(Wells.active(), series.pumping());
        runner.feed(Wells.active(), series.pumpingMetered(0.0));
        for (int i = 0; i < 12; i++) {
            runner.feed(Wells.active(), series.idle());
        }
        assertTrue(runner.feed(Wells.active(), series.pumpingMetered(0.0)).isEmpty(), "70 min but only 1.7 kWh");
    }

    @Test
    void aDeviceWithoutAnEnergyRegisterIsJudgedOnItsPower() {
        Series powerOnly = Readings.series().withoutEnergy();
        runner.feed(Wells.active(), powerOnly.pumping());
        assertEquals(3, runner.feedAll(Wells.active(), powerOnly.pumpingMetered(8, 0.0)).size());
    }

    @Test
    void aShortStillSpellOrSlowPumpIsNotReported() {
        runner.feed(Wells.active(), series.every(Duration.ofMinutes(5)).pumping());
        assertTrue(runner.feedAll(Wells.active(), series.pumpingMetered(5, 0.0)).isEmpty());
        // a 1 kW pump draws only 0.5 kWh in 30 min
        RuleRunner other = new RuleRunner(new StuckMeterRule(
                DetectionSettings.StuckMeter.defaults(), DetectionSettings.Activity.defaults(), DetectionSettings.Counters.defaults()));
        Series slow = Readings.series().powerKw(1);
        other.feed(Wells.active(), slow.pumping());
        assertTrue(other.feedAll(Wells.active(), slow.pumpingMetered(8, 0.0)).isEmpty());
    }
}
