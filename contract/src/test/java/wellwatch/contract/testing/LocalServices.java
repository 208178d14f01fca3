package wellwatch.contract.testing;

/**
 * Where the integration tests find the real services: the environment that {@code ./wellwatch test}
 * sets from {@code deploy/local/infra.sh env}, with the local defaults.
 */
public final class LocalServices {

    private LocalServices() {}

    public static String kafkaBootstrap() {
        return env("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092");
    }

    public static String mqttUrl() {
        return env("WELLWATCH_MQTT_URL", "tcp://127.0.0.1:11883");
    }

    public static String gatewayUser() {
        return env("WELLWATCH_MQTT_GATEWAY_USER", "wellwatch-gateway");
    }

    public static String gatewayPassword() {
        return required("WELLWATCH_MQTT_GATEWAY_PASSWORD");
    }

    public static String devicesFile() {
        return required("WELLWATCH_DEVICES_FILE");
    }

    /** A JDBC connection to the test database, as the services' own role. */
    public static java.sql.Connection testDatabase() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(
                env("WELLWATCH_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/wellwatch_test"),
                env("WELLWATCH_DB_USER", "wellwatch"),
                env("WELLWATCH_DB_PASSWORD", ""));
    }

    /** The password of an API user ({@code analyst}, {@code registrar} or {@code utility}). */
    public static String apiPassword(String user) {
        return required("WELLWATCH_API_" + user.toUpperCase(java.util.Locale.ROOT) + "_PASSWORD");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: run the tests with ./wellwatch test, or eval \"$(deploy/local/infra.sh env)\" first");
        }
        return value;
    }
}
