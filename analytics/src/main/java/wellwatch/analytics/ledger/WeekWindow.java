package wellwatch.analytics.ledger;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a weekly report (周报) covers. The report of ISO week {@code 2026-W47} is due on that week's
 * Friday before 10:00 (Asia/Shanghai by default) and covers the seven days up to then: from the previous
 * Friday 10:00 (inclusive) to this Friday 10:00 (exclusive). An event at Friday 09:59 is in this week's report,
 * one at 10:00 in next week's.
 *
 * <p>A record that carries only a date (filing, closing, listing day) counts in the window in which that day
 * begins: the days from Saturday to Friday, so a case filed on the Friday is in that Friday's report.
 *
 * @param week the ISO week, {@code 2026-W47}
 * @param start first instant covered
 * @param end first instant not covered: the deadline
 * @param zone the bureau's zone
 */
public record WeekWindow(String week, Instant start, Instant end, ZoneId zone) {

    private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The window of ISO week {@code isoWeek} ({@code 2026-W47}); {@link IllegalArgumentException} when malformed. */
    public static WeekWindow of(String isoWeek, ZoneId zone, DayOfWeek dueDay, LocalTime dueTime) {
        Matcher m = ISO_WEEK.matcher(isoWeek == null ? "" : isoWeek.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("week must be an ISO week like 2026-W47, got '" + isoWeek + "'");
        }
        int year = Integer.parseInt(m.group(1));
        int week = Integer.parseInt(m.group(2));
        LocalDate inWeekOne = LocalDate.of(year, 1, 4); // 4 January is always in ISO week 1
        long weeks = IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(inWeekOne).getMaximum();
        if (week < 1 || week > weeks) {
            throw new IllegalArgumentException("week " + isoWeek + " does not exist: " + year + " has ISO weeks 01-" + weeks);
        }
        LocalDate dueDate = inWeekOne.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(ChronoField.DAY_OF_WEEK, dueDay.getValue());
        return ending(dueDate.atTime(dueTime), zone);
    }

    /** The window that {@code t} falls in: the report whose deadline is the first after {@code t}. */
    public static WeekWindow containing(Instant t, ZoneId zone, DayOfWeek dueDay, LocalTime dueTime) {
        LocalDateTime local = LocalDateTime.ofInstant(t, zone);
        LocalDateTime due = local.toLocalDate().with(TemporalAdjusters.nextOrSame(dueDay)).atTime(dueTime);
        if (!local.isBefore(due)) {
            due = due.plusWeeks(1);
        }
        return ending(due, zone);
    }

    private static WeekWindow ending(LocalDateTime due, ZoneId zone) {
        ZonedDateTime end = due.atZone(zone);
        ZonedDateTime start = end.minusWeeks(1);
        LocalDate d = due.toLocalDate();
        String label = String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        return new WeekWindow(label, start.toInstant(), end.toInstant(), zone);
    }

    public boolean contains(Instant t) {
        return t != null && !t.isBefore(start) && t.isBefore(end);
    }

    /** Whether a date-only record (filed, closed, listed on {@code day}) counts in this window. */
    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(firstDay()) && day.isBefore(endDay());
    }

    /** The first day whose start lies in the window. */
    public LocalDate firstDay() {
        return dayStartingAtOrAfter(start);
    }

    /** The first day whose start lies after the window. */
    public LocalDate endDay() {
        return dayStartingAtOrAfter(end);
    }

    /** {@code 2026-11-13 10:00 至 2026-11-20 10:00}. */
    public String describe() {
        return MINUTE.format(start.atZone(zone)) + " 至 " + MINUTE.format(end.atZone(zone));
    }

    private LocalDate dayStartingAtOrAfter(Instant t) {
        LocalDate day = t.atZone(zone).toLocalDate();
        return day.atStartOfDay(zone).toInstant().equals(t) ? day : day.plusDays(1);
    }
}
