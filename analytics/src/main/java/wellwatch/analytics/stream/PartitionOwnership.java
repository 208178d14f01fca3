package wellwatch.analytics.stream;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;
import org.jboss.logging.Logger;
import wellwatch.analytics.rollup.restore.YearToDateRestore;
import wellwatch.analytics.rules.Detector;
import wellwatch.contract.Topics;

/**
 * Keeps the detector's per-well state to the wells of the partitions this instance owns. When a
 * partition moves to another analytics instance, its wells' tracks are dropped here, so this instance
 * neither reports them offline nor holds their memory. When this instance gets a partition, it restores
 * the last stored readings and the year-to-date volume of that partition's registered wells before their
 * readings are consumed ({@link YearToDateRestore}); the rest of the state is rebuilt by the next readings.
 */
@ApplicationScoped
@Identifier(PartitionOwnership.NAME)
public class PartitionOwnership implements KafkaConsumerRebalanceListener {

    public static final String NAME = "readings-partitions";
    private static final Logger LOG = Logger.getLogger(PartitionOwnership.class);

    private final Detector detector;
    private final YearToDateRestore yearToDate;

    public PartitionOwnership(Detector detector, YearToDateRestore yearToDate) {
        this.detector = detector;
        this.yearToDate = yearToDate;
    }

    /**
     * Runs on the consumer's polling thread before the partitions' records are fetched, so the restored
     * state is in place before the first reading of those wells; the restore takes a fixed number of
     * queries for all their wells together.
     */
    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        if (partitions.isEmpty()) {
            return;
        }
        Set<Integer> assigned = partitions.stream().map(TopicPartition::partition).collect(Collectors.toSet());
        int count = consumer.partitionsFor(Topics.READINGS).size();
        int restored = yearToDate.restore(wellId -> assigned.contains(partitionOf(wellId, count)));
        LOG.infof("Readings partitions assigned: %s; restored the last readings and year-to-date volume of %d wells", partitions, restored);
    }

    @Override
    public void onPartitionsRevoked(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        if (partitions.isEmpty()) {
            return;
        }
        Set<Integer> revoked = partitions.stream().map(TopicPartition::partition).collect(Collectors.toSet());
        int count = consumer.partitionsFor(Topics.READINGS).size();
        int dropped;
        synchronized (detector) {
            dropped = detector.evictIf(wellId -> revoked.contains(partitionOf(wellId, count)));
        }
        LOG.infof("Readings partitions revoked: %s; dropped the state of %d wells", partitions, dropped);
    }

    /** The partition Kafka's default partitioner puts a well's readings on (keyed by well id). */
    static int partitionOf(String wellId, int partitions) {
        return Utils.toPositive(Utils.murmur2(wellId.getBytes(StandardCharsets.UTF_8))) % partitions;
    }
}
