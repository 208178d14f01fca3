import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Consumer lag of a few groups on one topic, sampled for deploy/bench/bench.sh. Lag = log end offset minus the
 * group's committed offset, summed over the topic's partitions (what ConsumerGroupCommand --describe shows),
 * or -1 while the group has no committed offset. Runs until killed, one line per sample on stdout:
 * {@code <epoch ms>\t<lag of group 1>\t<lag of group 2>...}.
 *
 * <p>Launched from source, with the Kafka jars the local infrastructure fetched:
 * {@code java -cp "$WELLWATCH_HOME/kafka/lib/*" deploy/bench/LagWatch.java BOOTSTRAP TOPIC INTERVAL_MS GROUP...}
 */
public class LagWatch {

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: LagWatch BOOTSTRAP TOPIC INTERVAL_MS GROUP...");
            System.exit(2);
        }
        String topic = args[1];
        long intervalMs = Long.parseLong(args[2]);
        List<String> groups = List.of(args).subList(3, args.length);
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0],
                AdminClientConfig.CLIENT_ID_CONFIG, "wellwatch-bench-lagwatch",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        try (Admin admin = Admin.create(config)) {
            System.out.println("# epoch_ms\t" + String.join("\t", groups));
            while (true) {
                long started = System.currentTimeMillis();
                try {
                    System.out.println(sample(admin, topic, groups));
                } catch (Exception e) {
                    System.err.println("lagwatch: " + e.getMessage());
                }
                System.out.flush();
                Thread.sleep(Math.max(0, intervalMs - (System.currentTimeMillis() - started)));
            }
        }
    }

    private static String sample(Admin admin, String topic, List<String> groups) throws Exception {
        List<TopicPartition> partitions = new ArrayList<>();
        admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        partitions.forEach(tp -> latest.put(tp, OffsetSpec.latest()));
        var ends = admin.listOffsets(latest).all().get();
        StringBuilder line = new StringBuilder().append(System.currentTimeMillis());
        for (String group : groups) {
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            long lag = 0;
            for (TopicPartition tp : partitions) {
                OffsetAndMetadata c = committed.get(tp);
                if (c == null) {
                    lag = -1;
                    break;
                }
                lag += Math.max(0, ends.get(tp).offset() - c.offset());
            }
            line.append('\t').append(lag);
        }
        return line.toString();
    }
}
