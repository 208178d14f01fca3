package wellwatch.ingest;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import wellwatch.contract.TopicSetup;
import wellwatch.ingest.mqtt.TelemetrySubscriber;
import wellwatch.ingest.storage.StorageWriter;

/**
 * Starts ingest's parts in dependency order — Kafka topics, storage writer, MQTT subscriber — and stops
 * them in reverse, so MQTT stops taking messages before anything downstream closes.
 */
@ApplicationScoped
public class IngestLifecycle {

    private static final Logger LOG = Logger.getLogger(IngestLifecycle.class);

    private final IngestConfig config;
    private final String bootstrapServers;
    private final TelemetrySubscriber subscriber;
    private final StorageWriter writer;

    public IngestLifecycle(
            IngestConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            TelemetrySubscriber subscriber,
            StorageWriter writer) {
        this.config = config;
        this.bootstrapServers = bootstrapServers;
        this.subscriber = subscriber;
        this.writer = writer;
    }

    void onStart(@Observes StartupEvent event) throws Exception {
        TopicSetup.ensure(bootstrapServers, config.kafka().readingsPartitions(), config.kafka().replicationFactor());
        LOG.infof("Kafka topics ready on %s", bootstrapServers);
        if (config.storage().enabled()) {
            writer.start();
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
            writer.stop();
        }
    }
}
