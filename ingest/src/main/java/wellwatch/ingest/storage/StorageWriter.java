package wellwatch.ingest.storage;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import wellwatch.contract.Topics;
import wellwatch.contract.reading.Reading;
import wellwatch.contract.reading.ReadingCodec;
import wellwatch.contract.reading.Verdict;
import wellwatch.ingest.IngestConfig;

/**
 * Consumes the readings topic and stores it, a batch at a time ({@link StoreLoop}: offsets are committed
 * only after the batch's rows are, and the store is idempotent, so a crash anywhere stores nothing twice and
 * loses nothing; while PostgreSQL is down the writer retries the same batch and Kafka holds the rest).
 */
@Singleton
public class StorageWriter implements StoreLoop.Sink<List<Reading>> {

    private static final Logger LOG = Logger.getLogger(StorageWriter.class);

    private final IngestConfig.Storage config;
    private final String bootstrapServers;
    private final ReadingStore store;
    private final DeadLetters deadLetters;
    private final Counter stored;
    private final Counter duplicates;
    private final Counter undecodable;
    private volatile StoreLoop<List<Reading>> loop;

    public StorageWriter(
            IngestConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            ReadingStore store,
            DeadLetters deadLetters,
            MeterRegistry registry) {
        this.config = config.storage();
        this.bootstrapServers = bootstrapServers;
        this.store = store;
        this.deadLetters = deadLetters;
        this.stored = Counter.builder("wellwatch.ingest.readings.stored").description("Readings newly stored in PostgreSQL").register(registry);
        this.duplicates = Counter.builder("wellwatch.ingest.readings.duplicates")
                .description("Redelivered readings found already stored (not stored again)")
                .register(registry);
        this.undecodable = Counter.builder("wellwatch.ingest.readings.undecodable")
                .description("Records on the readings topic that are not readings (moved to the dead-letter topic)")
                .register(registry);
    }

    public void start() {
        loop = new StoreLoop<>(bootstrapServers, new StoreLoop.Settings(
                "readings", "storage-writer", "wellwatch-storage", Topics.READINGS, config.consumerGroup(), config.maxBatch(), config.retryBackoff(), config.autoOffsetReset()), this);
        loop.start();
        LOG.infof("Storage writer consuming %s as group %s into %s", Topics.READINGS, config.consumerGroup(), ReadingStore.TABLE);
    }

    public void stop() throws InterruptedException {
        if (loop != null) {
            loop.stop();
        }
    }

    /** False while the database refuses batches. */
    public boolean isHealthy() {
        return loop != null && loop.isHealthy();
    }

    @Override
    public List<Reading> decode(ConsumerRecords<String, byte[]> records) throws InterruptedException {
        List<Reading> readings = new ArrayList<>(records.count());
        for (ConsumerRecord<String, byte[]> record : records) {
            Verdict v = ReadingCodec.decode(record.value());
            if (v.isAccepted()) {
                readings.add(v.reading());
            } else {
                // Only ingest writes this topic, after validation; anything else is a foreign producer.
                undecodable.increment();
                deadLetters.moveAside(record, v.reason());
            }
        }
        return readings;
    }

    @Override
    public void store(List<Reading> readings) throws SQLException {
        int inserted = store.store(readings);
        stored.increment(inserted);
        duplicates.increment(readings.size() - inserted);
    }

    @Override
    public int size(List<Reading> readings) {
        return readings.size();
    }

    @Override
    public boolean maintain(Instant now) {
        try {
            int created = store.ensurePartitions(now, Partitions.BACK, Partitions.AHEAD);
            if (created > 0) {
                LOG.infof("Created %d monthly partitions of %s", created, ReadingStore.TABLE);
            }
            return true;
        } catch (SQLException e) {
            LOG.warnf("Could not check partitions of %s: %s (retrying in an hour)", ReadingStore.TABLE, e.getMessage());
            return false;
        }
    }
}
