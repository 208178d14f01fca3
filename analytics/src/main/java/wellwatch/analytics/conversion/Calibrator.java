package wellwatch.analytics.conversion;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;

/**
 * Fits a well's electricity-to-water coefficient from intervals where both its flow meter and its power
 * meter counted, robustly:
 *
 * <ol>
 *   <li>ignore intervals with less than {@code minEnergyKwh} (idle pump, counter resolution) or with a
 *       negative or missing figure;
 *   <li>take the median of the per-interval ratios water/energy: the Theil-Sen slope of a line through the
 *       origin, which half the intervals can be wrong without moving;
 *   <li>drop intervals whose ratio lies more than {@code outlierMads} scaled MADs from that median (a stuck
 *       or bypassed meter, a glitch), and fit the coefficient as total water over total energy of the rest,
 *       which weighs long pumping runs more than short ones.
 * </ol>
 *
 * The result carries its window, sample counts and spread, and is only usable with enough samples and a
 * small enough spread.
 */
public final class Calibrator {

    /** Scales a MAD to a standard deviation for normally distributed data. */
    static final double MAD_TO_SIGMA = 1.4826;
    /** Inlier band never narrower than this share of the median, so identical ratios (MAD 0) all count. */
    private static final double MIN_BAND = 0.01;

    private final CalibrationSettings settings;

    public Calibrator(CalibrationSettings settings) {
        this.settings = settings;
    }

    public Calibration fit(Collection<IntervalPair> intervals) {
        double[] ratios = new double[intervals.size()];
        double[] water = new double[intervals.size()];
        double[] energy = new double[intervals.size()];
        int n = 0;
        int ignored = 0;
        Instant from = null;
        Instant to = null;
        for (IntervalPair p : intervals) {
            from = from == null || p.from().isBefore(from) ? p.from() : from;
            to = to == null || p.to().isAfter(to) ? p.to() : to;
            if (!(p.energyKwh() >= settings.minEnergyKwh()) || !(p.meteredM3() >= 0)
                    || Double.isInfinite(p.energyKwh()) || Double.isInfinite(p.meteredM3())) {
                ignored++;
                continue;
            }
            ratios[n] = p.meteredM3() / p.energyKwh();
            water[n] = p.meteredM3();
            energy[n] = p.energyKwh();
            n++;
        }
        if (n == 0) {
            return new Calibration(Calibration.Status.TOO_FEW_SAMPLES, Double.NaN, from, to, 0, ignored, 0, Double.NaN, Double.NaN, Double.NaN);
        }
        double median = median(Arrays.copyOf(ratios, n));
        double[] deviations = new double[n];
        for (int i = 0; i < n; i++) {
            deviations[i] = Math.abs(ratios[i] - median);
        }
        double mad = median(deviations);
        double sigma = MAD_TO_SIGMA * mad;
        double band = Math.max(settings.outlierMads() * sigma, MIN_BAND * median);
        double sumWater = 0;
        double sumEnergy = 0;
        int outliers = 0;
        for (int i = 0; i < n; i++) {
            if (Math.abs(ratios[i] - median) <= band) {
                sumWater += water[i];
                sumEnergy += energy[i];
            } else {
                outliers++;
            }
        }
        double coefficient = sumEnergy > 0 ? sumWater / sumEnergy : Double.NaN;
        double spread = median > 0 ? sigma / median : Double.POSITIVE_INFINITY;
        Calibration.Status status;
        if (n < settings.minSamples()) {
            status = Calibration.Status.TOO_FEW_SAMPLES;
        } else if (!(spread <= settings.maxRelativeSpread()) || !(coefficient > 0)) {
            status = Calibration.Status.TOO_SCATTERED;
        } else {
            status = Calibration.Status.OK;
        }
        return new Calibration(status, coefficient, from, to, n, ignored, outliers, median, mad, spread);
    }

    /** Median of {@code values}; sorts the array in place. */
    static double median(double[] values) {
        Arrays.sort(values);
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }
}
