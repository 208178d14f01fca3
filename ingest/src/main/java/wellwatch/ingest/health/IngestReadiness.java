package wellwatch.ingest.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import wellwatch.ingest.IngestConfig;
import wellwatch.ingest.mqtt.TelemetrySubscriber;
import wellwatch.ingest.power.PowerStorageWriter;
import wellwatch.ingest.storage.StorageWriter;

/** Ready when the parts this instance runs can do their job: MQTT connected, database writes of both storage writers working. */
@Readiness
@ApplicationScoped
public class IngestReadiness implements HealthCheck {

    private final IngestConfig config;
    private final TelemetrySubscriber subscriber;
    private final StorageWriter writer;
    private final PowerStorageWriter powerWriter;

    public IngestReadiness(IngestConfig config, TelemetrySubscriber subscriber, StorageWriter writer, PowerStorageWriter powerWriter) {
        this.config = config;
        this.subscriber = subscriber;
        this.writer = writer;
        this.powerWriter = powerWriter;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("wellwatch-ingest");
        boolean up = true;
        if (config.mqtt().enabled()) {
            response.withData("mqttConnected", subscriber.isConnected()).withData("mqttInFlight", subscriber.inFlight());
            up &= subscriber.isConnected();
        }
        if (config.storage().enabled()) {
            response.withData("storageWriting", writer.isHealthy());
            response.withData("powerStorageWriting", powerWriter.isHealthy());
            up &= writer.isHealthy() && powerWriter.isHealthy();
        }
        return response.status(up).build();
    }
}
