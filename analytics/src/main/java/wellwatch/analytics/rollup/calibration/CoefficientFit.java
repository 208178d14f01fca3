package wellwatch.analytics.rollup.calibration;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;

/**
 * One stored calibration of a well ({@code analytics.coefficient_fit}), as the API shows it. Figures that are
 * not numbers (no samples) are {@code null}.
 *
 * @param computedAt when the fit ran
 * @param requestedFrom start of the hours looked at
 * @param requestedTo end of the hours looked at (exclusive)
 * @param windowFrom start of the first hour the fit rests on
 * @param windowTo end of the last hour the fit rests on
 * @param status {@code ok}, {@code too_few_samples} or {@code too_scattered}
 * @param m3PerKwh the fitted coefficient
 * @param samples hours used in the robust step
 * @param ignored hours ignored (idle, a register missing or gone back)
 * @param outliers hours left out as outliers
 * @param medianRatio median metered m3 per kWh
 * @param mad median absolute deviation of the ratios
 * @param relativeSpread robust standard deviation over the median
 * @param registeredM3PerKwh the coefficient registered for the end of the window
 * @param registeredSource its source ({@code pump_test}, {@code fitted}, {@code default})
 * @param relativeChange fitted / registered - 1
 * @param drift whether a coefficient_drift alert was raised
 */
@RegisterForReflection
public record CoefficientFit(
        long id,
        String wellId,
        Instant computedAt,
        Instant requestedFrom,
        Instant requestedTo,
        Instant windowFrom,
        Instant windowTo,
        String status,
        Double m3PerKwh,
        int samples,
        int ignored,
        int outliers,
        Double medianRatio,
        Double mad,
        Double relativeSpread,
        Double registeredM3PerKwh,
        String registeredSource,
        Double relativeChange,
        boolean drift) {}
