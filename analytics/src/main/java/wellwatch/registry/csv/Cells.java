package wellwatch.registry.csv;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import wellwatch.registry.WaterSource;
import wellwatch.registry.WellStatus;
import wellwatch.registry.api.FieldException;
import wellwatch.registry.api.Text;

/**
 * Reads one CSV cell as a typed value; a blank cell is {@code null} ("not given"). Every refusal is a
 * {@link FieldException} naming the column. Accepts what spreadsheets in Chinese offices write: {@code 是/否},
 * dates as {@code 2026/3/15}, the ledger's terms for sources and statuses.
 */
final class Cells {

    private static final Pattern NUMBER = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern LOCAL_TIME = Pattern.compile("(\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2})[T ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?");
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private Cells() {}

    /** Text, neutral: stripped, refused when it would run as a spreadsheet formula (= + - @ first). */
    static String text(String column, String raw) {
        return Text.clean(column, raw);
    }

    /** An id (well, unit, device, meter, permit number). */
    static String id(String column, String raw) {
        Text.clean(column, raw);
        return Text.id(column, raw);
    }

    static Double number(String column, String raw) {
        BigDecimal d = decimal(column, raw);
        return d == null ? null : d.doubleValue();
    }

    /** A volume in 万m3 (10,000 m3), as the ledgers write it, in m3; 0 or more. */
    static Double wanM3(String column, String raw) {
        BigDecimal d = decimal(column, raw);
        if (d == null) {
            return null;
        }
        if (d.signum() < 0) {
            throw new FieldException(column, column + " must be 0 or more (万m3), got " + raw.strip());
        }
        return d.multiply(TEN_THOUSAND).doubleValue();
    }

    static Integer integer(String column, String raw, int min, int max) {
        BigDecimal d = decimal(column, raw);
        if (d == null) {
            return null;
        }
        try {
            int v = d.intValueExact();
            if (v >= min && v <= max) {
                return v;
            }
        } catch (ArithmeticException e) {
            // not whole, or too large: fall through
        }
        throw new FieldException(column, column + " must be a whole number " + min + "-" + max + ", got " + raw.strip());
    }

    private static BigDecimal decimal(String column, String raw) {
        String s = blankToNull(raw);
        if (s == null) {
            return null;
        }
        if (!NUMBER.matcher(s).matches()) {
            throw new FieldException(column, column + " must be a plain number like 3.5 (no thousands separators or units), got '" + shorten(s) + "'");
        }
        return new BigDecimal(s);
    }

    static Boolean bool(String column, String raw) {
        String s = blankToNull(raw);
        if (s == null) {
            return null;
        }
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "是", "yes", "y", "true", "1" -> true;
            case "否", "no", "n", "false", "0" -> false;
            default -> throw new FieldException(column, column + " must be 是/否 (yes/no, true/false, 1/0), got '" + shorten(s) + "'");
        };
    }

    /** A local date: {@code 2026-03-15}, {@code 2026/3/15} or {@code 2026.3.15}. */
    static LocalDate date(String column, String raw) {
        String s = blankToNull(raw);
        if (s == null) {
            return null;
        }
        Matcher m = DATE.matcher(s);
        if (m.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                throw new FieldException(column, column + " no such date '" + s + "'");
            }
        }
        throw new FieldException(column, column + " must be a date like 2026-03-15 or 2026/3/15, got '" + shorten(s) + "'");
    }

    /**
     * An instant: a date (its local start of day in {@code zone}), a local date and time ({@code 2026-03-15 08:30}),
     * or an ISO-8601 timestamp with offset ({@code 2026-03-15T00:00:00Z}).
     */
    static Instant instant(String column, String raw, ZoneId zone) {
        String s = blankToNull(raw);
        if (s == null) {
            return null;
        }
        if (DATE.matcher(s).matches()) {
            return date(column, s).atStartOfDay(zone).toInstant();
        }
        Matcher m = LOCAL_TIME.matcher(s);
        if (m.matches()) {
            LocalDate day = date(column, m.group(1));
            try {
                return LocalDateTime.of(day, java.time.LocalTime.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                        m.group(4) == null ? 0 : Integer.parseInt(m.group(4)))).atZone(zone).toInstant();
            } catch (DateTimeException e) {
                throw new FieldException(column, column + " no such time '" + s + "'");
            }
        }
        try {
            return OffsetDateTime.parse(s).toInstant().truncatedTo(ChronoUnit.MICROS);
        } catch (DateTimeException e) {
            throw new FieldException(column, column + " must be a date (2026-03-15, local), a local time (2026-03-15 08:30) or a timestamp "
                    + "(2026-03-15T00:00:00Z), got '" + shorten(s) + "'");
        }
    }

    static WaterSource waterSource(String column, String raw) {
        String s = blankToNull(raw);
        return s == null ? null : WaterSource.of(column, s);
    }

    /** A well status by code or by the ledgers' terms: 在用/正常 active, 报停 seasonally stopped, 封停/封闭 sealed, 注销/封填 cancelled. */
    static WellStatus status(String column, String raw) {
        String s = blankToNull(raw);
        if (s == null) {
            return null;
        }
        return switch (s) {
            case "active", "在用", "正常", "使用" -> WellStatus.ACTIVE;
            case "seasonally_stopped", "报停" -> WellStatus.SEASONALLY_STOPPED;
            case "sealed", "封停", "封闭", "关停" -> WellStatus.SEALED;
            case "cancelled", "注销", "封填" -> WellStatus.CANCELLED;
            default -> throw new FieldException(column, column + " must be active (在用), seasonally_stopped (报停), sealed (封停) or cancelled (注销), got '"
                    + shorten(s) + "'");
        };
    }

    private static String blankToNull(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        return s.isEmpty() ? null : s;
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
