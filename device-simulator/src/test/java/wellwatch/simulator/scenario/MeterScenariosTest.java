package wellwatch.simulator.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import wellwatch.contract.reading.Alarm;
import wellwatch.contract.reading.Reading;
import wellwatch.simulator.testing.Wells;
import wellwatch.simulator.well.SimulatedWell;

/** Verifies what each metering and tampering scenario does to the readings. */
class MeterScenariosTest {

    static final int N = 24 * 12;
    static final Duration DELAY = Duration.ofHours(2);
    static final int ONSET = (int) (DELAY.toMinutes() / 5);
    static final Onset AT_DELAY = new Onset(Wells.START.plus(DELAY));

    @Test
    void stuckMeterKeepsVolumeStillWhilePowerAndEnergyGrow() {
        List<Reading> readings = Wells.readings(Wells.with(2, List.of(new StuckMeter(AT_DELAY))), N, Wells.FIVE_MINUTES);

        double frozen = readings.get(ONSET).volumeM3();
        for (Reading r : readings.subList(ONSET, N)) {
            assertEquals(frozen, r.volumeM3(), "volume moved at " + r.ts());
            assertEquals(0.0, r.flowM3h());
        }
        for (Reading r : readings.subList(ONSET + 1, N)) {
            assertTrue(r.pumpOn() && r.powerKw() > 1, "pump should run at " + r.ts());
        }
        assertTrue(readings.get(N - 1).energyKwh() > readings.get(ONSET).energyKwh() + 10);
    }

    @Test
    void bypassMetersAFractionOfWhatThePowerPumps() {
        SimulatedWell well = Wells.with(2, List.of(new Bypass(AT_DELAY)));
        List<Reading> readings = Wells.readings(well, N, Wells.FIVE_MINUTES);
        double coefficient = well.profile().coefficientM3PerKwh();

        Reading onset = readings.get(ONSET);
        Reading last = readings.get(N - 1);
        double meteredPerKwh = (last.volumeM3() - onset.volumeM3()) / (last.energyKwh() - onset.energyKwh());

        assertEquals(Bypass.METERED_SHARE * coefficient, meteredPerKwh, 0.01 * coefficient);
        for (Reading r : readings.subList(ONSET + 1, N)) {
            assertTrue(r.flowM3h() < 0.2 * r.powerKw() * coefficient, "flow << power x coefficient at " + r.ts());
            assertTrue(r.flowM3h() > 0);
        }
    }

    @Test
    void magneticInterferenceRaisesItsAlarmAndSlowsTheMeter() {
        SimulatedWell well = Wells.with(2, List.of(new MagneticInterference(AT_DELAY)));
        List<Reading> readings = Wells.readings(well, N, Wells.FIVE_MINUTES);

        assertTrue(readings.subList(0, ONSET).stream().allMatch(r -> r.alarms().isEmpty()));
        assertTrue(readings.subList(ONSET, N).stream().allMatch(r -> r.alarms().equals(Set.of(Alarm.MAGNETIC_INTERFERENCE))));
        Reading onset = readings.get(ONSET);
        Reading last = readings.get(N - 1);
        double meteredPerKwh = (last.volumeM3() - onset.volumeM3()) / (last.energyKwh() - onset.energyKwh());
        assertEquals(MagneticInterference.METERED_SHARE * well.profile().coefficientM3PerKwh(), meteredPerKwh, 0.05);
    }

    @Test
    void coverOpenRaisesItsAlarmFromTheOnsetAndChangesNothingElse() {
        List<Reading> tampered = Wells.readings(Wells.with(2, List.of(new CoverOpen(AT_DELAY))), N, Wells.FIVE_MINUTES);
        List<Reading> normal = Wells.readings(Wells.normal(2), N, Wells.FIVE_MINUTES);

        for (int k = 0; k < N; k++) {
            Reading t = tampered.get(k);
            Reading n = normal.get(k);
            assertEquals(k >= ONSET ? Set.of(Alarm.COVER_OPEN) : Set.of(), t.alarms(), "alarms at " + t.ts());
            assertEquals(n.volumeM3(), t.volumeM3());
            assertEquals(n.powerKw(), t.powerKw());
            assertEquals(n.pumpOn(), t.pumpOn());
        }
    }

    @Test
    void counterRollbackDropsTheVolumeOnceToHalfThenGrowsAgain() {
        // a sealed-pumping scenario keeps the pump running so that growth after the rollback shows
        List<Scenario> scenarios = List.of(new SealedPumping(new Onset(Wells.START)), new CounterRollback(AT_DELAY));
        List<Reading> readings = Wells.readings(Wells.with(2, scenarios), N, Wells.FIVE_MINUTES);

        int drops = 0;
        for (int k = 1; k < N; k++) {
            double prev = readings.get(k - 1).volumeM3();
            double cur = readings.get(k).volumeM3();
            if (cur < prev) {
                drops++;
                assertEquals(ONSET, k, "the drop comes at the onset");
                assertEquals(prev * CounterRollback.KEPT_SHARE, cur, prev * 0.01);
            }
        }
        assertEquals(1, drops);
        assertTrue(readings.get(N - 1).volumeM3() > readings.get(ONSET).volumeM3());
        assertFalse(readings.get(N - 1).energyKwh() < readings.get(ONSET).energyKwh(), "energy is not rolled back");
    }
}
