package wellwatch.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * When each reading is due in simulated time. Reading {@code k} of well {@code i} is due at
 * {@code simStart + k * interval + phase(i)}; the phases spread the wells evenly over one interval so that
 * the load is smooth.
 *
 * <p>Readings must never be stamped later than the real clock. Unless {@code --sim-start} says otherwise, a
 * run with {@code --time-scale} X &gt; 1 therefore starts in the past, by as much as it will gain on the real
 * clock: span x (1 - 1/X), where span is the simulated time the run covers ({@code --count} x interval, or
 * {@code --duration} x X), or 30 days when the run has no end; {@code max} counts as an infinite scale. The
 * lead is capped at 365 days. Whatever the start, {@link Pacer} holds back any reading that would be ahead
 * of the real clock.
 */
public record Schedule(Instant simStart, Duration interval, int wells) {

    static final Duration OPEN_ENDED_SPAN = Duration.ofDays(30);
    static final Duration MAX_LEAD = Duration.ofDays(365);

    public static Schedule of(SimulatorOptions options, Instant now) {
        Instant start = options.simStart().orElseGet(() -> derivedStart(options, now));
        return new Schedule(start, options.interval(), options.wells());
    }

    static Instant derivedStart(SimulatorOptions o, Instant now) {
        if (o.timeScale() <= 1) {
            return now.truncatedTo(ChronoUnit.SECONDS);
        }
        Duration span = null;
        if (o.count() > 0) {
            span = o.interval().multipliedBy(o.count());
        }
        if (!o.duration().isZero() && !o.unpaced()) {
            Duration covered = Duration.ofNanos((long) Math.min(o.duration().toNanos() * o.timeScale(), Long.MAX_VALUE / 2.0));
            span = span == null || covered.compareTo(span) < 0 ? covered : span;
        }
        if (span == null) {
            span = OPEN_ENDED_SPAN;
        }
        double gained = o.unpaced() ? 1 : 1 - 1 / o.timeScale();
        Duration lead = Duration.ofNanos((long) Math.min(span.toNanos() * gained, MAX_LEAD.toNanos()));
        return now.minus(lead).truncatedTo(ChronoUnit.SECONDS);
    }

    /** Offset of well {@code index} (0-based within the run) inside each interval. */
    public Duration phase(int index) {
        return Duration.ofNanos(interval.toNanos() / wells * index);
    }

    /** Simulated time of reading {@code k} (0-based) of well {@code index}. */
    public Instant due(int index, long k) {
        return simStart.plus(interval.multipliedBy(k)).plus(phase(index));
    }
}
