package wellwatch.analytics.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import wellwatch.analytics.Fixtures;
import wellwatch.analytics.Fixtures.Readings;
import wellwatch.analytics.Fixtures.Series;
import wellwatch.analytics.Fixtures.Wells;
import wellwatch.analytics.alert.AlertType;
import wellwatch.analytics.alert.Finding;
import wellwatch.contract.reading.Alarm;
import wellwatch.contract.reading.Reading;
import wellwatch.registry.AbstractionPlan;
import wellwatch.registry.Metering;
import wellwatch.registry.Well;

/** The detector as the consumer uses it: all rules over whole series, the way the simulator's scenarios look. */
class DetectorTest {

    private final Detector detector = new Detector(DetectionSettings.defaults(), Fixtures.CLOCK);

    /** The alert types raised over {@code n} readings of the series. */
    private Set<AlertType> run(Well well, Series series, int n, double meterShare) {
        Set<AlertType> types = EnumSet.noneOf(AlertType.class);
        for (int i = 0; i < n; i++) {
            detector.inspect(well, series.pumpingMetered(meterShare)).forEach(f -> types.add(f.type()));
        }
        return types;
    }

    @Test
    void aHealthyWellPumpingForADayRaisesNothing() {
        Series series = Readings.series();
        for (int i = 0; i < 288; i++) {
            Reading r = i % 3 == 0 ? series.idle() : series.pumping();
            assertSame(List.of(), detector.inspect(Wells.active(), r), "no finding, no allocation of a result list");
        }
        assertTrue(detector.sweep(series.ts().plus(Duration.ofMinutes(10))).isEmpty());
        assertTrue(detector.review(List.of(Wells.active()), Fixtures.T0).isEmpty());
    }

    @Test
    void eachSimulatorScenarioRaisesItsAlert() {
        // sealed-pumping, seasonal-stop-violation, unpermitted-well
        assertEquals(Set.of(AlertType.SEALED_WELL_REACTIVATION), run(Wells.sealed(), Readings.series(), 5, 1.0));
        reset();
        assertEquals(Set.of(AlertType.SEASONAL_STOP_VIOLATION), run(Wells.seasonallyStopped(), Readings.series(), 5, 1.0));
        reset();
        assertEquals(Set.of(AlertType.ABSTRACTION_WITHOUT_PERMIT), run(Wells.withoutPermit(), Readings.series(), 5, 1.0));
        reset();
        assertEquals(Set.of(AlertType.ABSTRACTION_WITHOUT_PERMIT), run(null, Readings.series(), 5, 1.0));
        reset();
        // stuck-meter: the volume stands still while the pump runs
        assertEquals(Set.of(AlertType.METER_STUCK), run(Wells.active(), Readings.series(), 12, 0.0));
        reset();
        // bypass: the meter registers 10%
        assertEquals(Set.of(AlertType.WATER_PER_KWH_DEVIATION), run(Wells.active(), Readings.series(), 40, 0.1));
        reset();
        // magnetic-interference: the alarm, and a meter registering 40%
        assertEquals(Set.of(AlertType.ALARM_MAGNETIC_INTERFERENCE, AlertType.WATER_PER_KWH_DEVIATION),
                run(Wells.active(), Readings.series().alarms(Alarm.MAGNETIC_INTERFERENCE), 40, 0.4));
        reset();
        // cover-open
        assertEquals(Set.of(AlertType.ALARM_COVER_OPEN), run(Wells.active(), Readings.series().alarms(Alarm.COVER_OPEN), 3, 1.0));
        reset();
        // over-plan-pumping: around the clock at 3x a normal well
        Well smallPlan = Wells.activeBuilder().plan(new AbstractionPlan(2026, 150)).build();
        assertEquals(Set.of(AlertType.PLAN_EARLY_WARNING, AlertType.OVER_PLAN),
                run(smallPlan, Readings.series().every(Duration.ofHours(1)), 6, 1.0));
    }

    @Test
    void theCounterRollbackScenarioRaisesOneRegression() {
        Series series = Readings.series();
        run(Wells.active(), series, 3, 1.0);
        series.registers(series.volume() / 2, series.energy());
        List<AlertType> types = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            detector.inspect(Wells.active(), series.pumping()).forEach(f -> types.add(f.type()));
        }
        assertEquals(List.of(AlertType.COUNTER_REGRESSION), types);
    }

    @Test
    void oneReadingCanRaiseSeveralAlerts() {
        Well well = Wells.insideNetworkCoverage().toBuilder().permit(null).metering(Metering.none()).build();
        Reading r = Readings.series().alarms(Alarm.COVER_OPEN, Alarm.POWER_CUT).pumping();

        Set<AlertType> types = detector.inspect(well, r).stream().map(Finding::type).collect(Collectors.toSet());

        assertEquals(Set.of(AlertType.ABSTRACTION_WITHOUT_PERMIT, AlertType.NETWORK_AREA_WELL_IN_USE, AlertType.ALARM_COVER_OPEN,
                AlertType.ALARM_POWER_CUT), types);
    }

    @Test
    void registryReviewFindsNonCompliantMetering() {
        Well wide = Wells.activeBuilder().pipeDiameterCm(25.0).metering(Metering.none()).build();
        assertEquals(List.of(AlertType.METERING_NON_COMPLIANT),
                detector.review(List.of(wide, Wells.active()), Fixtures.T0).stream().map(Finding::type).toList());
    }

    @Test
    void tracksAreEvictableAndRebuildFromTheNextReadings() {
        Series a = Readings.series();
        detector.inspect(Wells.active(), a.pumping());
        detector.inspect(Wells.active().toBuilder().build(), Readings.series("W000002").pumping());
        assertEquals(2, detector.trackedWells());

        assertEquals(1, detector.evictIf(id -> id.equals("W000002")));
        detector.evict(Fixtures.WELL_ID);
        assertEquals(0, detector.trackedWells());

        // a fresh track takes the next reading as its baseline: a register lower than before is no regression
        a.registers(0, 0);
        assertTrue(detector.inspect(Wells.active(), a.pumping()).isEmpty());
        assertEquals(1, detector.evictSilentSince(Fixtures.T0.plus(Duration.ofDays(1))));
    }

    @Test
    void disabledTypesAreNotRaised() {
        Detector withoutPermitRule = new Detector(DetectionSettings.defaults().withDisabled(
                Set.of(AlertType.ABSTRACTION_WITHOUT_PERMIT, AlertType.OVER_PLAN, AlertType.DEVICE_OFFLINE)), Fixtures.CLOCK);
        Well smallPlan = Wells.withoutPermit().toBuilder().plan(new AbstractionPlan(2026, 100)).build();
        Series series = Readings.series().every(Duration.ofHours(1));

        Set<AlertType> types = EnumSet.noneOf(AlertType.class);
        for (int i = 0; i < 5; i++) {
            withoutPermitRule.inspect(smallPlan, series.pumping()).forEach(f -> types.add(f.type()));
        }

        assertEquals(Set.of(AlertType.PLAN_EARLY_WARNING), types, "the early warning stays on, over-plan is off");
        assertTrue(withoutPermitRule.sweep(series.ts().plus(Duration.ofDays(1))).isEmpty());
    }

    @Test
    void inspectingAQuietReadingAllocatesNothing() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "allocation counter not available");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());

        // given 100 wells with their tracks built, and a day of readings made in advance
        List<Series> series = new ArrayList<>();
        for (int w = 0; w < 100; w++) {
            series.add(Readings.series(String.format("W%06d", w + 1)));
        }
        List<Reading> readings = new ArrayList<>();
        for (int step = 0; step < 200; step++) {
            for (int w = 0; w < 100; w++) {
                readings.add(step % 4 == 0 ? series.get(w).idle() : series.get(w).pumping());
            }
        }
        Well well = Wells.active();
        for (int i = 0; i < 100; i++) { // warm-up: tracks and JIT
            detector.inspect(registered(well, readings.get(i)), readings.get(i));
        }
        Well[] byReading = new Well[readings.size()];
        for (int i = 0; i < readings.size(); i++) {
            byReading[i] = registered(well, readings.get(i));
        }

        long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        int findings = 0;
        for (int i = 100; i < readings.size(); i++) {
            findings += detector.inspect(byReading[i], readings.get(i)).size();
        }
        long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;

        assertEquals(0, findings);
        double perReading = (double) allocated / (readings.size() - 100);
        assertTrue(perReading < 8, "allocated " + perReading + " bytes per reading");
    }

    private final java.util.Map<String, Well> registry = new java.util.HashMap<>();

    /** The registry record of a reading's well (one record per well, as the directory holds them). */
    private Well registered(Well template, Reading r) {
        return registry.computeIfAbsent(r.wellId(), id -> new Well(id, template.unitId(), template.status(), template.statusSince(),
                template.permit(), template.plan(), template.pipeDiameterCm(), false, template.metering(), template.ratedCapacityM3h(),
                template.reportingInterval(), template.coefficients()));
    }

    private void reset() {
        detector.evictIf(id -> true);
    }

}
