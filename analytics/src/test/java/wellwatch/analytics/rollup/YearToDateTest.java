package wellwatch.analytics.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import wellwatch.analytics.Fixtures;
import wellwatch.analytics.rules.DetectionSettings;
import wellwatch.analytics.rules.Detector;
import wellwatch.contract.reading.Reading;
import wellwatch.registry.Well;

/**
 * Verifies that the year-to-date volume restored from storage (settled rollup hours plus the readings after
 * a cut, counted here) is the one the detector's live counter reached over the same readings.
 */
class YearToDateTest {

    private static final DetectionSettings SETTINGS = DetectionSettings.defaults();
    private static final HourlyRollup HOURS = new HourlyRollup(SETTINGS.zone(), SETTINGS.counters());
    private static final YearToDate YTD = new YearToDate(SETTINGS);

    @Test
    void verifiesThatAMeteredWellRestoresTheLiveCountAcrossNewYearAndACounterReset() {
        assertRestoredEqualsLive(Fixtures.Wells.active());
    }

    @Test
    void verifiesThatAnElectricityOnlyWellRestoresTheLiveCountAcrossNewYearAndACounterReset() {
        assertRestoredEqualsLive(Fixtures.Wells.electricityOnly());
    }

    @Test
    void verifiesThatTheShareOfAnIntervalAfterACutIsProportionalToTime() {
        assertEquals(0.25, YearToDate.shareAfter(0, 400, 300), 1e-12);
        assertEquals(1, YearToDate.shareAfter(300, 400, 300), 1e-12);
        assertEquals(0, YearToDate.shareAfter(0, 300, 300), 1e-12);
        assertEquals(1, YearToDate.shareAfter(300, 300, 300), 1e-12); // an instant at the cut belongs after it
    }

    private static void assertRestoredEqualsLive(Well well) {
        // given: 22:00 local on New Year's Eve, readings every 7 minutes for 5 hours, a reset at 00:30
        Fixtures.Series series = Fixtures.Readings.series().startingAt(Instant.parse("2025-12-31T14:00:00Z")).every(Duration.ofMinutes(7));
        List<Reading> readings = new java.util.ArrayList<>(series.pumping(20));
        series.registers(3, 1);
        readings.addAll(series.pumping(10));
        readings.add(series.idle());
        readings.addAll(series.pumping(12));
        Detector detector = new Detector(SETTINGS, Fixtures.CLOCK);
        readings.forEach(r -> detector.inspect(well, r));
        double live = detector.track(well.id()).orElseThrow().yearToDateM3();

        DeviceSeries stored = new DeviceSeries(well.id(), readings.get(0).deviceId());
        readings.forEach(r -> stored.add(r.ts().toEpochMilli(), r.seq(), r.energyKwh(), r.volumeM3()));
        Instant yearStart = YTD.yearStart(2026);
        Instant cut = Instant.parse("2025-12-31T17:00:00Z"); // 01:00 local: the rollup has settled the hours before

        // when: settled hours from the rollup, the rest from the readings
        double settled = 0;
        for (HourRow h : HOURS.compute(stored, yearStart, cut, well.coefficients())) {
            settled += YearToDate.settled(well, h.meteredM3(), h.waterFromEnergyM3());
        }
        double restored = settled + YTD.after(well, stored, cut.toEpochMilli());

        // then
        assertEquals(2026, detector.track(well.id()).orElseThrow().year());
        assertEquals(live, restored, 1e-6);
        assertEquals(true, live > 0);
    }
}
