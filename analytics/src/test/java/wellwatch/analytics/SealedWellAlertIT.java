package wellwatch.analytics;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import wellwatch.analytics.alert.AlertType;
import wellwatch.contract.Topics;
import wellwatch.contract.alert.AlertEvent;
import wellwatch.contract.reading.Reading;
import wellwatch.contract.reading.ReadingCodec;
import wellwatch.contract.testing.LocalServices;
import wellwatch.contract.testing.TopicProbe;

/**
 * Analytics, as packaged (the JVM jar, or the native executable when built with -Dnative), against the
 * real local Kafka and PostgreSQL.
 */
@QuarkusIntegrationTest
class SealedWellAlertIT {

    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final String TYPE = AlertType.SEALED_WELL_REACTIVATION.code();

    KafkaProducer<String, byte[]> producer;

    @BeforeEach
    void producer() throws Exception {
        LocalServices.awaitConsumerGroupAssigned("wellwatch-analytics-" + LocalServices.suite(), DEADLINE);
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalServices.kafkaBootstrap(), ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer());
    }

    @AfterEach
    void close() {
        producer.close();
    }

    @Test
    void verifiesThatASealedWellThatPumpsRaisesOneReactivationAlertOnRestAndKafkaWhileAnActiveWellRaisesNone() throws Exception {
        // given
        String sealed = "WIT-S-" + UUID.randomUUID().toString().substring(0, 8);
        String active = "WIT-A-" + UUID.randomUUID().toString().substring(0, 8);
        register(sealed, "sealed");
        register(active, "active");
        Instant t0 = Instant.now().minus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.SECONDS);

        try (TopicProbe alertsTopic = new TopicProbe(Topics.ALERTS)) {
            // when: both pump; everything on one partition, so the sealed well's later readings
            // are analysed after the active well's
            send(pumping(active, 1, t0));
            send(pumping(sealed, 1, t0));
            send(pumping(sealed, 1, t0)); // redelivered
            send(pumping(sealed, 2, t0.plusSeconds(300)));

            // then: one alert, updated by the later reading, not by the redelivery
            await().atMost(DEADLINE).untilAsserted(() -> Api.as(Api.ANALYST).queryParam("wellId", sealed).queryParam("type", TYPE).when().get("/api/alerts").then()
                    .statusCode(200)
                    .body("", hasSize(1))
                    .body("[0].type", equalTo(TYPE))
                    .body("[0].severity", equalTo("critical"))
                    .body("[0].state", equalTo("open"))
                    // the later reading updated it; the redelivery did not count again (readings of one batch
                    // are coalesced, so 1 or 2 depending on batch boundaries, never 3)
                    .body("[0].evidence.seq", equalTo("2"))
                    .body("[0].occurrences", org.hamcrest.Matchers.lessThanOrEqualTo(2))
                    .body("[0].evidence.status", equalTo("sealed")));
            Api.as(Api.ANALYST).queryParam("wellId", active).queryParam("type", TYPE).when().get("/api/alerts").then().statusCode(200).body("", hasSize(0));

            AlertEvent onKafka = AlertEvent.fromJson(alertsTopic.await(r -> sealed.equals(r.key()), 1, DEADLINE).get(0).value());
            assertEquals(TYPE, onKafka.type());
            assertEquals(sealed, onKafka.wellId());
        }
    }

    @Test
    void verifiesThatTheAlertListRejectsBadFiltersWithAClearMessage() {
        Api.as(Api.ANALYST).queryParam("type", "no_such_type").when().get("/api/alerts").then().statusCode(400);
        Api.as(Api.ANALYST).queryParam("from", "yesterday").when().get("/api/alerts").then().statusCode(400);
        Api.as(Api.ANALYST).queryParam("limit", "0").when().get("/api/alerts").then().statusCode(400);
    }

    @Test
    void verifiesThatEachRoleReachesOnlyItsPart() {
        String body = "{\"status\":\"active\"}";
        Api.as(Api.ANALYST).contentType("application/json").body(body).when().put("/api/registry/wells/WIT-ROLE").then().statusCode(403);
        Api.as(Api.UTILITY).contentType("application/json").body(body).when().put("/api/registry/wells/WIT-ROLE").then().statusCode(403);
        given().contentType("application/json").body(body).when().put("/api/registry/wells/WIT-ROLE").then().statusCode(401);
        given().when().get("/api/alerts").then().statusCode(401);
        Api.as(Api.UTILITY).when().get("/api/alerts").then().statusCode(403);
        Api.as(Api.REGISTRAR).when().get("/api/alerts").then().statusCode(403);
        Api.as(Api.ANALYST).when().get("/api/alerts").then().statusCode(200);
        given().auth().preemptive().basic(Api.ANALYST, "wrong").when().get("/api/alerts").then().statusCode(401);
    }

    private void send(Reading reading) throws Exception {
        producer.send(new ProducerRecord<>(Topics.READINGS, 0, reading.wellId(), ReadingCodec.encode(reading))).get();
    }

    private static Reading pumping(String wellId, long seq, Instant ts) {
        return new Reading(wellId, "RTU-" + wellId, seq, ts, 10.0 * seq, 20.0, 30.0, true, 7.5, 3.0 * seq, Set.of());
    }

    private static void register(String wellId, String status) {
        Api.as(Api.REGISTRAR).contentType("application/json")
                .body("{\"status\":\"" + status + "\",\"statusSince\":\"" + Instant.now().minus(Duration.ofDays(30)) + "\"}")
                .when().put("/api/registry/wells/" + wellId)
                .then().statusCode(200);
    }
}
