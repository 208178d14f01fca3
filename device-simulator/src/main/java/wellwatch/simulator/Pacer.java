package wellwatch.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Holds each reading back until its simulated time has come: the simulated clock runs {@code timeScale}
 * times as fast as the real one from the start of the run (not at all for {@code max}), and never ahead of
 * the real clock.
 */
final class Pacer {

    private static final long MAX_PARK_NANOS = 50_000_000L;

    private final Instant simStart;
    private final double timeScale;
    private final long realStartNanos;
    private final Clock wall;

    Pacer(Instant simStart, double timeScale, long realStartNanos, Clock wall) {
        this.simStart = simStart;
        this.timeScale = timeScale;
        this.realStartNanos = realStartNanos;
        this.wall = wall;
    }

    /** Waits until {@code due} may be published; false when {@code stopped} turned true meanwhile. */
    boolean await(Instant due, BooleanSupplier stopped) {
        long scheduledNanos = Double.isInfinite(timeScale)
                ? Long.MIN_VALUE
                : realStartNanos + (long) (Duration.between(simStart, due).toNanos() / timeScale);
        long dueMillis = due.toEpochMilli();
        while (true) {
            long waitNanos = Math.max(
                    scheduledNanos == Long.MIN_VALUE ? 0 : scheduledNanos - System.nanoTime(),
                    (dueMillis - wall.millis()) * 1_000_000L);
            if (waitNanos <= 0) {
                return true;
            }
            if (stopped.getAsBoolean()) {
                return false;
            }
            LockSupport.parkNanos(Math.min(waitNanos, MAX_PARK_NANOS));
        }
    }

    /** The simulated time now, as the pacer sees it (for status lines). */
    Instant simNow() {
        Instant real = wall.instant();
        if (Double.isInfinite(timeScale)) {
            return real;
        }
        Instant scaled = simStart.plusNanos((long) ((System.nanoTime() - realStartNanos) * timeScale));
        return scaled.isBefore(real) ? scaled : real;
    }
}
