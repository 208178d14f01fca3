package wellwatch.simulator;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people type them: {@code 0}, {@code 500ms}, {@code 5s}, {@code 2m}, {@code 1h30m}, {@code 7d}, or ISO {@code PT5S}. */
public final class Durations {

    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h|d)");

    private Durations() {}

    public static Duration parse(String text) {
        String t = text.strip().toLowerCase();
        if (t.equals("0")) {
            return Duration.ZERO;
        }
        if (t.startsWith("p")) {
            try {
                return Duration.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw invalid(text);
            }
        }
        Matcher m = PART.matcher(t);
        long nanos = 0;
        int end = 0;
        while (m.find() && m.start() == end) {
            nanos += (long) (Double.parseDouble(m.group(1)) * unitNanos(m.group(2)));
            end = m.end();
        }
        if (end == 0 || end != t.length()) {
            throw invalid(text);
        }
        return Duration.ofNanos(nanos);
    }

    /** Short human form for help and status lines, e.g. {@code 5s}, {@code 1m30s}, {@code 250ms}. */
    public static String format(Duration d) {
        if (d.isZero()) {
            return "0";
        }
        if (d.toMillis() < 1000) {
            return d.toMillis() + "ms";
        }
        StringBuilder sb = new StringBuilder();
        long s = d.getSeconds();
        if (s >= 86_400) {
            sb.append(s / 86_400).append('d');
            s %= 86_400;
        }
        if (s >= 3600) {
            sb.append(s / 3600).append('h');
            s %= 3600;
        }
        if (s >= 60) {
            sb.append(s / 60).append('m');
            s %= 60;
        }
        if (s > 0) {
            sb.append(s).append('s');
        }
        return sb.toString();
    }

    private static long unitNanos(String unit) {
        return switch (unit) {
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            case "m" -> 60_000_000_000L;
            case "h" -> 3_600_000_000_000L;
            default -> 86_400_000_000_000L;
        };
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("'" + text + "' is not a duration (e.g. 0, 500ms, 5s, 2m, 1h30m, 7d)");
    }
}
