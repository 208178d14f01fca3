package wellwatch.analytics.rollup.api;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import wellwatch.analytics.conversion.Granularity;

/**
 * The periods a water query asks for: those whose start lies in {@code [from, to)}, both bucket-aligned in the
 * bureau's time zone. {@code from} and {@code to} are ISO-8601 instants ({@code 2026-05-01T00:00:00Z}) or local
 * dates ({@code 2026-05-01}, midnight local time); without them, the latest periods up to now.
 *
 * @param granularity hour, day, month or year
 * @param from start of the first period
 * @param to start of the period after the last (exclusive)
 */
public record PeriodRange(Granularity granularity, Instant from, Instant to) {

    /** The most periods one query returns. */
    public static final int MAX_PERIODS = 5000;

    /** Parses and aligns; throws {@link IllegalArgumentException} with a message for the caller. */
    public static PeriodRange of(String granularity, String from, String to, ZoneId zone, Instant now) {
        Granularity g = granularity(granularity);
        Instant end = to == null ? now : instant("to", to, zone);
        Instant start = from == null ? defaultStart(g, end, zone) : instant("from", from, zone);
        Instant alignedFrom = ceil(g, start, zone);
        Instant alignedTo = ceil(g, end, zone);
        if (to == null) {
            alignedTo = g.next(g.start(end.atZone(zone))).toInstant(); // include the current period
        }
        if (alignedTo.isBefore(alignedFrom)) {
            throw new IllegalArgumentException("'from' must not be after 'to'");
        }
        if (periods(g, alignedFrom, alignedTo) > MAX_PERIODS) {
            throw new IllegalArgumentException("at most " + MAX_PERIODS + " periods per query: narrow the range or use a coarser granularity");
        }
        return new PeriodRange(g, alignedFrom, alignedTo);
    }

    /** A local label of a period's start: 2026-05-01T10:00, 2026-05-01, 2026-05 or 2026. */
    public static String label(Granularity g, Instant start, ZoneId zone) {
        ZonedDateTime t = start.atZone(zone);
        return switch (g) {
            case HOUR -> t.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
            case DAY -> t.toLocalDate().toString();
            case MONTH -> t.format(DateTimeFormatter.ofPattern("yyyy-MM"));
            case YEAR -> Integer.toString(t.getYear());
        };
    }

    static Granularity granularity(String value) {
        if (value == null || value.isBlank()) {
            return Granularity.DAY;
        }
        try {
            return Granularity.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'granularity' must be hour, day, month or year, got '" + value + "'");
        }
    }

    private static Instant instant(String name, String value, ZoneId zone) {
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(zone).toInstant() : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + name + "' must be an ISO-8601 instant (2026-05-01T00:00:00Z) or a local date (2026-05-01), got '"
                    + value + "'");
        }
    }

    private static Instant defaultStart(Granularity g, Instant end, ZoneId zone) {
        ZonedDateTime current = g.start(end.atZone(zone));
        return switch (g) {
            case HOUR -> current.minusHours(47).toInstant();
            case DAY -> current.minusDays(30).toInstant();
            case MONTH -> current.minusMonths(11).toInstant();
            case YEAR -> current.minusYears(4).toInstant();
        };
    }

    /** The first period start at or after {@code t}. */
    private static Instant ceil(Granularity g, Instant t, ZoneId zone) {
        ZonedDateTime start = g.start(t.atZone(zone));
        return start.toInstant().equals(t) ? t : g.next(start).toInstant();
    }

    private static long periods(Granularity g, Instant from, Instant to) {
        long hours = Duration.between(from, to).toHours();
        return switch (g) {
            case HOUR -> hours;
            case DAY -> hours / 24;
            case MONTH -> hours / (24 * 28);
            case YEAR -> hours / (24 * 365);
        };
    }
}
