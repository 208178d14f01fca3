package wellwatch.ingest;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import wellwatch.contract.TopicSetup;
import wellwatch.ingest.mqtt.TelemetrySubscriber;
import wellwatch.ingest.power.PowerStorageWriter;
import wellwatch.ingest.storage.StorageWriter;

/**
 * Starts ingest's parts in dependency order — Kafka topics, storage writers (readings, power readings), MQTT
 * subscriber — and stops them in reverse, so MQTT stops taking messages before anything downstream closes.
 */
@ApplicationScoped
public class IngestLifecycle {

    private static final Logger LOG = Logger.getLogger(IngestLifecycle.class);

    private final IngestConfig config;
    private final String bootstrapServers;
    private final TelemetrySubscriber subscriber;
    private final StorageWriter writer;
    private final PowerStorageWriter powerWriter;

    public IngestLifecycle(
            IngestConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            TelemetrySubscriber subscriber,
            StorageWriter writer,
            PowerStorageWriter powerWriter) {
        this.config = config;
        this.bootstrapServers = bootstrapServers;
        this.subscriber = subscriber;
        this.writer = writer;
        this.powerWriter = powerWriter;
    }

    void onStart(@Observes StartupEvent event) throws Exception {
        TopicSetup.ensure(bootstrapServers, config.kafka().readingsPartitions(), config.kafka().replicationFactor());
        LOG.infof("Kafka topics ready on %s", bootstrapServers);
        if (config.storage().enabled()) {
            writer.start();
            powerWriter.start();
        }
        if (config.mqtt().enabled()) {
            subscriber.start();
        }
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        if (config.mqtt().enabled()) {
            subscriber.stop();
        }
        if (config.storage().enabled()) {
            powerWriter.stop();
            writer.stop();
        }
    }
}
