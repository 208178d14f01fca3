package wellwatch.ingest.storage;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * The loop every storage writer runs: poll a topic, decode the batch, store it until the database takes it,
 * and only then commit the offsets. With an idempotent store a crash anywhere stores nothing twice and loses
 * nothing; while PostgreSQL is down the same batch is retried and Kafka holds the rest. What a batch is and
 * how it is stored is the {@link Sink}'s business.
 *
 * @param <B> a decoded batch
 */
public final class StoreLoop<B> implements Runnable {

    /** What a writer plugs into the loop. */
    public interface Sink<B> {

        /** Turns polled records into a batch; moves records it cannot decode aside (dead-letter topic). */
        B decode(ConsumerRecords<String, byte[]> records) throws InterruptedException;

        /** Stores the batch in one transaction. Must be idempotent: it is retried on failure and replayed after a crash. */
        void store(B batch) throws SQLException;

        /** Rows in the batch, for the log. */
        int size(B batch);

        /** Periodic upkeep, e.g. creating partitions ahead; {@code false} when it failed and should run again soon. */
        boolean maintain(Instant now);
    }

    /**
     * @param what what is stored, for the log ("readings")
     * @param thread name of the loop's thread
     * @param clientId Kafka client id
     * @param topic topic consumed
     * @param group consumer group
     * @param maxBatch records per poll, so per transaction
     * @param retryBackoff wait before retrying a batch the database refused
     */
    public record Settings(String what, String thread, String clientId, String topic, String group, int maxBatch, Duration retryBackoff,
            String autoOffsetReset) {}

    private static final Logger LOG = Logger.getLogger(StoreLoop.class);
    private static final Duration MAINTAIN_EVERY = Duration.ofHours(12);
    private static final Duration MAINTAIN_RETRY = Duration.ofHours(1);

    private final Settings settings;
    private final Sink<B> sink;
    private final KafkaConsumer<String, byte[]> consumer;
    private volatile boolean running;
    private volatile boolean healthy = true;
    private Thread thread;
    private Instant maintainedAt = Instant.EPOCH;
    private Duration maintainAfter = MAINTAIN_EVERY;

    public StoreLoop(String bootstrapServers, Settings settings, Sink<B> sink) {
        this.settings = settings;
        this.sink = sink;
        this.consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                        ConsumerConfig.GROUP_ID_CONFIG, settings.group(),
                        ConsumerConfig.CLIENT_ID_CONFIG, settings.clientId(),
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, settings.autoOffsetReset(),
                        ConsumerConfig.MAX_POLL_RECORDS_CONFIG, settings.maxBatch(),
                        ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 64 * 1024,
                        ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100,
                        ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, 600_000),
                new StringDeserializer(),
                new ByteArrayDeserializer());
    }

    public void start() {
        consumer.subscribe(List.of(settings.topic()));
        running = true;
        thread = new Thread(this, settings.thread());
        thread.start();
    }

    public void stop() throws InterruptedException {
        running = false;
        consumer.wakeup();
        if (thread != null) {
            thread.join(15_000);
        }
    }

    /** False while the database refuses batches, and after the loop stopped. */
    public boolean isHealthy() {
        return healthy && running;
    }

    @Override
    public void run() {
        try {
            while (running) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
                maintain();
                if (!records.isEmpty()) {
                    storeUntilDone(sink.decode(records));
                    commit(records);
                }
            }
        } catch (WakeupException e) {
            // stop() was called
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.errorf(e, "%s writer stopped on an unexpected error; offsets of unstored %s were not committed", settings.what(), settings.what());
            healthy = false;
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /**
     * Commits a stored batch. After a long database outage the group may have moved the partitions on
     * (the poll interval was exceeded): the commit is then refused, the records come again after the
     * rejoin, and storing them again is a no-op. The loop goes on either way.
     */
    private void commit(ConsumerRecords<String, byte[]> records) {
        try {
            consumer.commitSync(nextOffsets(records));
        } catch (CommitFailedException | RebalanceInProgressException e) {
            LOG.warnf("%s writer: offsets not committed (%s); the batch will be redelivered and stored idempotently",
                    settings.what(), e.getClass().getSimpleName());
        }
    }

    private void storeUntilDone(B batch) throws InterruptedException {
        while (running) {
            try {
                sink.store(batch);
                if (!healthy) {
                    LOG.infof("Database writes work again; %s writer resumed", settings.what());
                }
                healthy = true;
                return;
            } catch (SQLException e) {
                if (healthy) {
                    LOG.errorf("Storing %d %s failed (%s); retrying every %s, Kafka keeps the backlog",
                            sink.size(batch), settings.what(), e.getMessage(), settings.retryBackoff());
                }
                healthy = false;
                Thread.sleep(settings.retryBackoff().toMillis());
            }
        }
        throw new WakeupException(); // stopping: leave the batch uncommitted, it will be redelivered
    }

    private void maintain() {
        Instant now = Instant.now();
        if (Duration.between(maintainedAt, now).compareTo(maintainAfter) < 0) {
            return;
        }
        maintainedAt = now;
        maintainAfter = sink.maintain(now) ? MAINTAIN_EVERY : MAINTAIN_RETRY;
    }

    static Map<TopicPartition, OffsetAndMetadata> nextOffsets(ConsumerRecords<String, byte[]> records) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition tp : records.partitions()) {
            List<ConsumerRecord<String, byte[]>> list = records.records(tp);
            offsets.put(tp, new OffsetAndMetadata(list.get(list.size() - 1).offset() + 1));
        }
        return offsets;
    }
}
