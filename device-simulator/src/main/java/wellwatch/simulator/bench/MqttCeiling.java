package wellwatch.simulator.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import wellwatch.contract.Json;
import wellwatch.contract.reading.ReadingCodec;
import wellwatch.simulator.mqtt.MqttSettings;
import wellwatch.simulator.mqtt.PublishStats;
import wellwatch.simulator.mqtt.PublisherPool;
import wellwatch.simulator.well.DutyCycle;
import wellwatch.simulator.well.SimulatedWell;

/**
 * The raw MQTT ceiling of the benchmark ({@code deploy/bench/bench.sh}): QoS 1 readings per second from the
 * simulator's own publishers (gateway account, same in-flight window) through the broker to one Paho v5
 * subscriber (ingest account, same receive maximum as ingest), with nothing of WellWatch in between. The
 * payload is one real reading, so the size matches. The topic, {@code wells/bench-ceiling/<pid>}, is inside
 * both accounts' ACL but outside {@code wells/+/telemetry}: no ingest sees these messages.
 *
 * <p>stdout, last line: {@code {"messages":..,"sent":..,"acked":..,"failed":..,"received":..,"payloadBytes":..,
 * "connections":..,"seconds":..,"ratePerSec":..}} where {@code seconds} runs from the first publish to the
 * last message received and {@code ratePerSec = received / seconds}. Exit status 0 when every message
 * arrived, 3 otherwise, 2 on bad options, 1 when the broker could not be reached.
 */
public final class MqttCeiling {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /** What one measurement gave. */
    public record Result(long messages, long sent, long acked, long failed, long received, int payloadBytes,
            int connections, double seconds) {

        public double ratePerSec() {
            return seconds > 0 ? received / seconds : 0;
        }

        public String toJson() {
            return new String(Json.write(g -> {
                g.writeStartObject();
                g.writeNumberField("messages", messages);
                g.writeNumberField("sent", sent);
                g.writeNumberField("acked", acked);
                g.writeNumberField("failed", failed);
                g.writeNumberField("received", received);
                g.writeNumberField("payloadBytes", payloadBytes);
                g.writeNumberField("connections", connections);
                g.writeNumberField("seconds", Math.round(seconds * 1000) / 1000.0);
                g.writeNumberField("ratePerSec", Math.round(ratePerSec() * 10) / 10.0);
                g.writeEndObject();
            }), StandardCharsets.UTF_8);
        }
    }

    private MqttCeiling() {}

    public static void main(String[] args) {
        Logger.getLogger("org.eclipse.paho").setLevel(Level.OFF);
        CeilingOptions options;
        try {
            options = CeilingOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("mqtt-ceiling: " + e.getMessage());
            System.exit(2);
            return;
        }
        try {
            Result result = run(options);
            System.out.println(result.toJson());
            System.exit(result.received() == result.messages() ? 0 : 3);
        } catch (MqttException | RuntimeException e) {
            System.err.println("mqtt-ceiling: " + e.getMessage());
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(1);
        }
    }

    /** One reading of a simulated well, encoded as the simulator publishes it (~200 bytes, ts in milliseconds). */
    static byte[] samplePayload() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        SimulatedWell well = SimulatedWell.create("W000042", "RTU-W000042", 1, now.toEpochMilli() * 1000, now,
                DutyCycle.defaults(), List.of());
        return ReadingCodec.encode(well.readingAt(now));
    }

    static Result run(CeilingOptions options) throws MqttException, InterruptedException {
        long pid = ProcessHandle.current().pid();
        String topic = "wells/bench-ceiling/" + pid;
        byte[] payload = samplePayload();
        Receiver receiver = new Receiver(options.messages());
        MqttAsyncClient subscriber = subscribe(options, "wellwatch-bench-ceiling-sub-" + pid, topic, receiver);
        PublishStats stats = new PublishStats();
        MqttSettings settings = new MqttSettings(options.broker(), 1, options.maxInflight(),
                "wellwatch-bench-ceiling-" + pid, CONNECT_TIMEOUT, Duration.ZERO);
        try (PublisherPool pool = PublisherPool.gateway(settings, options.publisher(), options.connections(), stats)) {
            System.err.printf("mqtt-ceiling: %d messages of %d bytes, QoS 1, %d publishing connection(s) as %s (window %d), "
                            + "one subscriber as %s (receive maximum %d), topic %s%n",
                    options.messages(), payload.length, pool.size(), options.publisher(), pool.window(),
                    options.subscriber(), options.receiveMaximum(), topic);
            long start = System.nanoTime();
            List<Thread> threads = new ArrayList<>();
            for (int k = 0; k < pool.size(); k++) {
                long share = options.messages() / pool.size() + (k < options.messages() % pool.size() ? 1 : 0);
                int connection = k;
                Thread t = new Thread(() -> publish(pool, connection, topic, payload, share), "ceiling-publisher-" + k);
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                t.join();
            }
            receiver.all.await(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
            long end = receiver.count.get() == options.messages() ? receiver.lastNanos : System.nanoTime();
            PublishStats.Snapshot s = stats.snapshot();
            return new Result(options.messages(), s.sent(), s.acked(), s.failed(), receiver.count.get(), payload.length,
                    pool.size(), (end - start) / 1e9);
        } finally {
            close(subscriber);
        }
    }

    private static void publish(PublisherPool pool, int connection, String topic, byte[] payload, long count) {
        try {
            for (long i = 0; i < count; i++) {
                pool.get(connection).publish(topic, payload, () -> false);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static MqttAsyncClient subscribe(CeilingOptions options, String clientId, String topic, Receiver receiver)
            throws MqttException {
        MqttAsyncClient client = new MqttAsyncClient(options.broker(), clientId, new MemoryPersistence());
        MqttConnectionOptions connect = new MqttConnectionOptions();
        connect.setCleanStart(true);
        connect.setSessionExpiryInterval(0L);
        connect.setReceiveMaximum(options.receiveMaximum());
        connect.setConnectionTimeout((int) CONNECT_TIMEOUT.toSeconds());
        if (options.subscriber().username() != null) {
            connect.setUserName(options.subscriber().username());
        }
        if (options.subscriber().password() != null) {
            connect.setPassword(options.subscriber().password().getBytes(StandardCharsets.UTF_8));
        }
        client.setCallback(receiver);
        client.connect(connect).waitForCompletion(CONNECT_TIMEOUT.toMillis());
        IMqttToken subscribed = client.subscribe(topic, 1);
        subscribed.waitForCompletion(CONNECT_TIMEOUT.toMillis());
        int[] granted = subscribed.getReasonCodes();
        if (granted == null || granted.length == 0 || granted[0] > 1) {
            close(client);
            throw new IllegalStateException("subscription to " + topic + " as " + options.subscriber() + " refused (reason "
                    + (granted == null || granted.length == 0 ? "none" : granted[0]) + ")");
        }
        return client;
    }

    private static void close(MqttAsyncClient client) {
        try {
            client.disconnect(1000).waitForCompletion(2000);
        } catch (MqttException | RuntimeException e) {
            // closing anyway
        }
        try {
            client.close(true);
        } catch (MqttException | RuntimeException e) {
            // nothing left to release
        }
    }

    /** Counts what arrives; Paho acknowledges each message when this callback returns. */
    private static final class Receiver implements MqttCallback {

        final AtomicLong count = new AtomicLong();
        final CountDownLatch all = new CountDownLatch(1);
        final long expected;
        volatile long lastNanos;

        Receiver(long expected) {
            this.expected = expected;
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            lastNanos = System.nanoTime();
            if (count.incrementAndGet() == expected) {
                all.countDown();
            }
        }

        @Override
        public void disconnected(MqttDisconnectResponse response) {
            System.err.println("mqtt-ceiling: subscriber disconnected: " + response.getReasonString());
        }

        @Override
        public void mqttErrorOccurred(MqttException exception) {
            System.err.println("mqtt-ceiling: " + exception.getMessage());
        }

        @Override
        public void deliveryComplete(IMqttToken token) {}

        @Override
        public void connectComplete(boolean reconnect, String serverUri) {}

        @Override
        public void authPacketArrived(int reasonCode, MqttProperties properties) {}
    }
}
