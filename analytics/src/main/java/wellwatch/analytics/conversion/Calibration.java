package wellwatch.analytics.conversion;

import java.time.Instant;
import wellwatch.registry.ConversionCoefficient;

/**
 * A coefficient fitted from a well's flow meter and power meter, with what it rests on.
 *
 * @param status whether the fit is usable
 * @param m3PerKwh fitted coefficient: total metered water over total energy of the inlier intervals, m3/kWh
 *     (NaN without samples)
 * @param windowFrom start of the earliest interval examined ({@code null} without intervals)
 * @param windowTo end of the latest interval examined ({@code null} without intervals)
 * @param samples intervals used in the robust step (energy at least the minimum)
 * @param ignored intervals ignored as idle, too short, or invalid (negative or missing figures)
 * @param outliers used intervals left out of the final fit as outliers
 * @param medianRatio median of the per-interval ratios water/energy (the Theil-Sen slope through the origin)
 * @param mad median absolute deviation of the ratios from their median, m3/kWh
 * @param relativeSpread 1.4826 x MAD / median: the ratios' robust standard deviation as a share of the median
 */
public record Calibration(
        Status status,
        double m3PerKwh,
        Instant windowFrom,
        Instant windowTo,
        int samples,
        int ignored,
        int outliers,
        double medianRatio,
        double mad,
        double relativeSpread) {

    /** Whether a fit can be used. */
    public enum Status {
        OK("ok"),
        /** Fewer usable intervals than required. */
        TOO_FEW_SAMPLES("too_few_samples"),
        /** The ratios scatter too much (or the meter shows no water) to trust a coefficient. */
        TOO_SCATTERED("too_scattered");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public boolean usable() {
        return status == Status.OK;
    }

    /** The fit as a coefficient to register, effective from {@code effectiveFrom}, open-ended. */
    public ConversionCoefficient toCoefficient(Instant effectiveFrom) {
        if (!usable()) {
            throw new IllegalStateException("calibration is not usable: " + status.code());
        }
        return new ConversionCoefficient(m3PerKwh, effectiveFrom, null, ConversionCoefficient.Source.FITTED);
    }

    /** How far this fit is from the {@code registered} coefficient. */
    public Drift driftFrom(ConversionCoefficient registered, double tolerance) {
        return new Drift(registered.m3PerKwh(), m3PerKwh, m3PerKwh / registered.m3PerKwh() - 1, tolerance);
    }

    /**
     * A fitted coefficient against the registered one.
     *
     * @param registeredM3PerKwh the coefficient in the registry
     * @param fittedM3PerKwh the coefficient the flow meter implies
     * @param relativeChange fitted / registered - 1: +0.2 means the meter shows 20% more water per kWh
     * @param tolerance the relative change that counts as drift
     */
    public record Drift(double registeredM3PerKwh, double fittedM3PerKwh, double relativeChange, double tolerance) {

        public boolean beyondTolerance() {
            return Math.abs(relativeChange) > tolerance;
        }
    }
}
