package wellwatch.contract;

/**
 * Every topic name WellWatch uses, in one place. MQTT topics are where devices publish; Kafka topics
 * carry readings between services. Tests import these constants rather than repeating the strings.
 */
public final class Topics {

    /** MQTT: a device publishes its readings to {@code wells/<wellId>/telemetry} at QoS 1. */
    public static final String TELEMETRY_FILTER = "wells/+/telemetry";

    /** Kafka: validated readings, keyed by well id, value = {@link wellwatch.contract.reading.Reading} JSON. */
    public static final String READINGS = "wellwatch.readings.v1";

    /** Kafka: payloads that failed validation, with reason and source topic. Keyed by source topic. */
    public static final String READINGS_DEAD_LETTER = "wellwatch.readings.dlq.v1";

    /**
     * Kafka: pump-meter electricity uploaded by the power utility, one record per meter and interval, keyed by
     * well id (the meter number when the meter is not in the registry), value =
     * {@link wellwatch.contract.power.PowerReading} JSON.
     */
    public static final String POWER_READINGS = "wellwatch.power.v1";

    /** Kafka: alerts raised by analytics, keyed by well id. */
    public static final String ALERTS = "wellwatch.alerts.v1";

    private static final String TELEMETRY_PREFIX = "wells/";
    private static final String TELEMETRY_SUFFIX = "/telemetry";

    private Topics() {}

    public static String telemetry(String wellId) {
        return TELEMETRY_PREFIX + wellId + TELEMETRY_SUFFIX;
    }

    /**
     * The well id named by a telemetry topic, or {@code null} when the topic is not of the form
     * {@code wells/<wellId>/telemetry}. Accepts a {@code $share/<group>/} prefix-free topic only:
     * brokers deliver the original topic name even for shared subscriptions.
     */
    public static String wellIdOfTelemetry(String topic) {
        if (topic == null || !topic.startsWith(TELEMETRY_PREFIX) || !topic.endsWith(TELEMETRY_SUFFIX)) {
            return null;
        }
        String id = topic.substring(TELEMETRY_PREFIX.length(), topic.length() - TELEMETRY_SUFFIX.length());
        return id.isEmpty() || id.indexOf('/') >= 0 ? null : id;
    }
}
