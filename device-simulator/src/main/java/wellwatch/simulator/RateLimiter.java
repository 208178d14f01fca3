package wellwatch.simulator;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Spaces readings evenly so that all workers together publish at most {@code rate} per second; a worker
 * that fell behind may catch up by at most {@link #BURST_NANOS} worth of readings. Rate 0 means no limit.
 */
final class RateLimiter {

    static final long BURST_NANOS = 50_000_000L;
    private static final long MAX_PARK_NANOS = 50_000_000L;

    private final long periodNanos;
    private final AtomicLong nextSlot = new AtomicLong(System.nanoTime());

    RateLimiter(double ratePerSecond) {
        this.periodNanos = ratePerSecond <= 0 ? 0 : Math.max(1, (long) (1e9 / ratePerSecond));
    }

    /** Waits for the next slot; false when {@code stopped} turned true meanwhile. */
    boolean acquire(BooleanSupplier stopped) {
        if (periodNanos == 0) {
            return true;
        }
        long now = System.nanoTime();
        long slot;
        long prev;
        do {
            prev = nextSlot.get();
            slot = Math.max(prev, now - BURST_NANOS);
        } while (!nextSlot.compareAndSet(prev, slot + periodNanos));
        while (true) {
            long wait = slot - System.nanoTime();
            if (wait <= 0) {
                return true;
            }
            if (stopped.getAsBoolean()) {
                return false;
            }
            LockSupport.parkNanos(Math.min(wait, MAX_PARK_NANOS));
        }
    }
}
