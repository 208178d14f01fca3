package wellwatch.simulator.mqtt;

import java.time.Duration;

/**
 * How the simulator talks to the broker.
 *
 * @param brokerUrl e.g. {@code tcp://127.0.0.1:11883}
 * @param qos QoS of every reading (1 by default)
 * @param maxInflight most unacknowledged readings per connection; capped by the broker's receive maximum
 * @param clientIdPrefix start of every MQTT client id of this run
 * @param connectTimeout how long the first connection attempt may take
 * @param sessionExpiry how long the broker keeps a connection's session after it drops, so that messages in
 *     flight are redelivered after an automatic reconnect
 */
public record MqttSettings(
        String brokerUrl,
        int qos,
        int maxInflight,
        String clientIdPrefix,
        Duration connectTimeout,
        Duration sessionExpiry) {}
