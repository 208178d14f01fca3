package wellwatch.ingest.storage;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import wellwatch.contract.Topics;
import wellwatch.contract.reading.DeadLetter;
import wellwatch.contract.reading.Reading;
import wellwatch.contract.reading.ReadingCodec;
import wellwatch.contract.reading.Verdict;
import wellwatch.ingest.IngestConfig;
import wellwatch.ingest.kafka.ReadingPublisher;

/**
 * Consumes the readings topic and stores it, a batch at a time. Offsets are committed only after the
 * batch's rows are committed, and the store is idempotent, so a crash anywhere stores nothing twice and
 * loses nothing. While PostgreSQL is down the writer retries the same batch: Kafka holds the rest.
 */
@Singleton
public class StorageWriter implements Runnable {

    private static final Logger LOG = Logger.getLogger(StorageWriter.class);
    /** Readings ingest accepts span this window, so partitions must exist for it. */
    private static final Duration PARTITIONS_BACK = Duration.ofDays(400);
    private static final Duration PARTITIONS_AHEAD = Duration.ofDays(40);

    private final IngestConfig.Storage config;
    private final String bootstrapServers;
    private final ReadingStore store;
    private final ReadingPublisher publisher;
    private final Counter stored;
    private final Counter duplicates;
    private final Counter undecodable;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile boolean running;
    private volatile boolean healthy = true;
    private Thread thread;
    private Instant partitionsCheckedAt = Instant.EPOCH;

    public StorageWriter(
            IngestConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            ReadingStore store,
            ReadingPublisher publisher,
            MeterRegistry registry) {
        this.config = config.storage();
        this.bootstrapServers = bootstrapServers;
        this.store = store;
        this.publisher = publisher;
        this.stored = Counter.builder("wellwatch.ingest.readings.stored").description("Readings newly stored in PostgreSQL").register(registry);
        this.duplicates = Counter.builder("wellwatch.ingest.readings.duplicates")
                .description("Redelivered readings found already stored (not stored again)")
                .register(registry);
        this.undecodable = Counter.builder("wellwatch.ingest.readings.undecodable")
                .description("Records on the readings topic that are not readings (moved to the dead-letter topic)")
                .register(registry);
    }

    public void start() {
        consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                        ConsumerConfig.GROUP_ID_CONFIG, config.consumerGroup(),
                        ConsumerConfig.CLIENT_ID_CONFIG, "wellwatch-storage",
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                        ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.maxBatch(),
                        ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 64 * 1024,
                        ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100,
                        ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, 600_000),
                new StringDeserializer(),
                new ByteArrayDeserializer());
        consumer.subscribe(List.of(Topics.READINGS));
        running = true;
        thread = new Thread(this, "storage-writer");
        thread.start();
        LOG.infof("Storage writer consuming %s as group %s into %s", Topics.READINGS, config.consumerGroup(), ReadingStore.TABLE);
    }

    public void stop() throws InterruptedException {
        running = false;
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        if (thread != null) {
            thread.join(15_000);
        }
    }

    /** False while the database refuses batches. */
    public boolean isHealthy() {
        return healthy && running;
    }

    @Override
    public void run() {
        try {
            while (running) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
                maintainPartitions();
                if (!records.isEmpty()) {
                    storeUntilDone(records);
                    consumer.commitSync(nextOffsets(records));
                }
            }
        } catch (WakeupException e) {
            // stop() was called
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("Storage writer stopped on an unexpected error; offsets of unstored readings were not committed", e);
            healthy = false;
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void storeUntilDone(ConsumerRecords<String, byte[]> records) throws InterruptedException {
        List<Reading> readings = new ArrayList<>(records.count());
        for (ConsumerRecord<String, byte[]> record : records) {
            Verdict v = ReadingCodec.decode(record.value());
            if (v.isAccepted()) {
                readings.add(v.reading());
            } else {
                // Only ingest writes this topic, after validation; anything else is a foreign producer.
                undecodable.increment();
                String source = "kafka:" + record.topic() + "/" + record.partition() + "@" + record.offset();
                LOG.errorf("Not a reading at %s: %s; moving it to %s", source, v.reason(), Topics.READINGS_DEAD_LETTER);
                deadLetter(new DeadLetter(source, v.reason(), Instant.now(), record.value()));
            }
        }
        while (running) {
            try {
                int inserted = store.store(readings);
                stored.increment(inserted);
                duplicates.increment(readings.size() - inserted);
                if (!healthy) {
                    LOG.infof("Database writes work again; storage writer resumed");
                }
                healthy = true;
                return;
            } catch (java.sql.SQLException e) {
                if (healthy) {
                    LOG.errorf("Storing %d readings failed (%s); retrying every %s, Kafka keeps the backlog", readings.size(), e.getMessage(), config.retryBackoff());
                }
                healthy = false;
                Thread.sleep(config.retryBackoff().toMillis());
            }
        }
        throw new WakeupException(); // stopping: leave the batch uncommitted, it will be redelivered
    }

    private void deadLetter(DeadLetter letter) throws InterruptedException {
        CompletableFuture<Void> sent = new CompletableFuture<>();
        publisher.deadLetter(letter, (meta, error) -> {
            if (error == null) {
                sent.complete(null);
            } else {
                sent.completeExceptionally(error);
            }
        });
        try {
            sent.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not dead-letter " + letter.sourceTopic(), e.getCause());
        }
    }

    private void maintainPartitions() {
        Instant now = Instant.now();
        if (Duration.between(partitionsCheckedAt, now).toHours() < 12) {
            return;
        }
        partitionsCheckedAt = now;
        try {
            int created = store.ensurePartitions(now, PARTITIONS_BACK, PARTITIONS_AHEAD);
            if (created > 0) {
                LOG.infof("Created %d monthly partitions of %s", created, ReadingStore.TABLE);
            }
        } catch (java.sql.SQLException e) {
            LOG.warnf("Could not check partitions of %s: %s (retrying in an hour)", ReadingStore.TABLE, e.getMessage());
            partitionsCheckedAt = now.minus(Duration.ofHours(11));
        }
    }

    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(ConsumerRecords<String, byte[]> records) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition tp : records.partitions()) {
            List<ConsumerRecord<String, byte[]>> list = records.records(tp);
            offsets.put(tp, new OffsetAndMetadata(list.get(list.size() - 1).offset() + 1));
        }
        return offsets;
    }
}
