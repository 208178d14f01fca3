package wellwatch.analytics.conversion;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * How an interval's energy and water go into calendar buckets (hour, day, month, year). The reference for
 * the SQL rollups: an interval {@code (from, to]} is shared among the buckets it overlaps in proportion to
 * the time it spends in each; an interval inside one bucket goes wholly to it. So a reading exactly at
 * midnight closes an interval that belongs to the day before, and a device that was offline for three days
 * spreads its catch-up energy over those days instead of piling it on the day it came back.
 */
public final class Rollup {

    /**
     * One bucket's part of an interval.
     *
     * @param bucketStart start of the bucket, as an instant
     * @param fraction share of the interval's time that falls in the bucket
     * @param energyKwh that share of the energy
     * @param waterM3 that share of the water
     */
    public record Share(Instant bucketStart, double fraction, double energyKwh, double waterM3) {}

    private Rollup() {}

    /** Splits an interval's energy and water among the buckets of {@code granularity} in {@code zone}. */
    public static List<Share> split(Instant from, Instant to, double energyKwh, double waterM3, Granularity granularity, ZoneId zone) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("interval ends (" + to + ") before it starts (" + from + ")");
        }
        ZonedDateTime end = to.atZone(zone);
        if (!to.isAfter(from)) {
            return List.of(new Share(granularity.start(end).toInstant(), 1.0, energyKwh, waterM3));
        }
        double span = to.toEpochMilli() - from.toEpochMilli();
        List<Share> shares = new ArrayList<>(2);
        ZonedDateTime bucket = granularity.start(from.atZone(zone));
        while (bucket.toInstant().isBefore(to)) {
            ZonedDateTime next = granularity.next(bucket);
            long overlap = Math.min(to.toEpochMilli(), next.toInstant().toEpochMilli())
                    - Math.max(from.toEpochMilli(), bucket.toInstant().toEpochMilli());
            if (overlap > 0) {
                double fraction = overlap / span;
                shares.add(new Share(bucket.toInstant(), fraction, energyKwh * fraction, waterM3 * fraction));
            }
            bucket = next;
        }
        return shares;
    }
}
