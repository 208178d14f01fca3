package wellwatch.simulator.mqtt;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttClientException;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;

/**
 * One MQTT v5 connection that publishes asynchronously within an in-flight window: at most
 * {@link #window()} readings are unacknowledged at any time (the smaller of {@code --max-inflight} and the
 * receive maximum the broker announced). When the window is full, or the connection is down, {@link #publish}
 * waits; it never drops a reading. The session outlives a dropped connection ({@code cleanStart=false}, a
 * session expiry) so that Paho resends what was in flight after its automatic reconnect.
 */
public final class Publisher {

    private static final int UNLIMITED_RECEIVE_MAXIMUM = 65_535;
    private static final long WAIT_SLICE_MS = 50;

    private final MqttAsyncClient client;
    private final MqttSettings settings;
    private final PublishStats stats;
    private final String label;
    private final IMqttToken connectToken;
    private Semaphore window;
    private int windowSize;

    private Publisher(MqttAsyncClient client, MqttSettings settings, PublishStats stats, String label,
            IMqttToken connectToken) {
        this.client = client;
        this.settings = settings;
        this.stats = stats;
        this.label = label;
        this.connectToken = connectToken;
    }

    /** Starts connecting; call {@link #awaitConnected()} before publishing. */
    public static Publisher start(MqttSettings settings, Credentials credentials, String clientId, PublishStats stats)
            throws MqttException {
        MqttAsyncClient client = new MqttAsyncClient(settings.brokerUrl(), clientId, new MemoryPersistence());
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setCleanStart(false);
        options.setSessionExpiryInterval(settings.sessionExpiry().toSeconds());
        options.setAutomaticReconnect(true);
        options.setAutomaticReconnectDelay(1, 5);
        options.setKeepAliveInterval(30);
        options.setConnectionTimeout((int) Math.max(1, settings.connectTimeout().toSeconds()));
        if (credentials.username() != null) {
            options.setUserName(credentials.username());
        }
        if (credentials.password() != null) {
            options.setPassword(credentials.password().getBytes(StandardCharsets.UTF_8));
        }
        String label = clientId + " (" + credentials + ")";
        client.setCallback(new ConnectionEvents(stats, label));
        stats.connectionOpened();
        return new Publisher(client, settings, stats, label, client.connect(options));
    }

    /** Waits for the first connection; throws with a message naming broker and account when it fails. */
    public void awaitConnected() throws MqttException {
        try {
            connectToken.waitForCompletion(settings.connectTimeout().toMillis() + 1000);
        } catch (MqttException e) {
            throw new MqttException(e.getReasonCode(),
                    new IllegalStateException("cannot connect to " + settings.brokerUrl() + " as " + label + ": " + e.getMessage(), e));
        }
        Integer receiveMaximum = connectToken.getResponseProperties() == null
                ? null
                : connectToken.getResponseProperties().getReceiveMaximum();
        int brokerWindow = receiveMaximum == null || receiveMaximum <= 0 ? UNLIMITED_RECEIVE_MAXIMUM : receiveMaximum;
        windowSize = Math.min(settings.maxInflight(), brokerWindow);
        window = new Semaphore(windowSize);
    }

    public int window() {
        return windowSize;
    }

    /**
     * Publishes one reading asynchronously, first waiting for a free slot in the window (and for the
     * connection, if it is down).
     *
     * @param stopped checked while waiting: when it turns true the reading is given up (not sent)
     * @return false when the reading was given up because of {@code stopped}
     */
    public boolean publish(String topic, byte[] payload, BooleanSupplier stopped) throws InterruptedException {
        while (!window.tryAcquire(WAIT_SLICE_MS, TimeUnit.MILLISECONDS)) {
            if (stopped.getAsBoolean()) {
                return false;
            }
        }
        Delivery delivery = new Delivery(this);
        while (true) {
            stats.sent();
            try {
                client.publish(topic, payload, settings.qos(), false, null, delivery);
                return true;
            } catch (MqttException e) {
                if (!isTransient(e)) {
                    delivery.refused();
                    return true;
                }
                stats.unsent();
                if (stopped.getAsBoolean()) {
                    window.release();
                    return false;
                }
                Thread.sleep(e.getReasonCode() == MqttClientException.REASON_CODE_MAX_INFLIGHT ? 1 : WAIT_SLICE_MS);
            }
        }
    }

    /** Called once per reading when the broker acknowledged it or it failed for good. */
    void settled(boolean acked) {
        if (acked) {
            stats.acked();
        } else {
            stats.failed();
        }
        window.release();
    }

    /** Ends the session (expiry 0, so the broker forgets it) and releases the client's threads. */
    public void close() {
        try {
            if (client.isConnected()) {
                MqttProperties properties = new MqttProperties();
                properties.setSessionExpiryInterval(0L);
                client.disconnect(1000, null, null, 0, properties).waitForCompletion(2000);
            } else {
                client.disconnectForcibly(0, 1000, false);
            }
        } catch (MqttException | RuntimeException e) {
            // closing anyway
        }
        try {
            client.close(true);
        } catch (MqttException | RuntimeException e) {
            // nothing left to release
        }
    }

    private static boolean isTransient(MqttException e) {
        int code = e.getReasonCode();
        return code == MqttClientException.REASON_CODE_CLIENT_NOT_CONNECTED
                || code == MqttClientException.REASON_CODE_CLIENT_DISCONNECTING
                || code == MqttClientException.REASON_CODE_CONNECTION_LOST
                || code == MqttClientException.REASON_CODE_CONNECT_IN_PROGRESS
                || code == MqttClientException.REASON_CODE_MAX_INFLIGHT
                || code == MqttClientException.REASON_CODE_NO_MESSAGE_IDS_AVAILABLE;
    }

    /** Keeps the connection counters and tells the operator when a connection drops or comes back. */
    private record ConnectionEvents(PublishStats stats, String label) implements MqttCallback {

        @Override
        public void connectComplete(boolean reconnect, String serverUri) {
            stats.connectionUp(reconnect);
            if (reconnect) {
                System.err.println("mqtt: " + label + " reconnected to " + serverUri);
            }
        }

        @Override
        public void disconnected(MqttDisconnectResponse response) {
            stats.connectionDown();
            System.err.println("mqtt: " + label + " lost its connection: " + describe(response));
        }

        @Override
        public void mqttErrorOccurred(MqttException exception) {
            System.err.println("mqtt: " + label + ": " + exception.getMessage());
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {}

        @Override
        public void deliveryComplete(IMqttToken token) {}

        @Override
        public void authPacketArrived(int reasonCode, MqttProperties properties) {}

        private static String describe(MqttDisconnectResponse response) {
            if (response.getException() != null) {
                return response.getException().getMessage();
            }
            return "reason " + response.getReturnCode()
                    + (response.getReasonString() != null ? " (" + response.getReasonString() + ")" : "");
        }
    }
}
