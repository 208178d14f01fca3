package wellwatch.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Ingest's own settings ({@code wellwatch.*}); defaults suit the local infrastructure. */
@ConfigMapping(prefix = "wellwatch")
public interface IngestConfig {

    Mqtt mqtt();

    Kafka kafka();

    Storage storage();

    Validation validation();

    interface Mqtt {
        /** Subscribe to devices' telemetry; off for an instance that only runs the storage writer. */
        @WithDefault("true")
        boolean enabled();

        /** Broker URL, e.g. tcp://127.0.0.1:11883 or ssl://broker:8883. */
        String url();

        String username();

        Optional<String> password();

        /** Fixed per instance: the broker keeps this client's session (and queued messages) across restarts. */
        @WithDefault("wellwatch-ingest-1")
        String clientId();

        /** MQTT shared-subscription group; set it to run several ingest instances side by side. */
        Optional<String> sharedGroup();

        /** How long the broker keeps the session (and queues messages) while ingest is away. */
        @WithDefault("P7D")
        Duration sessionExpiry();

        /** Receive maximum: QoS 1 messages in flight to ingest before the broker waits for PUBACKs. */
        @WithDefault("1000")
        int receiveMaximum();
    }

    interface Kafka {
        /** Partitions of the readings topic when ingest creates it: the unit of scale-out. */
        @WithDefault("6")
        int readingsPartitions();

        @WithDefault("1")
        short replicationFactor();
    }

    interface Storage {
        /** Run the storage writer (Kafka -> PostgreSQL) in this instance. */
        @WithDefault("true")
        boolean enabled();

        @WithDefault("wellwatch-storage")
        String consumerGroup();

        /** Largest batch written in one COPY + commit. */
        @WithDefault("10000")
        int maxBatch();

        /** Wait before retrying a batch after a database error. */
        @WithDefault("1s")
        Duration retryBackoff();

        /**
         * Where a consumer group without committed offsets starts: {@code earliest} (every retained record:
         * the only safe choice in production) or {@code latest} (the demo, which shows only its own run).
         */
        @WithDefault("earliest")
        String autoOffsetReset();
    }

    interface Validation {
        @WithDefault("8192")
        int maxPayloadBytes();

        @WithDefault("10m")
        Duration maxFutureSkew();

        @WithDefault("400d")
        Duration maxAge();

        /** How often the device -> well table is re-read from the registry. */
        @WithDefault("60s")
        Duration deviceRefresh();
    }
}
