package wellwatch.analytics;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Analytics' own settings ({@code wellwatch.*}), each with its documented default. */
@ConfigMapping(prefix = "wellwatch")
public interface AnalyticsConfig {

    Registry registry();

    Alerts alerts();

    Kafka kafka();

    interface Kafka {
        /** Partitions of the readings and alerts topics when analytics has to create them. */
        @WithDefault("6")
        int partitions();
    }

    interface Registry {
        /** How often the in-memory well directory reloads from the registry tables. */
        @WithDefault("30s")
        Duration refresh();

        /** A wells CSV (well_id,unit_id,status,status_since) imported at start-up: the demo's registry. */
        Optional<String> seedFile();
    }

    interface Alerts {
        /** How often the outbox retries alerts a failed publish left behind (new ones go out at once). */
        @WithDefault("1s")
        Duration publishInterval();
    }
}
