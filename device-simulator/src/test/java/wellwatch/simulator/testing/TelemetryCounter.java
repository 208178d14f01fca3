package wellwatch.simulator.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import wellwatch.contract.Topics;
import wellwatch.contract.reading.Reading;
import wellwatch.contract.reading.ReadingLimits;
import wellwatch.contract.reading.ReadingValidator;
import wellwatch.contract.reading.Verdict;

/**
 * Subscribes to every telemetry topic as the ingest account and counts the distinct readings (well, device,
 * seq) that a test is interested in; readings of other publishers on the shared broker are ignored.
 */
public final class TelemetryCounter implements AutoCloseable {

    private final MqttAsyncClient client;
    private final Predicate<Reading> mine;
    private final ReadingValidator validator = new ReadingValidator(ReadingLimits.defaults());
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final AtomicLong duplicates = new AtomicLong();
    private final Map<String, String> rejected = new ConcurrentHashMap<>();

    private TelemetryCounter(MqttAsyncClient client, Predicate<Reading> mine) {
        this.client = client;
        this.mine = mine;
    }

    public static TelemetryCounter subscribe(Map<String, String> env, Predicate<Reading> mine) throws MqttException {
        MqttAsyncClient client = new MqttAsyncClient(
                env.get(LocalInfra.MQTT_URL), "sim-it-counter-" + UUID.randomUUID(), new MemoryPersistence());
        TelemetryCounter counter = new TelemetryCounter(client, mine);
        client.setCallback(counter.new Events());
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setCleanStart(true);
        options.setUserName(env.get(LocalInfra.INGEST_USER));
        options.setPassword(env.get(LocalInfra.INGEST_PASSWORD).getBytes(StandardCharsets.UTF_8));
        options.setReceiveMaximum(1000);
        client.connect(options).waitForCompletion(10_000);
        client.subscribe(Topics.TELEMETRY_FILTER, 1).waitForCompletion(10_000);
        return counter;
    }

    /** Waits until {@code expected} distinct readings arrived or the timeout passed; returns the count. */
    public int awaitCount(int expected, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (seen.size() < expected && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        Thread.sleep(300); // let any surplus (duplicates, strays) arrive too
        return seen.size();
    }

    public long duplicates() {
        return duplicates.get();
    }

    public Map<String, String> rejected() {
        return rejected;
    }

    @Override
    public void close() throws MqttException {
        try {
            client.disconnect().waitForCompletion(5_000);
        } finally {
            client.close(true);
        }
    }

    private final class Events implements MqttCallback {

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            Verdict verdict = validator.check(Topics.wellIdOfTelemetry(topic), message.getPayload(), Instant.now());
            if (!verdict.isAccepted()) {
                rejected.put(topic, verdict.reason());
                return;
            }
            Reading r = verdict.reading();
            if (mine.test(r) && !seen.add(r.wellId() + "/" + r.deviceId() + "/" + r.seq())) {
                duplicates.incrementAndGet();
            }
        }

        @Override
        public void disconnected(MqttDisconnectResponse response) {}

        @Override
        public void mqttErrorOccurred(MqttException exception) {}

        @Override
        public void deliveryComplete(IMqttToken token) {}

        @Override
        public void connectComplete(boolean reconnect, String serverUri) {}

        @Override
        public void authPacketArrived(int reasonCode, MqttProperties properties) {}
    }
}
