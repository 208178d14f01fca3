package wellwatch.analytics.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import wellwatch.analytics.Fixtures;
import wellwatch.analytics.Fixtures.Readings;
import wellwatch.analytics.Fixtures.Series;
import wellwatch.analytics.Fixtures.Wells;
import wellwatch.analytics.alert.AlertType;
import wellwatch.analytics.alert.Finding;
import wellwatch.registry.AbstractionPlan;
import wellwatch.registry.Well;

/** Year-to-date volume against plan and permit, through the detector (which keeps the running total). */
class QuotaRuleTest {

    private final Detector detector = new Detector(DetectionSettings.defaults(), Fixtures.CLOCK);
    /** Hourly readings at 10 kW and 4 m3/kWh: 40 m3 per reading. */
    private final Series series = Readings.series().every(Duration.ofHours(1));

    /** Feeds {@code n} pumping readings and returns the quota findings with the reading index each came at. */
    private List<String> pump(Well well, int n) {
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (Finding f : detector.inspect(well, series.pumping())) {
                if (f.type() == AlertType.PLAN_EARLY_WARNING || f.type() == AlertType.OVER_PLAN
                        || f.type() == AlertType.PERMIT_EARLY_WARNING || f.type() == AlertType.OVER_PERMIT) {
                    seen.add(i + ":" + f.type().code());
                }
            }
        }
        return seen;
    }

    @Test
    void crossingEightyAndHundredPercentOfPlanAndPermitIsReported() {
        // given a plan of 1,000 m3 and a permit of 2,000 m3; the first reading only sets the baseline
        Well well = Wells.withQuota(1_000, 2_000);

        List<String> seen = pump(well, 52);

        // 800 m3 after reading 20, 1,000 after 25 (then +4% per reading), 1,600 after 40, 2,000 after 50 (then +2%)
        assertEquals("20:plan_early_warning", seen.get(0));
        assertEquals("25:over_plan", seen.get(1));
        assertTrue(seen.contains("26:over_plan"), "the over-plan alert is refreshed as the excess grows");
        assertTrue(seen.contains("40:permit_early_warning"));
        assertTrue(seen.contains("50:over_permit"));
        assertTrue(seen.contains("51:over_permit"));
        assertEquals(2_040, detector.track(Fixtures.WELL_ID).get().yearToDateM3(), 1e-6);
    }

    @Test
    void aWellWithinItsQuotaIsNotReported() {
        assertTrue(pump(Wells.withQuota(100_000, 100_000), 100).isEmpty());
    }

    @Test
    void withoutAFlowMeterTheWaterIsComputedFromElectricity() {
        Well well = Wells.electricityOnly().toBuilder().plan(new AbstractionPlan(2026, 1_000)).build();
        Series noMeter = Readings.series().every(Duration.ofHours(1)).withoutVolume();
        for (int i = 0; i < 11; i++) {
            detector.inspect(well, noMeter.pumping());
        }
        assertEquals(400, detector.track(Fixtures.WELL_ID).get().yearToDateM3(), 1e-6);
    }

    @Test
    void aWellWithAMeterCountsOnlyTheMeterEvenWhenAPowerMeterReportsToo() {
        Well well = Wells.active();
        Series rtu = Readings.series().every(Duration.ofHours(1)).withoutEnergy();
        Series powerMeter = Readings.series().every(Duration.ofHours(1)).withoutVolume().device("PM-1").startingAt(Fixtures.T0.plusSeconds(60));
        for (int i = 0; i < 6; i++) {
            detector.inspect(well, rtu.pumping());
            detector.inspect(well, powerMeter.pumping());
        }
        assertEquals(200, detector.track(Fixtures.WELL_ID).get().yearToDateM3(), 1e-6);
    }

    @Test
    void redeliveredReadingsAreNotCountedTwice() {
        var first = series.pumping();
        var second = series.pumping();
        detector.inspect(Wells.active(), first);
        detector.inspect(Wells.active(), second);
        detector.inspect(Wells.active(), second);
        detector.inspect(Wells.active(), first);
        assertEquals(40, detector.track(Fixtures.WELL_ID).get().yearToDateM3(), 1e-6);
    }

    @Test
    void theYearStartsAfreshAtLocalNewYearAndAnIntervalAcrossItIsShared() {
        // 2026-12-31 22:00 local, then 2-hour steps: the interval 23:00 -> 01:00 is half in each year
        Detector newYear = new Detector(DetectionSettings.defaults(), Clock.fixed(Instant.parse("2027-01-02T00:00:00Z"), ZoneOffset.UTC));
        Series s = Readings.series().startingAt(Instant.parse("2026-12-31T13:00:00Z")).every(Duration.ofHours(2));
        Well well = Wells.withQuota(100_000, 100_000).toBuilder().plan(new AbstractionPlan(2027, 100_000)).build();

        newYear.inspect(well, s.pumping()); // 2026-12-31T15:00Z = 23:00 local
        newYear.inspect(well, s.pumping()); // 17:00Z = 01:00 local, 80 m3 over the interval

        WellTrack track = newYear.track(Fixtures.WELL_ID).get();
        assertEquals(2027, track.year());
        assertEquals(40, track.yearToDateM3(), 1e-6);
    }

    @Test
    void aRestoredTotalIsReportedAtTheNextReading() {
        Well well = Wells.withQuota(1_000, 10_000);
        detector.restoreYearToDate(Fixtures.WELL_ID, 2026, 1_100);

        List<Finding> found = detector.inspect(well, series.pumping());

        assertEquals(List.of(AlertType.OVER_PLAN), found.stream().map(Finding::type).toList());
        assertEquals("100", found.get(0).evidence().get("excessM3"));
    }

    @Test
    void afterARestoreReplayedReadingsAreNotCountedAndTheNextOneIsAFullInterval() {
        // given the stored state: the last reading and the year-to-date sum up to it
        var replayed = series.pumping();
        var lastStored = series.pumping();
        detector.restore(Wells.active(), lastStored);
        detector.restoreYearToDate(Fixtures.WELL_ID, 2026, 5_000);

        // when Kafka replays from an older offset, then a new reading arrives
        detector.inspect(Wells.active(), replayed);
        detector.inspect(Wells.active(), lastStored);
        detector.inspect(Wells.active(), series.pumping());

        assertEquals(5_040, detector.track(Fixtures.WELL_ID).get().yearToDateM3(), 1e-6);
    }

    @Test
    void aRaisedPlanReArmsTheLevels() {
        Well small = Wells.withQuota(1_000, 100_000);
        detector.restoreYearToDate(Fixtures.WELL_ID, 2026, 900);
        assertEquals(1, pump(small, 1).size());

        Well raised = Wells.withQuota(2_000, 100_000);
        assertTrue(pump(raised, 17).isEmpty(), "900 -> 1,580 m3 of 2,000 stays under 80%");
        assertEquals(List.of("0:plan_early_warning"), pump(raised, 1));
    }
}
