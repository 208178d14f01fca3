package wellwatch.ingest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import wellwatch.contract.Topics;
import wellwatch.contract.reading.Alarm;
import wellwatch.contract.reading.DeadLetter;
import wellwatch.contract.reading.Reading;
import wellwatch.contract.reading.ReadingCodec;
import wellwatch.contract.testing.LocalServices;
import wellwatch.contract.testing.TopicProbe;

/**
 * Ingest, as packaged (the JVM jar, or the native executable when built with -Dnative), against the real
 * local Mosquitto, Kafka and PostgreSQL.
 */
@QuarkusIntegrationTest
class TelemetryIngestIT {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @Test
    void verifiesThatAReadingPublishedOverMqttReachesKafkaAndIsStoredExactlyOnce() throws Exception {
        // given
        String wellId = uniqueWellId();
        Reading reading = reading(wellId, 1);
        Reading marker = reading(wellId, 2);

        try (TopicProbe readings = new TopicProbe(Topics.READINGS); MqttDevice device = MqttDevice.gateway()) {
            // when: the device sends the reading twice (a retry), then a later one
            device.publish(Topics.telemetry(wellId), ReadingCodec.encode(reading));
            device.publish(Topics.telemetry(wellId), ReadingCodec.encode(reading));
            device.publish(Topics.telemetry(wellId), ReadingCodec.encode(marker));

            // then: on Kafka, keyed by well, intact
            List<ConsumerRecord<String, byte[]>> onKafka = readings.await(r -> wellId.equals(r.key()), 3, DEADLINE);
            assertEquals(reading, ReadingCodec.decode(onKafka.get(0).value()).reading());
        }
        // and stored once: the marker follows the duplicate on the same partition, so once it is stored
        // the duplicate has been processed too
        await().atMost(DEADLINE).until(() -> storedCount(wellId, 2) == 1);
        assertEquals(1, storedCount(wellId, 1), "the redelivered reading must be stored once");
        assertEquals(Set.of(Alarm.COVER_OPEN), storedAlarms(wellId, 1));
    }

    @Test
    void verifiesThatAMalformedPayloadLandsOnTheDeadLetterTopicWithItsReason() throws Exception {
        // given
        String wellId = uniqueWellId();
        String topic = Topics.telemetry(wellId);

        try (TopicProbe deadLetters = new TopicProbe(Topics.READINGS_DEAD_LETTER); MqttDevice device = MqttDevice.gateway()) {
            // when
            device.publish(topic, "{\"wellId\": \"" + wellId + "\", oops");
            device.publish(topic, ReadingCodec.encode(reading("SOME-OTHER-WELL", 1)));

            // then
            List<ConsumerRecord<String, byte[]>> letters = deadLetters.await(r -> topic.equals(r.key()), 2, DEADLINE);
            DeadLetter malformed = DeadLetter.fromJson(letters.get(0).value());
            assertEquals(topic, malformed.sourceTopic());
            assertTrue(malformed.reason().startsWith("malformed JSON"), malformed.reason());
            assertEquals("{\"wellId\": \"" + wellId + "\", oops", new String(malformed.payload()));
            DeadLetter impostor = DeadLetter.fromJson(letters.get(1).value());
            assertTrue(impostor.reason().contains("does not match the topic's well"), impostor.reason());
        }
    }

    @Test
    void verifiesThatHealthAndMetricsReportTheCounts() {
        given().when().get("/q/health/ready").then().statusCode(200).body(containsString("mqttConnected"));
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("wellwatch_ingest_readings_received_total"))
                .body(containsString("wellwatch_ingest_readings_published_total"))
                .body(containsString("wellwatch_ingest_readings_dead_lettered_total"))
                .body(containsString("wellwatch_ingest_readings_stored_total"));
    }

    static String uniqueWellId() {
        return "WIT-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Reading reading(String wellId, long seq) {
        return new Reading(wellId, "RTU-" + wellId, seq, Instant.now().truncatedTo(ChronoUnit.MILLIS),
                100.0 + seq, 12.5, 30.0, true, 5.5, 40.0 + seq, Set.of(Alarm.COVER_OPEN));
    }

    private long storedCount(String wellId, long seq) throws SQLException {
        try (Connection c = LocalServices.testDatabase();
                PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM telemetry.reading WHERE well_id = ? AND seq = ?")) {
            ps.setString(1, wellId);
            ps.setLong(2, seq);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private Set<Alarm> storedAlarms(String wellId, long seq) throws SQLException {
        try (Connection c = LocalServices.testDatabase();
                PreparedStatement ps = c.prepareStatement("SELECT alarms FROM telemetry.reading WHERE well_id = ? AND seq = ?")) {
            ps.setString(1, wellId);
            ps.setLong(2, seq);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                String[] codes = (String[]) rs.getArray(1).getArray();
                return Set.of(codes).stream().map(Alarm::ofCode).collect(java.util.stream.Collectors.toSet());
            }
        }
    }
}
