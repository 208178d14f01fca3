package wellwatch.simulator.mqtt;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters shared by all connections of a run. {@code sent} counts readings handed to the MQTT client,
 * {@code acked} those the broker acknowledged (PUBACK with a success code; for QoS 0: written to the socket),
 * {@code failed} those refused or acknowledged with an error code.
 */
public final class PublishStats {

    /** A consistent-enough view of the counters at one moment. */
    public record Snapshot(long sent, long acked, long failed, int connected, int connections, long reconnects) {

        public long outstanding() {
            return Math.max(0, sent - acked - failed);
        }
    }

    private final LongAdder sent = new LongAdder();
    private final LongAdder acked = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder reconnects = new LongAdder();
    private final AtomicInteger connected = new AtomicInteger();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile long lastCompletionNanos = System.nanoTime();

    void sent() {
        sent.increment();
    }

    void unsent() {
        sent.decrement();
    }

    void acked() {
        acked.increment();
        lastCompletionNanos = System.nanoTime();
    }

    void failed() {
        failed.increment();
        lastCompletionNanos = System.nanoTime();
    }

    void connectionOpened() {
        connections.incrementAndGet();
    }

    void connectionUp(boolean reconnect) {
        connected.incrementAndGet();
        if (reconnect) {
            reconnects.increment();
        }
    }

    void connectionDown() {
        connected.decrementAndGet();
    }

    /** {@link System#nanoTime()} of the latest acknowledgement or failure. */
    public long lastCompletionNanos() {
        return lastCompletionNanos;
    }

    public Snapshot snapshot() {
        long a = acked.sum();
        long f = failed.sum();
        return new Snapshot(Math.max(sent.sum(), a + f), a, f, connected.get(), connections.get(), reconnects.sum());
    }
}
