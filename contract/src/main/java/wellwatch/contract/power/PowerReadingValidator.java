package wellwatch.contract.power;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Decides whether a decoded power reading is one WellWatch accepts. Pure function of its inputs, so ingest,
 * tests and tools judge a row the same way.
 */
public final class PowerReadingValidator {

    public static final int MAX_METER_NO_LENGTH = 64;

    /** Meter numbers: letters, digits, '-', '_' and '.', starting with a letter or digit: safe in keys, logs and spreadsheets. */
    public static final Pattern METER_NO = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0," + (MAX_METER_NO_LENGTH - 1) + "}");

    private static final double HOURS_PER_SECOND = 1.0 / 3600;

    private final PowerLimits limits;

    public PowerReadingValidator(PowerLimits limits) {
        this.limits = limits;
    }

    public PowerLimits limits() {
        return limits;
    }

    /** The verdict on a decoded reading: itself when acceptable, else the first problem found. */
    public PowerVerdict check(PowerReading reading, Instant now) {
        String problem = problemWith(reading, now);
        return problem == null ? PowerVerdict.accepted(reading) : PowerVerdict.rejected(problem);
    }

    /** The first thing wrong with a well-formed reading, or {@code null} if nothing is. */
    public String problemWith(PowerReading r, Instant now) {
        if (!METER_NO.matcher(r.meterNo()).matches()) {
            return "meter number must be 1-" + MAX_METER_NO_LENGTH + " letters, digits, '.', '-' or '_', starting with a letter or digit";
        }
        if (!r.intervalEnd().isAfter(r.intervalStart())) {
            return "interval end " + r.intervalEnd() + " is not after its start " + r.intervalStart();
        }
        Duration interval = r.interval();
        if (interval.compareTo(limits.maxInterval()) > 0) {
            return "interval of " + human(interval) + " is longer than " + human(limits.maxInterval());
        }
        if (r.intervalEnd().isAfter(now.plus(limits.maxFutureSkew()))) {
            return "interval ends " + r.intervalEnd() + ", in the future (server time " + now + ")";
        }
        if (r.intervalStart().isBefore(now.minus(limits.maxAge()))) {
            return "interval starts " + r.intervalStart() + ", more than " + limits.maxAge().toDays() + " days ago";
        }
        if (!(r.kwh() >= 0) || Double.isInfinite(r.kwh())) {
            return "kwh " + r.kwh() + " must be a finite number >= 0";
        }
        double maxKwh = limits.maxKw() * interval.getSeconds() * HOURS_PER_SECOND;
        if (r.kwh() > maxKwh) {
            return "kwh " + r.kwh() + " is implausible for " + human(interval) + " (a pump of at most " + fmt(limits.maxKw())
                    + " kW draws at most " + fmt(maxKwh) + " kWh)";
        }
        if (r.kw() != null && (!(r.kw() >= 0) || r.kw() > limits.maxKw())) {
            return "kw " + r.kw() + " is outside the plausible range [0, " + fmt(limits.maxKw()) + "]";
        }
        return null;
    }

    /** 15 min, 1 h, 1 d 6 h ... for reasons the utility's operator reads. */
    static String human(Duration d) {
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        long seconds = d.toSecondsPart();
        StringBuilder sb = new StringBuilder();
        if (days > 0) sb.append(days).append(" d ");
        if (hours > 0) sb.append(hours).append(" h ");
        if (minutes > 0) sb.append(minutes).append(" min ");
        if (seconds > 0 || sb.length() == 0) sb.append(seconds).append(" s ");
        return sb.toString().trim();
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
