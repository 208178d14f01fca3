package wellwatch.ingest.power;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import wellwatch.contract.power.PowerLimits;

/** Settings of the power utility's upload and the power storage writer ({@code wellwatch.power.*}). */
@ConfigMapping(prefix = "wellwatch.power")
public interface PowerConfig {

    Upload upload();

    Storage storage();

    interface Upload {
        /** Most rows in one request (the HTTP body limit, quarkus.http.limits.max-body-size, caps bytes). */
        @WithDefault("100000")
        int maxRows();

        /** How long a request waits for Kafka to confirm its rows before answering 503. */
        @WithDefault("60s")
        Duration publishTimeout();

        /** Longest interval accepted. */
        @WithDefault("31d")
        Duration maxInterval();

        /** How far past the server clock an interval may end. */
        @WithDefault("10m")
        Duration maxFutureSkew();

        /** Oldest interval start accepted. */
        @WithDefault("400d")
        Duration maxAge();

        /** Power no well pump draws: an interval's kWh may not exceed it times the interval's hours. */
        @WithDefault("5000")
        double maxKw();

        default PowerLimits limits() {
            return new PowerLimits(maxInterval(), maxFutureSkew(), maxAge(), maxKw());
        }
    }

    interface Storage {
        /** Consumer group of the power storage writer (runs when wellwatch.storage.enabled). */
        @WithDefault("wellwatch-storage-power")
        String consumerGroup();
    }
}
