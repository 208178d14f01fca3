package wellwatch.analytics.rollup;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import wellwatch.analytics.conversion.IntervalPair;

/**
 * Calibration input from the hourly rollup: one {@link IntervalPair} per hour of a well. An hour where either
 * register did not report, or went back, gives a pair with missing figures (NaN), which the calibrator
 * counts as ignored rather than fitting a coefficient through a gap or a meter swap.
 */
public final class CalibrationPairs {

    private static final Duration HOUR = Duration.ofHours(1);

    private CalibrationPairs() {}

    public static List<IntervalPair> fromHours(List<WaterFigures> hours) {
        List<IntervalPair> pairs = new ArrayList<>(hours.size());
        for (WaterFigures h : hours) {
            boolean usable = h.meteredM3() != null && h.energyKwh() != null && h.energyRegressions() == 0 && h.volumeRegressions() == 0;
            pairs.add(new IntervalPair(h.start(), h.start().plus(HOUR), usable ? h.meteredM3() : Double.NaN, usable ? h.energyKwh() : Double.NaN));
        }
        return pairs;
    }
}
