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

    /** The suite's own name ({@code WELLWATCH_TEST_DB}): test databases and Kafka groups are named after it. */
    public static String suite() {
        return env("WELLWATCH_TEST_DB", "wellwatch_test");
    }

    /**
     * Waits until the service's consumer group has partitions assigned. The services' test profile starts
     * consumers at the latest offset (a test must not replay the topic's history), so a test produces only
     * once the consumer is positioned.
     */
    public static void awaitConsumerGroupAssigned(String groupId, java.time.Duration timeout) throws Exception {
        java.time.Instant deadline = java.time.Instant.now().plus(timeout);
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(
                java.util.Map.of(org.apache.kafka.clients.admin.AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrap()))) {
            while (true) {
                var group = admin.describeConsumerGroups(java.util.List.of(groupId)).all().get().get(groupId);
                boolean assigned = group.members().stream().anyMatch(m -> !m.assignment().topicPartitions().isEmpty());
                if (assigned && group.groupState() == org.apache.kafka.common.GroupState.STABLE) {
                    return;
                }
                if (java.time.Instant.now().isAfter(deadline)) {
                    throw new AssertionError("consumer group " + groupId + " has no partitions assigned after " + timeout + " (state " + group.groupState() + ")");
                }
                Thread.sleep(200);
            }
        }
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
