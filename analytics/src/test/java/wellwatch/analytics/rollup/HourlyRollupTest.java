package wellwatch.analytics.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import wellwatch.analytics.rules.DetectionSettings;
import wellwatch.registry.CoefficientHistory;
import wellwatch.registry.ConversionCoefficient;

/** Not a @QuarkusTest: the hourly computation is plain Java over stored register values. */
class HourlyRollupTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final HourlyRollup ROLLUP = new HourlyRollup(BEIJING, DetectionSettings.Counters.defaults());
    private static final CoefficientHistory FOUR = CoefficientHistory.of(
            new ConversionCoefficient(4.0, Instant.parse("2020-01-01T00:00:00Z"), null, ConversionCoefficient.Source.PUMP_TEST));
    /** 2026-05-01 10:00 Beijing. */
    private static final Instant H10 = Instant.parse("2026-05-01T02:00:00Z");

    @Test
    void verifiesThatWaterIsEnergyTimesTheCoefficientWithinAnHour() {
        // given: 10 kWh and 38 m3 between 10:05 and 10:55
        DeviceSeries s = series().add(atMillis("02:05"), 1, 100.0, 1000.0).add(atMillis("02:55"), 2, 110.0, 1038.0);

        // when
        List<HourRow> rows = ROLLUP.compute(s, H10, H10.plusSeconds(3600), FOUR);

        // then
        assertEquals(1, rows.size());
        HourRow h = rows.get(0);
        assertEquals(H10, h.hour());
        assertEquals(10, h.energyKwh(), 1e-9);
        assertEquals(40, h.waterFromEnergyM3(), 1e-9);
        assertEquals(38, h.meteredM3(), 1e-9);
        assertEquals(0, h.uncoveredEnergyKwh(), 1e-9);
        assertEquals(1, h.energyIntervals());
        assertEquals(1, h.volumeIntervals());
    }

    @Test
    void verifiesThatAnIntervalAcrossHoursIsSharedInProportionToTime() {
        // given: 10:30 -> 12:00, 30 kWh: 10 in hour 10, 20 in hour 11; the reading at 12:00 closes hour 11
        DeviceSeries s = series().add(atMillis("02:30"), 1, 100.0, null).add(atMillis("04:00"), 2, 130.0, null);

        List<HourRow> rows = ROLLUP.compute(s, H10, H10.plusSeconds(3 * 3600), FOUR);

        assertEquals(2, rows.size());
        assertEquals(10, rows.get(0).energyKwh(), 1e-9);
        assertEquals(20, rows.get(1).energyKwh(), 1e-9);
        assertEquals(80, rows.get(1).waterFromEnergyM3(), 1e-9);
        assertEquals(0, rows.get(1).volumeIntervals());
    }

    @Test
    void verifiesThatEachCoefficientConvertsTheEnergyDrawnInItsPeriod() {
        // given: 20 kWh over 10:00-12:00, 4.0 until 10:30, then 3.0
        CoefficientHistory history = CoefficientHistory.of(
                new ConversionCoefficient(4.0, Instant.parse("2020-01-01T00:00:00Z"), at("02:30"), ConversionCoefficient.Source.PUMP_TEST),
                new ConversionCoefficient(3.0, at("02:30"), null, ConversionCoefficient.Source.FITTED));
        DeviceSeries s = series().add(atMillis("02:00"), 1, 0.0, null).add(atMillis("04:00"), 2, 20.0, null);

        List<HourRow> rows = ROLLUP.compute(s, H10, H10.plusSeconds(2 * 3600), history);

        assertEquals(5 * 4.0 + 5 * 3.0, rows.get(0).waterFromEnergyM3(), 1e-9);
        assertEquals(10 * 3.0, rows.get(1).waterFromEnergyM3(), 1e-9);
    }

    @Test
    void verifiesThatEnergyWithoutACoefficientIsLeftUncoveredNotGuessed() {
        CoefficientHistory fromHalfPast = CoefficientHistory.of(new ConversionCoefficient(4.0, at("02:30"), null, ConversionCoefficient.Source.PUMP_TEST));
        DeviceSeries s = series().add(atMillis("02:00"), 1, 0.0, null).add(atMillis("03:00"), 2, 10.0, null);

        HourRow h = ROLLUP.compute(s, H10, H10.plusSeconds(3600), fromHalfPast).get(0);

        assertEquals(10, h.energyKwh(), 1e-9);
        assertEquals(5, h.uncoveredEnergyKwh(), 1e-9);
        assertEquals(20, h.waterFromEnergyM3(), 1e-9);
    }

    @Test
    void verifiesThatACounterGoingBackIsExcludedCountedAndBecomesTheNewBaseline() {
        // given: +10, then a drop to 5 (a reset), then +2 from the new baseline
        DeviceSeries s = series()
                .add(atMillis("02:10"), 1, 100.0, 500.0)
                .add(atMillis("02:20"), 2, 110.0, 540.0)
                .add(atMillis("02:30"), 3, 5.0, 1.0)
                .add(atMillis("02:40"), 4, 7.0, 9.0);

        HourRow h = ROLLUP.compute(s, H10, H10.plusSeconds(3600), FOUR).get(0);

        assertEquals(12, h.energyKwh(), 1e-9);
        assertEquals(48, h.waterFromEnergyM3(), 1e-9);
        assertEquals(48, h.meteredM3(), 1e-9);
        assertEquals(1, h.energyRegressions());
        assertEquals(1, h.volumeRegressions());
        assertEquals(3, h.energyIntervals());
    }

    @Test
    void verifiesThatADropWithinTheCounterToleranceIsNoChangeNotARegression() {
        // volume tolerance 0.1 m3 (water draining back), energy 0.01 kWh
        DeviceSeries s = series().add(atMillis("02:10"), 1, 100.0, 500.0).add(atMillis("02:20"), 2, 99.995, 499.95);

        HourRow h = ROLLUP.compute(s, H10, H10.plusSeconds(3600), FOUR).get(0);

        assertEquals(0, h.energyKwh(), 1e-9);
        assertEquals(0, h.meteredM3(), 1e-9);
        assertEquals(0, h.energyRegressions());
        assertEquals(0, h.volumeRegressions());
    }

    @Test
    void verifiesThatRegistersOfTheSameDeviceFormTheirOwnIntervals() {
        // a reading without energy neither starts nor ends an energy interval
        DeviceSeries s = series().add(atMillis("02:00"), 1, 0.0, 0.0).add(atMillis("02:20"), 2, null, 10.0).add(atMillis("02:40"), 3, 8.0, 20.0);

        HourRow h = ROLLUP.compute(s, H10, H10.plusSeconds(3600), FOUR).get(0);

        assertEquals(1, h.energyIntervals());
        assertEquals(2, h.volumeIntervals());
        assertEquals(8, h.energyKwh(), 1e-9);
        assertEquals(20, h.meteredM3(), 1e-9);
    }

    @Test
    void verifiesThatComputingARangeInPiecesGivesTheSameRowsAsAtOnce() {
        // given: irregular readings over six hours, one reading right at 12:00 and a gap over 13:00-15:00
        DeviceSeries s = series();
        String[] times = {"01:50", "02:07", "02:41", "03:15", "04:00", "04:33", "04:59", "07:02", "07:30", "08:10"};
        double e = 0;
        for (int i = 0; i < times.length; i++) {
            e += 3.7 * (i + 1);
            s.add(atMillis(times[i]), i, e, e * 4.2);
        }
        Instant from = H10;
        Instant to = H10.plusSeconds(6 * 3600);

        // when
        List<HourRow> whole = ROLLUP.compute(s, from, to, FOUR);
        List<HourRow> pieces = new ArrayList<>();
        for (Instant h = from; h.isBefore(to); h = h.plusSeconds(3600)) {
            pieces.addAll(ROLLUP.compute(s, h, h.plusSeconds(3600), FOUR));
        }

        // then
        assertEquals(whole, pieces);
        assertEquals(6, whole.size()); // the gap's hours have rows too: the catch-up is spread over them
    }

    private static DeviceSeries series() {
        return new DeviceSeries("W1", "RTU-W1");
    }

    /** Epoch millis of 2026-05-01 at the given UTC time. */
    private static long atMillis(String utc) {
        return at(utc).toEpochMilli();
    }

    private static Instant at(String utc) {
        return Instant.parse("2026-05-01T" + utc + ":00Z");
    }
}
