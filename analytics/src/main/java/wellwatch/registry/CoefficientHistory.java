package wellwatch.registry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The electricity-to-water coefficients of one well over time: sorted, non-overlapping periods (gaps are
 * allowed: no coefficient applies there). Immutable; lookups allocate nothing, so the hot path can use them.
 */
public final class CoefficientHistory {

    private static final CoefficientHistory EMPTY = new CoefficientHistory(new ConversionCoefficient[0]);

    private final ConversionCoefficient[] entries;
    private final long[] fromMillis;
    private final long[] toMillis;

    private CoefficientHistory(ConversionCoefficient[] sorted) {
        this.entries = sorted;
        this.fromMillis = new long[sorted.length];
        this.toMillis = new long[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            fromMillis[i] = sorted[i].effectiveFrom().toEpochMilli();
            toMillis[i] = sorted[i].effectiveTo() == null ? Long.MAX_VALUE : sorted[i].effectiveTo().toEpochMilli();
            if (i > 0 && fromMillis[i] < toMillis[i - 1]) {
                throw new IllegalArgumentException("coefficients overlap: " + sorted[i - 1] + " and " + sorted[i]);
            }
        }
    }

    public static CoefficientHistory empty() {
        return EMPTY;
    }

    /** A history of the given coefficients, in any order; they must not overlap. */
    public static CoefficientHistory of(List<ConversionCoefficient> coefficients) {
        if (coefficients == null || coefficients.isEmpty()) {
            return EMPTY;
        }
        List<ConversionCoefficient> sorted = new ArrayList<>(coefficients);
        sorted.sort(Comparator.comparing(ConversionCoefficient::effectiveFrom));
        return new CoefficientHistory(sorted.toArray(ConversionCoefficient[]::new));
    }

    public static CoefficientHistory of(ConversionCoefficient... coefficients) {
        return of(List.of(coefficients));
    }

    /** The coefficient that applies at {@code epochMilli}, or {@code null}. */
    public ConversionCoefficient atMillis(long epochMilli) {
        for (int i = entries.length - 1; i >= 0; i--) { // the current one is last: usually found first
            if (epochMilli >= fromMillis[i]) {
                return epochMilli < toMillis[i] ? entries[i] : null;
            }
        }
        return null;
    }

    /** The coefficient that applies at {@code at}, or {@code null}. */
    public ConversionCoefficient at(Instant at) {
        return atMillis(at.toEpochMilli());
    }

    public boolean isEmpty() {
        return entries.length == 0;
    }

    public int size() {
        return entries.length;
    }

    /** The i-th period, oldest first. */
    public ConversionCoefficient get(int i) {
        return entries[i];
    }

    /** Start of the i-th period, epoch millis (inclusive). */
    public long fromMillis(int i) {
        return fromMillis[i];
    }

    /** End of the i-th period, epoch millis (exclusive); {@link Long#MAX_VALUE} while current. */
    public long toMillis(int i) {
        return toMillis[i];
    }

    public List<ConversionCoefficient> asList() {
        return List.of(entries);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CoefficientHistory other && java.util.Arrays.equals(entries, other.entries);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(entries);
    }

    @Override
    public String toString() {
        return "CoefficientHistory" + asList();
    }
}
