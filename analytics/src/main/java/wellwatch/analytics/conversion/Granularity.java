package wellwatch.analytics.conversion;

import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/** Calendar buckets for rollups, in the bureau's local time zone. */
public enum Granularity {
    HOUR,
    DAY,
    MONTH,
    YEAR;

    /** Start of the bucket that contains {@code t}. */
    public ZonedDateTime start(ZonedDateTime t) {
        return switch (this) {
            case HOUR -> t.truncatedTo(ChronoUnit.HOURS);
            case DAY -> t.truncatedTo(ChronoUnit.DAYS);
            case MONTH -> t.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
            case YEAR -> t.truncatedTo(ChronoUnit.DAYS).withDayOfYear(1);
        };
    }

    /** Start of the bucket after the one starting at {@code bucketStart}. */
    public ZonedDateTime next(ZonedDateTime bucketStart) {
        return switch (this) {
            case HOUR -> bucketStart.plusHours(1);
            case DAY -> bucketStart.plusDays(1);
            case MONTH -> bucketStart.plusMonths(1);
            case YEAR -> bucketStart.plusYears(1);
        };
    }
}
