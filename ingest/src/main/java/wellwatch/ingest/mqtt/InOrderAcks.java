package wellwatch.ingest.mqtt;

import java.util.ArrayDeque;

/**
 * Acknowledges MQTT messages in arrival order once each is safe on Kafka. MQTT requires PUBACKs in
 * the order the messages arrived; Kafka may confirm records of different partitions out of order. A
 * message is acknowledged only when it and everything before it are confirmed.
 *
 * <p>A lost connection voids every pending slot ({@link #reset()}): the broker redelivers those
 * messages on the new connection, and confirmations still arriving for the old one are ignored.
 */
public final class InOrderAcks {

    /** Sends the PUBACK for one message. */
    @FunctionalInterface
    public interface Acker {
        void ack(int messageId, int qos);
    }

    /** A message waiting for its Kafka confirmation. */
    public static final class Slot {
        private final long generation;
        private final int messageId;
        private final int qos;
        private boolean confirmed;

        private Slot(long generation, int messageId, int qos) {
            this.generation = generation;
            this.messageId = messageId;
            this.qos = qos;
        }
    }

    private final ArrayDeque<Slot> pending = new ArrayDeque<>();
    private final Acker acker;
    private long generation;

    public InOrderAcks(Acker acker) {
        this.acker = acker;
    }

    /** Records a message in arrival order; call {@link #confirm(Slot)} when Kafka has it. */
    public synchronized Slot arrived(int messageId, int qos) {
        Slot slot = new Slot(generation, messageId, qos);
        pending.addLast(slot);
        return slot;
    }

    /** Marks a slot safe and acknowledges every confirmed message at the head of the queue. */
    public synchronized void confirm(Slot slot) {
        if (slot.generation != generation) {
            return; // from a connection that is gone: the broker redelivers that message
        }
        slot.confirmed = true;
        while (!pending.isEmpty() && pending.peekFirst().confirmed) {
            Slot head = pending.pollFirst();
            if (head.qos > 0) {
                acker.ack(head.messageId, head.qos);
            }
        }
    }

    /** Forgets every pending slot, after the connection they belong to is lost. */
    public synchronized void reset() {
        generation++;
        pending.clear();
    }

    public synchronized int pendingCount() {
        return pending.size();
    }
}
