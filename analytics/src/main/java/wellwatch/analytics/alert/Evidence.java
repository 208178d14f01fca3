package wellwatch.analytics.alert;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the evidence map of a {@link Finding}: insertion-ordered, figures rounded for a human reader,
 * absent values left out. Only used once a rule has decided to report, never on the quiet path.
 */
public final class Evidence {

    private final Map<String, String> map = new LinkedHashMap<>();

    public static Evidence of() {
        return new Evidence();
    }

    /** Adds {@code value} as text; {@code null} is left out. */
    public Evidence put(String key, Object value) {
        if (value != null) {
            map.put(key, value.toString());
        }
        return this;
    }

    /** Adds a figure rounded to 3 decimals without trailing zeros; NaN and infinities are left out. */
    public Evidence put(String key, double value) {
        if (Double.isFinite(value)) {
            map.put(key, format(value, 3));
        }
        return this;
    }

    /** Adds a figure rounded to {@code decimals} decimals without trailing zeros; NaN is left out. */
    public Evidence put(String key, double value, int decimals) {
        if (Double.isFinite(value)) {
            map.put(key, format(value, decimals));
        }
        return this;
    }

    public Evidence put(String key, long value) {
        map.put(key, Long.toString(value));
        return this;
    }

    public Evidence put(String key, boolean value) {
        map.put(key, Boolean.toString(value));
        return this;
    }

    public Map<String, String> map() {
        return map;
    }

    /** {@code value} rounded half-up to {@code decimals}, plain notation, no trailing zeros. */
    public static String format(double value, int decimals) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    /** A fraction as a percentage with one decimal, e.g. {@code 0.8234 -> "82.3%"}. */
    public static String percent(double fraction) {
        return format(fraction * 100, 1) + "%";
    }
}
