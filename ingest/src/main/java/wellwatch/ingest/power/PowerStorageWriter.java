package wellwatch.ingest.power;

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
import wellwatch.contract.power.PowerReading;
import wellwatch.contract.power.PowerReadingCodec;
import wellwatch.contract.power.PowerVerdict;
import wellwatch.ingest.IngestConfig;
import wellwatch.ingest.storage.DeadLetters;
import wellwatch.ingest.storage.Partitions;
import wellwatch.ingest.storage.StoreLoop;

/**
 * Consumes {@link Topics#POWER_READINGS} and stores it in {@value PowerReadingStore#TABLE}, with the same
 * guarantees as the readings writer ({@link StoreLoop}: offsets after the database commit, idempotent insert).
 * Runs beside it when {@code wellwatch.storage.enabled}, with its own consumer group.
 */
@Singleton
public class PowerStorageWriter implements StoreLoop.Sink<List<PowerReading>> {

    private static final Logger LOG = Logger.getLogger(PowerStorageWriter.class);

    private final IngestConfig.Storage storage;
    private final PowerConfig.Storage config;
    private final String bootstrapServers;
    private final PowerReadingStore store;
    private final DeadLetters deadLetters;
    private final Counter stored;
    private final Counter redelivered;
    private final Counter undecodable;
    private volatile StoreLoop<List<PowerReading>> loop;

    public PowerStorageWriter(
            IngestConfig ingest,
            PowerConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            PowerReadingStore store,
            DeadLetters deadLetters,
            MeterRegistry registry) {
        this.storage = ingest.storage();
        this.config = config.storage();
        this.bootstrapServers = bootstrapServers;
        this.store = store;
        this.deadLetters = deadLetters;
        this.stored = Counter.builder("wellwatch.ingest.power.readings.stored").description("Power readings newly stored in PostgreSQL").register(registry);
        this.redelivered = Counter.builder("wellwatch.ingest.power.readings.redelivered")
                .description("Power readings the writer found already stored (redelivery, or an upload racing its own re-upload)")
                .register(registry);
        this.undecodable = Counter.builder("wellwatch.ingest.power.readings.undecodable")
                .description("Records on the power topic that are not power readings (moved to the dead-letter topic)")
                .register(registry);
    }

    public void start() {
        loop = new StoreLoop<>(bootstrapServers, new StoreLoop.Settings("power readings", "power-storage-writer", "wellwatch-storage-power",
                Topics.POWER_READINGS, config.consumerGroup(), storage.maxBatch(), storage.retryBackoff(), storage.autoOffsetReset()), this);
        loop.start();
        LOG.infof("Power storage writer consuming %s as group %s into %s", Topics.POWER_READINGS, config.consumerGroup(), PowerReadingStore.TABLE);
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
    public List<PowerReading> decode(ConsumerRecords<String, byte[]> records) throws InterruptedException {
        List<PowerReading> readings = new ArrayList<>(records.count());
        for (ConsumerRecord<String, byte[]> record : records) {
            PowerVerdict v = PowerReadingCodec.decode(record.value());
            if (v.isAccepted()) {
                readings.add(v.reading());
            } else {
                undecodable.increment();
                deadLetters.moveAside(record, v.reason());
            }
        }
        return readings;
    }

    @Override
    public void store(List<PowerReading> readings) throws SQLException {
        int inserted = store.store(readings);
        stored.increment(inserted);
        redelivered.increment(readings.size() - inserted);
    }

    @Override
    public int size(List<PowerReading> readings) {
        return readings.size();
    }

    @Override
    public boolean maintain(Instant now) {
        try {
            int created = store.ensurePartitions(now, Partitions.BACK, Partitions.AHEAD);
            if (created > 0) {
                LOG.infof("Created %d monthly partitions of %s", created, PowerReadingStore.TABLE);
            }
            return true;
        } catch (SQLException e) {
            LOG.warnf("Could not check partitions of %s: %s (retrying in an hour)", PowerReadingStore.TABLE, e.getMessage());
            return false;
        }
    }
}
