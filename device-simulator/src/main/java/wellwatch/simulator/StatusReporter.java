package wellwatch.simulator;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import wellwatch.simulator.mqtt.PublishStats;

/**
 * Prints a status line on stderr every {@code --report-every}, e.g.
 * {@code sim 10s: sent=29988 acked=29950 failed=0 inflight=38 rate=3001/s conn=2/2 reconnects=0 sim-time=2026-05-01T08:00:10Z}
 * (rate = acknowledgements per second since the previous line).
 */
final class StatusReporter implements AutoCloseable {

    private final PublishStats stats;
    private final Supplier<Instant> simTime;
    private final PrintStream err;
    private final long startNanos = System.nanoTime();
    private final ScheduledExecutorService timer;
    private long lastAcked;
    private long lastNanos = startNanos;

    StatusReporter(PublishStats stats, Supplier<Instant> simTime, PrintStream err, Duration every) {
        this.stats = stats;
        this.simTime = simTime;
        this.err = err;
        if (every.isZero()) {
            timer = null;
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "status-reporter");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(this::report, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    synchronized void report() {
        PublishStats.Snapshot s = stats.snapshot();
        long now = System.nanoTime();
        double rate = (s.acked() - lastAcked) / Math.max(1e-9, (now - lastNanos) / 1e9);
        lastAcked = s.acked();
        lastNanos = now;
        Instant sim = simTime.get();
        err.printf("sim %s: sent=%d acked=%d failed=%d inflight=%d rate=%.0f/s conn=%d/%d reconnects=%d sim-time=%s%n",
                Durations.format(Duration.ofNanos(now - startNanos).truncatedTo(ChronoUnit.SECONDS)),
                s.sent(), s.acked(), s.failed(), s.outstanding(), rate, s.connected(), s.connections(), s.reconnects(),
                sim == null ? "-" : sim.truncatedTo(ChronoUnit.SECONDS));
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
