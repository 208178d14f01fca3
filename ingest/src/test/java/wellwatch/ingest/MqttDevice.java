package wellwatch.ingest;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import wellwatch.contract.testing.LocalServices;

/** A real MQTT publisher for tests: connects to the project's Mosquitto as the data concentrator. */
public final class MqttDevice implements AutoCloseable {

    private final MqttClient client;

    private MqttDevice(String username, String password) throws MqttException {
        client = new MqttClient(LocalServices.mqttUrl(), "test-device-" + UUID.randomUUID(), new MemoryPersistence());
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setUserName(username);
        options.setPassword(password.getBytes(StandardCharsets.UTF_8));
        client.connect(options);
    }

    public static MqttDevice gateway() throws MqttException {
        return new MqttDevice(LocalServices.gatewayUser(), LocalServices.gatewayPassword());
    }

    /** Publishes at QoS 1 and returns once the broker has acknowledged. */
    public void publish(String topic, byte[] payload) throws MqttException {
        client.publish(topic, payload, 1, false);
    }

    public void publish(String topic, String payload) throws MqttException {
        publish(topic, payload.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws MqttException {
        client.disconnect();
        client.close();
    }
}
