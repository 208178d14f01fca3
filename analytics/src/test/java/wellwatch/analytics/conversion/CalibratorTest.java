package wellwatch.analytics.conversion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import wellwatch.registry.ConversionCoefficient;
import wellwatch.registry.ConversionCoefficient.Source;

class CalibratorTest {

    private static final Instant T = Instant.parse("2026-05-01T00:00:00Z");
    private final Calibrator calibrator = new Calibrator(CalibrationSettings.defaults());

    /** {@code n} hourly intervals of 8-12 kWh at {@code coefficient} with +-{@code noise} relative noise. */
    private static List<IntervalPair> intervals(int n, double coefficient, double noise, long seed) {
        Random random = new Random(seed);
        List<IntervalPair> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double energy = 8 + 4 * random.nextDouble();
            double water = energy * coefficient * (1 + noise * (2 * random.nextDouble() - 1));
            pairs.add(new IntervalPair(T.plus(Duration.ofHours(i)), T.plus(Duration.ofHours(i + 1)), water, energy));
        }
        return pairs;
    }

    @Test
    void fitsTheCoefficientOfCleanData() {
        Calibration fit = calibrator.fit(intervals(48, 4.2, 0.0, 1));

        assertTrue(fit.usable());
        assertEquals(4.2, fit.m3PerKwh(), 1e-9);
        assertEquals(48, fit.samples());
        assertEquals(0, fit.outliers());
        assertEquals(T, fit.windowFrom());
        assertEquals(T.plus(Duration.ofHours(48)), fit.windowTo());
        assertEquals(0, fit.relativeSpread(), 1e-9);
    }

    @Test
    void idleIntervalsAreIgnoredAndOutliersLeftOut() {
        // given noisy data, plus idle intervals and a stuck meter for a few hours
        List<IntervalPair> pairs = intervals(48, 4.0, 0.03, 2);
        for (int i = 0; i < 10; i++) {
            pairs.add(new IntervalPair(T, T.plusSeconds(300), 0.1, 0.05)); // idle: ratio 2, would drag the fit
        }
        for (int i = 0; i < 8; i++) {
            pairs.add(new IntervalPair(T, T.plusSeconds(3600), 0, 10)); // stuck meter
        }

        Calibration fit = calibrator.fit(pairs);

        assertTrue(fit.usable(), fit.toString());
        assertEquals(4.0, fit.m3PerKwh(), 0.05);
        assertEquals(10, fit.ignored());
        assertEquals(56, fit.samples());
        assertTrue(fit.outliers() >= 8, "stuck intervals are outliers: " + fit.outliers());
    }

    @Test
    void tooFewSamplesGiveNoCoefficient() {
        Calibration fit = calibrator.fit(intervals(5, 4.0, 0.0, 3));

        assertEquals(Calibration.Status.TOO_FEW_SAMPLES, fit.status());
        assertFalse(fit.usable());
        assertThrows(IllegalStateException.class, () -> fit.toCoefficient(T));
        assertEquals(Calibration.Status.TOO_FEW_SAMPLES, calibrator.fit(List.of()).status());
    }

    @Test
    void scatteredRatiosAreNotTrusted() {
        assertEquals(Calibration.Status.TOO_SCATTERED, calibrator.fit(intervals(48, 4.0, 0.9, 4)).status());
    }

    @Test
    void aMeterThatMostlyStandsStillGivesNoCoefficient() {
        List<IntervalPair> pairs = intervals(10, 4.0, 0.0, 5);
        for (int i = 0; i < 20; i++) {
            pairs.add(new IntervalPair(T, T.plusSeconds(3600), 0, 10));
        }
        assertFalse(calibrator.fit(pairs).usable());
    }

    @Test
    void driftIsTheRelativeChangeFromTheRegisteredCoefficient() {
        Calibration fit = calibrator.fit(intervals(48, 3.0, 0.0, 6));
        ConversionCoefficient registered = new ConversionCoefficient(4.0, T.minus(Duration.ofDays(365)), null, Source.PUMP_TEST);

        Calibration.Drift drift = fit.driftFrom(registered, 0.15);

        assertEquals(-0.25, drift.relativeChange(), 1e-9);
        assertTrue(drift.beyondTolerance());
        assertFalse(calibrator.fit(intervals(48, 4.2, 0.0, 7)).driftFrom(registered, 0.15).beyondTolerance());
        assertEquals(Source.FITTED, fit.toCoefficient(T).source());
    }
}
