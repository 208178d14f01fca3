package wellwatch.simulator.bench;

import java.time.Duration;
import java.util.Map;
import wellwatch.simulator.mqtt.Credentials;

/**
 * Options of {@link MqttCeiling}. Endpoints and accounts come from the environment that
 * {@code deploy/local/infra.sh env} prints; the command line sets the size of the test.
 *
 * @param broker MQTT broker URL
 * @param publisher the account that publishes (the gateway account, as the simulator uses)
 * @param subscriber the account that subscribes (the ingest account, as ingest uses)
 * @param messages readings to send in all
 * @param connections publishing connections, one thread each (the simulator's default is 2)
 * @param maxInflight unacknowledged messages per publishing connection (capped by the broker)
 * @param receiveMaximum QoS 1 messages in flight to the subscriber (ingest announces 1000)
 * @param timeout how long to wait for every message to arrive
 */
public record CeilingOptions(
        String broker,
        Credentials publisher,
        Credentials subscriber,
        long messages,
        int connections,
        int maxInflight,
        int receiveMaximum,
        Duration timeout) {

    static final String ENV_MQTT_URL = "WELLWATCH_MQTT_URL";
    static final String ENV_GATEWAY_USER = "WELLWATCH_MQTT_GATEWAY_USER";
    static final String ENV_GATEWAY_PASSWORD = "WELLWATCH_MQTT_GATEWAY_PASSWORD";
    static final String ENV_INGEST_USER = "WELLWATCH_MQTT_INGEST_USER";
    static final String ENV_INGEST_PASSWORD = "WELLWATCH_MQTT_INGEST_PASSWORD";

    static final String USAGE = "usage: java -cp wellwatch-device-simulator.jar wellwatch.simulator.bench.MqttCeiling"
            + " [--messages N (200000)] [--connections N (2)] [--max-inflight N (1000)] [--receive-maximum N (1000)]"
            + " [--timeout-seconds N (120)]; broker and accounts from $" + ENV_MQTT_URL + ", $" + ENV_GATEWAY_USER + "/_PASSWORD, $"
            + ENV_INGEST_USER + "/_PASSWORD";

    public static CeilingOptions parse(String[] args, Map<String, String> env) {
        long messages = 200_000;
        int connections = 2;
        int maxInflight = 1000;
        int receiveMaximum = 1000;
        long timeoutSeconds = 120;
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value; " + USAGE);
            }
            long value = positive(args[i], args[i + 1]);
            switch (args[i]) {
                case "--messages" -> messages = value;
                case "--connections" -> connections = (int) Math.min(value, 1000);
                case "--max-inflight" -> maxInflight = (int) Math.min(value, 65_535);
                case "--receive-maximum" -> receiveMaximum = (int) Math.min(value, 65_535);
                case "--timeout-seconds" -> timeoutSeconds = value;
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; " + USAGE);
            }
        }
        return new CeilingOptions(
                env.getOrDefault(ENV_MQTT_URL, "tcp://127.0.0.1:11883"),
                new Credentials(env.get(ENV_GATEWAY_USER), env.get(ENV_GATEWAY_PASSWORD)),
                new Credentials(env.get(ENV_INGEST_USER), env.get(ENV_INGEST_PASSWORD)),
                messages,
                connections,
                maxInflight,
                receiveMaximum,
                Duration.ofSeconds(timeoutSeconds));
    }

    private static long positive(String name, String raw) {
        try {
            long value = Long.parseLong(raw.replace("_", ""));
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be at least 1, got " + raw);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got '" + raw + "'");
        }
    }
}
