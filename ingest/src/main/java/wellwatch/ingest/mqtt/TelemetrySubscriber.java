package wellwatch.ingest.mqtt;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.jboss.logging.Logger;
import wellwatch.contract.Topics;
import wellwatch.contract.reading.DeadLetter;
import wellwatch.contract.reading.ReadingLimits;
import wellwatch.contract.reading.ReadingValidator;
import wellwatch.contract.reading.Verdict;
import wellwatch.ingest.IngestConfig;
import wellwatch.ingest.device.DeviceDirectory;
import wellwatch.ingest.kafka.ReadingPublisher;

/**
 * Takes device telemetry from MQTT and hands it to Kafka, acknowledging each MQTT message only after
 * Kafka has confirmed it (as a reading or as a dead letter). The session is persistent, so what arrives
 * while ingest is down waits at the broker; what was received but not yet confirmed is redelivered.
 */
@Singleton
public class TelemetrySubscriber implements MqttCallback {

    private static final Logger LOG = Logger.getLogger(TelemetrySubscriber.class);

    private final IngestConfig.Mqtt config;
    private final ReadingPublisher publisher;
    private final DeviceDirectory devices;
    private final ReadingValidator validator;
    private final Counter received;
    private final AtomicBoolean recycling = new AtomicBoolean();
    private volatile MqttAsyncClient client;
    private volatile InOrderAcks acks;

    public TelemetrySubscriber(IngestConfig config, ReadingPublisher publisher, DeviceDirectory devices, MeterRegistry registry) {
        this.config = config.mqtt();
        this.publisher = publisher;
        this.devices = devices;
        this.validator = new ReadingValidator(new ReadingLimits(
                config.validation().maxPayloadBytes(),
                config.validation().maxFutureSkew(),
                config.validation().maxAge(),
                ReadingLimits.defaults().maxFlowM3h(),
                ReadingLimits.defaults().maxPowerKw(),
                ReadingLimits.defaults().maxLevelM()));
        this.received = Counter.builder("wellwatch.ingest.readings.received")
                .description("MQTT telemetry messages received (valid or not)")
                .register(registry);
    }

    public void start() throws MqttException {
        devices.reload();
        client = new MqttAsyncClient(config.url(), config.clientId(), new MemoryPersistence());
        client.setManualAcks(true);
        client.setCallback(this);
        acks = new InOrderAcks(this::sendAck);
        client.connect(connectionOptions()).waitForCompletion(30_000);
        // connectComplete() subscribes, on first connect and on every automatic reconnect.
    }

    public void stop() {
        MqttAsyncClient c = client;
        if (c == null) {
            return;
        }
        try {
            if (c.isConnected()) {
                c.disconnect(5_000).waitForCompletion(6_000);
            }
            c.close(true);
        } catch (MqttException e) {
            LOG.warnf("MQTT disconnect: %s", e.getMessage());
        }
    }

    public boolean isConnected() {
        MqttAsyncClient c = client;
        return c != null && c.isConnected();
    }

    /** Messages received but not yet confirmed by Kafka (bounded by the receive maximum). */
    public int inFlight() {
        InOrderAcks a = acks;
        return a == null ? 0 : a.pendingCount();
    }

    private MqttConnectionOptions connectionOptions() {
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setUserName(config.username());
        config.password().ifPresent(p -> options.setPassword(p.getBytes(StandardCharsets.UTF_8)));
        options.setCleanStart(false);
        options.setSessionExpiryInterval(config.sessionExpiry().toSeconds());
        options.setReceiveMaximum(config.receiveMaximum());
        options.setAutomaticReconnect(true);
        options.setAutomaticReconnectDelay(1, 10);
        options.setKeepAliveInterval(30);
        return options;
    }

    private String subscription() {
        return config.sharedGroup().map(g -> "$share/" + g + "/" + Topics.TELEMETRY_FILTER).orElse(Topics.TELEMETRY_FILTER);
    }

    @Override
    public void connectComplete(boolean reconnect, String serverUri) {
        try {
            client.subscribe(subscription(), 1);
            LOG.infof("MQTT %s to %s as %s, subscribed to %s (QoS 1, persistent session)",
                    reconnect ? "reconnected" : "connected", serverUri, config.clientId(), subscription());
        } catch (MqttException e) {
            LOG.errorf(e, "MQTT subscribe to %s failed", subscription());
        }
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {
        received.increment();
        InOrderAcks tracker = acks;
        InOrderAcks.Slot slot = tracker.arrived(message.getId(), message.getQos());
        byte[] payload = message.getPayload();
        Verdict verdict = validator.check(Topics.wellIdOfTelemetry(topic), payload, Instant.now());
        if (verdict.isAccepted()) {
            String refusal = devices.refusal(verdict.reading().deviceId(), verdict.reading().wellId());
            if (refusal != null) {
                verdict = Verdict.rejected(refusal);
            }
        }
        if (verdict.isAccepted()) {
            publisher.publish(verdict.reading(), (meta, error) -> onKafka(tracker, slot, error));
        } else {
            LOG.debugf("Dead-lettering payload from %s: %s", topic, verdict.reason());
            publisher.deadLetter(new DeadLetter(topic, verdict.reason(), Instant.now(), payload),
                    (meta, error) -> onKafka(tracker, slot, error));
        }
    }

    private void onKafka(InOrderAcks tracker, InOrderAcks.Slot slot, Exception error) {
        if (error == null) {
            tracker.confirm(slot);
            return;
        }
        // Not acknowledged, and nothing after it can be (PUBACKs go in order): drop the connection so the
        // broker redelivers everything unacknowledged once Kafka takes records again.
        LOG.errorf("Kafka refused a record (%s); reconnecting to MQTT so the broker redelivers", error.getMessage());
        recycleConnection();
    }

    private void recycleConnection() {
        if (!recycling.compareAndSet(false, true)) {
            return;
        }
        Thread recycler = new Thread(() -> {
            try {
                acks.reset();
                client.disconnectForcibly(0, 1_000, false);
                client.reconnect();
            } catch (MqttException e) {
                LOG.warnf("MQTT reconnect after Kafka failure: %s (automatic reconnect continues)", e.getMessage());
            } finally {
                recycling.set(false);
            }
        }, "mqtt-recycle");
        recycler.setDaemon(true);
        recycler.start();
    }

    private void sendAck(int messageId, int qos) {
        try {
            client.messageArrivedComplete(messageId, qos);
        } catch (MqttException e) {
            // The connection is gone; the broker redelivers on reconnect.
            LOG.debugf("PUBACK %d not sent: %s", messageId, e.getMessage());
        }
    }

    @Override
    public void disconnected(MqttDisconnectResponse response) {
        acks.reset();
        LOG.warnf("MQTT disconnected: %s; unacknowledged messages will be redelivered", response.getReasonString());
    }

    @Override
    public void mqttErrorOccurred(MqttException exception) {
        LOG.errorf("MQTT error: %s", exception.getMessage());
    }

    @Override
    public void deliveryComplete(IMqttToken token) {}

    @Override
    public void authPacketArrived(int reasonCode, MqttProperties properties) {}
}
