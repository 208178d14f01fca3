package wellwatch.analytics.conversion;

/**
 * Thresholds of the coefficient fit and of the drift check.
 *
 * @param minEnergyKwh intervals with less energy are idle or too short to give a ratio (counter resolution
 *     dominates) and are ignored; default 0.5 kWh
 * @param minSamples fewer usable intervals than this give no coefficient; default 12
 * @param outlierMads an interval whose ratio is further than this many scaled MADs from the median is an
 *     outlier (stuck meter, bypass, counter glitch) and left out of the final fit; default 3
 * @param maxRelativeSpread a fit whose scaled MAD exceeds this share of the median is too scattered to
 *     trust; default 0.25 (25%)
 * @param driftTolerance a fitted coefficient further than this share from the registered one is drift;
 *     default 0.15 (15%)
 */
public record CalibrationSettings(double minEnergyKwh, int minSamples, double outlierMads, double maxRelativeSpread, double driftTolerance) {

    public CalibrationSettings {
        if (!(minEnergyKwh >= 0) || minSamples < 1 || !(outlierMads > 0) || !(maxRelativeSpread > 0) || !(driftTolerance > 0)) {
            throw new IllegalArgumentException("invalid calibration settings: " + minEnergyKwh + ", " + minSamples + ", "
                    + outlierMads + ", " + maxRelativeSpread + ", " + driftTolerance);
        }
    }

    public static CalibrationSettings defaults() {
        return new CalibrationSettings(0.5, 12, 3.0, 0.25, 0.15);
    }
}
