package wellwatch.simulator;

import java.time.Instant;
import java.util.List;
import wellwatch.contract.reading.Reading;
import wellwatch.contract.reading.ReadingCodec;

/**
 * Publishes the readings of a share of the wells, round after round, each when the schedule says, within
 * the rate limit. One thread per worker; workers share nothing but the rate limiter and the counters.
 */
final class Worker implements Runnable {

    private final List<Lane> lanes;
    private final Schedule schedule;
    private final Pacer pacer;
    private final RateLimiter limiter;
    private final RunControl control;
    private final long count;
    private volatile Instant lastDue;
    private volatile Throwable failure;

    Worker(List<Lane> lanes, Schedule schedule, Pacer pacer, RateLimiter limiter, RunControl control, long count) {
        this.lanes = List.copyOf(lanes);
        this.schedule = schedule;
        this.pacer = pacer;
        this.limiter = limiter;
        this.control = control;
        this.count = count;
    }

    @Override
    public void run() {
        try {
            for (long k = 0; count == 0 || k < count; k++) {
                for (Lane lane : lanes) {
                    if (!publishOne(lane, k)) {
                        return;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            failure = e;
            control.requestStop();
        }
    }

    private boolean publishOne(Lane lane, long k) throws InterruptedException {
        if (control.stopped()) {
            return false;
        }
        Instant due = schedule.due(lane.index(), k);
        if (!pacer.await(due, control::stopped) || !limiter.acquire(control::stopped)) {
            return false;
        }
        Reading reading = lane.well().readingAt(due);
        if (!lane.publisher().publish(lane.topic(), ReadingCodec.encode(reading), control::stopped)) {
            return false;
        }
        lastDue = due;
        return true;
    }

    /** Simulated time of the latest reading published, or null before the first. */
    Instant lastDue() {
        return lastDue;
    }

    /** What made this worker stop early, if anything did. */
    Throwable failure() {
        return failure;
    }
}
