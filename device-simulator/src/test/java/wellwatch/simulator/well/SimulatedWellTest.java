package wellwatch.simulator.well;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import wellwatch.contract.Topics;
import wellwatch.contract.reading.Reading;
import wellwatch.contract.reading.ReadingCodec;
import wellwatch.contract.reading.ReadingLimits;
import wellwatch.contract.reading.ReadingValidator;
import wellwatch.contract.reading.Verdict;
import wellwatch.simulator.testing.Wells;

/** Verifies the physical model of a normal well: counters, flow, level, duty cycle and determinism. */
class SimulatedWellTest {

    static final int TWO_WEEKS_OF_5_MIN = 14 * 24 * 12;

    @Test
    void countersNeverGoBackwardsAndSeqIncreasesByOne() {
        for (long seed = 1; seed <= 20; seed++) {
            List<Reading> readings = Wells.readings(Wells.normal(seed), TWO_WEEKS_OF_5_MIN, Wells.FIVE_MINUTES);

            for (int k = 1; k < readings.size(); k++) {
                Reading prev = readings.get(k - 1);
                Reading cur = readings.get(k);
                assertTrue(cur.volumeM3() >= prev.volumeM3(), "volume went back at " + k + ", seed " + seed);
                assertTrue(cur.energyKwh() >= prev.energyKwh(), "energy went back at " + k + ", seed " + seed);
                assertEquals(prev.seq() + 1, cur.seq());
                assertEquals(Wells.FIVE_MINUTES, Duration.between(prev.ts(), cur.ts()));
            }
            assertEquals(Wells.FIRST_SEQ, readings.get(0).seq());
        }
    }

    @Test
    void flowIsPowerTimesCoefficientWhilePumpingAndZeroOtherwise() {
        SimulatedWell well = Wells.normal(7);
        double coefficient = well.profile().coefficientM3PerKwh();
        int on = 0;

        for (Reading r : Wells.readings(well, TWO_WEEKS_OF_5_MIN, Wells.FIVE_MINUTES)) {
            if (r.pumpOn()) {
                on++;
                double expected = r.powerKw() * coefficient;
                assertEquals(expected, r.flowM3h(), expected * 0.05, "flow at " + r.ts());
                assertEquals(well.profile().runningPowerKw(), r.powerKw(), well.profile().runningPowerKw() * 0.04);
            } else {
                assertEquals(0.0, r.flowM3h());
                assertEquals(0.0, r.powerKw());
            }
        }
        assertTrue(on > 100, "the pump should run a good part of two weeks, ran in " + on + " readings");
    }

    @Test
    void volumeGrowsByEnergyTimesCoefficient() {
        SimulatedWell well = Wells.normal(3);
        List<Reading> readings = Wells.readings(well, TWO_WEEKS_OF_5_MIN, Wells.FIVE_MINUTES);
        Reading first = readings.get(0);
        Reading last = readings.get(readings.size() - 1);

        double water = last.volumeM3() - first.volumeM3();
        double energy = last.energyKwh() - first.energyKwh();

        assertTrue(energy > 0);
        assertEquals(well.profile().coefficientM3PerKwh(), water / energy, 0.001);
    }

    @Test
    void sameSeedGivesTheSameReadingsAndAnotherSeedOtherReadings() {
        List<Reading> a = Wells.readings(Wells.normal(11), 500, Wells.FIVE_MINUTES);
        List<Reading> b = Wells.readings(Wells.normal(11), 500, Wells.FIVE_MINUTES);
        List<Reading> c = Wells.readings(Wells.normal(12), 500, Wells.FIVE_MINUTES);

        assertEquals(a, b);
        assertNotEquals(a, c);
        assertNotEquals(Wells.readings(Wells.normal(11, "W000001"), 50, Wells.FIVE_MINUTES),
                Wells.readings(Wells.normal(11, "W000002"), 50, Wells.FIVE_MINUTES), "wells of one run differ");
    }

    @Test
    void pumpsMoreByDayThanAtNight() {
        DutyCycle cycle = DutyCycle.defaults();
        int dayOn = 0, day = 0, nightOn = 0, night = 0;
        for (long seed = 1; seed <= 10; seed++) {
            for (Reading r : Wells.readings(Wells.normal(seed), TWO_WEEKS_OF_5_MIN, Wells.FIVE_MINUTES)) {
                if (cycle.isDaytime(r.ts())) {
                    day++;
                    dayOn += r.pumpOn() ? 1 : 0;
                } else {
                    night++;
                    nightOn += r.pumpOn() ? 1 : 0;
                }
            }
        }
        double dayShare = (double) dayOn / day;
        double nightShare = (double) nightOn / night;
        assertTrue(dayShare > 2 * nightShare, "day " + dayShare + " vs night " + nightShare);
        assertTrue(dayShare > 0.4 && dayShare < 0.9, "day duty " + dayShare);
    }

    @Test
    void waterLevelDrawsDownWhilePumpingAndRecoversWhenIdle() {
        SimulatedWell well = Wells.normal(5);
        double onSum = 0, offSum = 0;
        int onCount = 0, offCount = 0;
        for (Reading r : Wells.readings(well, TWO_WEEKS_OF_5_MIN, Wells.FIVE_MINUTES)) {
            if (r.pumpOn()) {
                onSum += r.levelM();
                onCount++;
            } else {
                offSum += r.levelM();
                offCount++;
            }
            assertTrue(r.levelM() >= well.profile().staticLevelM() - 0.1, "level above static level at " + r.ts());
            assertTrue(r.levelM() <= well.profile().staticLevelM() + well.profile().drawdownM() + 0.1);
        }
        assertTrue(onSum / onCount > offSum / offCount, "water stands deeper while pumping");
    }

    @Test
    void profilesStayInTheirRanges() {
        for (long seed = 0; seed < 300; seed++) {
            WellProfile p = Wells.normal(seed).profile();
            assertTrue(p.ratedPowerKw() >= 3 && p.ratedPowerKw() <= 30, "rated " + p.ratedPowerKw());
            assertTrue(p.coefficientM3PerKwh() >= 2 && p.coefficientM3PerKwh() <= 8, "coefficient " + p.coefficientM3PerKwh());
            assertEquals(p.coefficientM3PerKwh(), p.initialVolumeM3() / p.initialEnergyKwh(), 0.01);
        }
    }

    @Test
    void everyReadingPassesTheContractValidator() {
        ReadingValidator validator = new ReadingValidator(ReadingLimits.defaults());
        for (Reading r : Wells.readings(Wells.normal(9), 2000, Wells.FIVE_MINUTES)) {
            Verdict v = validator.check(Topics.wellIdOfTelemetry(Topics.telemetry(r.wellId())), ReadingCodec.encode(r), r.ts());

            assertTrue(v.isAccepted(), v.reason());
            assertEquals(r, v.reading());
        }
    }

    @Test
    void refusesToGoBackInTime() {
        SimulatedWell well = Wells.normal(1);
        well.readingAt(Wells.at(10, Wells.FIVE_MINUTES));

        assertThrows(IllegalArgumentException.class, () -> well.readingAt(Wells.at(9, Wells.FIVE_MINUTES)));
    }
}
