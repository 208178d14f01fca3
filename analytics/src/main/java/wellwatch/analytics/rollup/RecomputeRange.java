package wellwatch.analytics.rollup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Hours {@code [from, to)} of one device of one well whose rows must be computed again, hour-aligned.
 *
 * @param wellId the well
 * @param deviceId the device
 * @param from start of the first hour
 * @param to end of the last hour (exclusive)
 */
public record RecomputeRange(String wellId, String deviceId, Instant from, Instant to) {

    public RecomputeRange {
        Objects.requireNonNull(wellId, "wellId");
        Objects.requireNonNull(deviceId, "deviceId");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("empty range " + from + " .. " + to);
        }
    }

    /**
     * The hours that new readings of a device change: its readings stored since the last refresh span
     * {@code [lo, hi]}; {@code previous} is the latest earlier reading of the device (per register, the
     * earliest of those), {@code next} the first later one (the latest of those); either may be {@code null}.
     * A new reading splits the interval around it, so everything from the hour of the previous reading to the
     * hour of the next one may change.
     */
    public static RecomputeRange around(String wellId, String deviceId, Instant previous, Instant lo, Instant hi, Instant next, HourlyRollup hours) {
        Instant start = previous != null && previous.isBefore(lo) ? previous : lo;
        Instant end = next != null && next.isAfter(hi) ? next : hi;
        return new RecomputeRange(wellId, deviceId, hours.hourStart(start), hours.hourAfter(end));
    }

    /** Overlapping or touching ranges of the same device merged into one: the set of hours stays the same. */
    public static List<RecomputeRange> merge(Collection<RecomputeRange> ranges) {
        List<RecomputeRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparing(RecomputeRange::wellId).thenComparing(RecomputeRange::deviceId).thenComparing(RecomputeRange::from));
        List<RecomputeRange> merged = new ArrayList<>(sorted.size());
        RecomputeRange current = null;
        for (RecomputeRange r : sorted) {
            if (current != null && current.wellId.equals(r.wellId) && current.deviceId.equals(r.deviceId) && !r.from.isAfter(current.to)) {
                current = new RecomputeRange(current.wellId, current.deviceId, current.from, r.to.isAfter(current.to) ? r.to : current.to);
            } else {
                if (current != null) {
                    merged.add(current);
                }
                current = r;
            }
        }
        if (current != null) {
            merged.add(current);
        }
        return merged;
    }
}
