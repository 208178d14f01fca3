package wellwatch.analytics.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import wellwatch.analytics.Fixtures.Readings;
import wellwatch.analytics.Fixtures.Series;
import wellwatch.analytics.Fixtures.Wells;
import wellwatch.analytics.alert.AlertType;
import wellwatch.analytics.alert.Finding;
import wellwatch.contract.reading.Reading;
import wellwatch.registry.ConversionCoefficient;
import wellwatch.registry.Well;

class WaterPerKwhRuleTest {

    private final Series series = Readings.series();

    private static RuleRunner runner(DetectionSettings.WaterPerKwh settings) {
        return new RuleRunner(new WaterPerKwhRule(settings, DetectionSettings.Activity.defaults(), DetectionSettings.Counters.defaults()));
    }

    private final RuleRunner runner = runner(DetectionSettings.WaterPerKwh.defaults());

    @Test
    void aBypassedMeterIsReportedAfterThreeDeviatingHours() {
        // given 10 kW in 5-minute steps (10 kWh per hourly window), the meter registering 10% of the water
        runner.feed(Wells.active(), series.pumping());
        List<Reading> bypassed = series.pumpingMetered(36, 0.1);

        List<Finding> found = runner.feedAll(Wells.active(), bypassed);

        assertEquals(1, found.size());
        Finding f = found.get(0);
        assertEquals(AlertType.WATER_PER_KWH_DEVIATION, f.type());
        assertEquals(bypassed.get(35).ts(), f.at());
        assertEquals("-90%", f.evidence().get("deviation"));
        assertEquals("0.4", f.evidence().get("meteredM3PerKwh"));
        assertEquals("3", f.evidence().get("deviatingWindows"));
        assertTrue(f.summary().contains("90% less water"));
    }

    @Test
    void aHealthyMeterOrOneWithinToleranceIsNotReported() {
        runner.feed(Wells.active(), series.pumping());
        assertTrue(runner.feedAll(Wells.active(), series.pumping(120)).isEmpty());
        assertTrue(runner.feedAll(Wells.active(), series.pumpingMetered(120, 0.85)).isEmpty());
    }

    @Test
    void aSlowedMeterUnderMagneticInterferenceIsReported() {
        runner.feed(Wells.active(), series.pumping());
        assertEquals(1, runner.feedAll(Wells.active(), series.pumpingMetered(36, 0.4)).size());
    }

    @Test
    void aGoodWindowBetweenBadOnesRestartsTheCount() {
        runner.feed(Wells.active(), series.pumping());
        runner.feedAll(Wells.active(), series.pumpingMetered(24, 0.1));
        runner.feedAll(Wells.active(), series.pumping(12));
        assertTrue(runner.feedAll(Wells.active(), series.pumpingMetered(24, 0.1)).isEmpty());
        assertEquals(1, runner.feedAll(Wells.active(), series.pumpingMetered(12, 0.1)).size());
    }

    @Test
    void idleHoursDoNotCloseAWindow() {
        runner.feed(Wells.active(), series.pumping());
        runner.feedAll(Wells.active(), series.pumpingMetered(3, 0.1));
        for (int i = 0; i < 100; i++) {
            runner.feed(Wells.active(), series.idle());
        }
        assertEquals(0, runner.track().ratioDeviatingWindows, "one window spans the idle hours; it has 2.5 kWh");
    }

    @Test
    void aRegionalDefaultCoefficientIsNotCheckedUnlessAskedTo() {
        Well withDefault = Wells.activeBuilder().coefficients(new ConversionCoefficient(4.0, Instant.parse("2020-01-01T00:00:00Z"), null,
                ConversionCoefficient.Source.DEFAULT)).build();
        runner.feed(withDefault, series.pumping());
        List<Reading> bypassed = series.pumpingMetered(36, 0.1);
        assertTrue(runner.feedAll(withDefault, bypassed).isEmpty());

        RuleRunner checking = runner(new DetectionSettings.WaterPerKwh(0.2, java.time.Duration.ofHours(1), 5, 3, true));
        Series again = Readings.series();
        checking.feed(withDefault, again.pumping());
        assertEquals(1, checking.feedAll(withDefault, again.pumpingMetered(36, 0.1)).size());
    }

    @Test
    void aWellWithoutCoefficientOrWithoutEnergyRegisterIsNotChecked() {
        Well noCoefficient = Wells.activeBuilder().coefficients(wellwatch.registry.CoefficientHistory.empty()).build();
        runner.feed(noCoefficient, series.pumping());
        assertTrue(runner.feedAll(noCoefficient, series.pumpingMetered(36, 0.1)).isEmpty());

        RuleRunner powerOnly = runner(DetectionSettings.WaterPerKwh.defaults());
        Series noEnergy = Readings.series().withoutEnergy();
        powerOnly.feed(Wells.active(), noEnergy.pumping());
        assertTrue(powerOnly.feedAll(Wells.active(), noEnergy.pumpingMetered(36, 0.1)).isEmpty());
    }
}
