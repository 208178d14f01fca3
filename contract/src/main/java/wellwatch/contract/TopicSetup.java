package wellwatch.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * Creates WellWatch's Kafka topics when they are missing, with partition counts and retention chosen
 * here, once. Services call it at start-up; production may create them from deploy/ manifests instead,
 * and then this finds them present and does nothing.
 */
public final class TopicSetup {

    /** Readings are replayable for a week: enough to rebuild storage or analytics state after an outage. */
    private static final String READINGS_RETENTION_MS = Long.toString(TimeUnit.DAYS.toMillis(7));
    /** Dead letters and alerts are evidence: kept a year on Kafka (and for good in PostgreSQL). */
    private static final String EVIDENCE_RETENTION_MS = Long.toString(TimeUnit.DAYS.toMillis(365));

    private TopicSetup() {}

    /**
     * @param bootstrapServers Kafka bootstrap servers
     * @param partitions partitions of the readings, power readings and alerts topics (all keyed by well id, so
     *     a well's records of every topic sit on the same partition number)
     * @param replicationFactor replicas per partition (1 on a single broker)
     */
    public static void ensure(String bootstrapServers, int partitions, short replicationFactor)
            throws InterruptedException, ExecutionException, TimeoutException {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 15_000);
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (NewTopic topic : List.of(
                    topic(Topics.READINGS, partitions, replicationFactor, READINGS_RETENTION_MS),
                    topic(Topics.READINGS_DEAD_LETTER, 1, replicationFactor, EVIDENCE_RETENTION_MS),
                    // Replayable for a week like readings; PostgreSQL keeps them (telemetry.power_reading).
                    topic(Topics.POWER_READINGS, partitions, replicationFactor, READINGS_RETENTION_MS),
                    topic(Topics.ALERTS, partitions, replicationFactor, EVIDENCE_RETENTION_MS))) {
                if (!existing.contains(topic.name())) {
                    missing.add(topic);
                }
            }
            if (!missing.isEmpty()) {
                try {
                    admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    // Another instance created it between our list and create: that is what we wanted.
                    if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                        throw e;
                    }
                }
            }
        }
    }

    private static NewTopic topic(String name, int partitions, short replicationFactor, String retentionMs) {
        return new NewTopic(name, partitions, replicationFactor)
                .configs(Map.of(
                        TopicConfig.RETENTION_MS_CONFIG, retentionMs,
                        TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, replicationFactor > 1 ? "2" : "1"));
    }
}
