package wellwatch.registry;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static wellwatch.registry.csv.RegisterLayout.*;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import wellwatch.analytics.Api;
import wellwatch.analytics.alert.AlertType;
import wellwatch.contract.Topics;
import wellwatch.contract.reading.Reading;
import wellwatch.contract.reading.ReadingCodec;
import wellwatch.contract.testing.LocalServices;

/**
 * The registry as the detections see it: after an import, a pumping well with a valid permit (its own, or its
 * unit's) raises no {@code abstraction_without_permit} alert, while one without a permit does. Readings go to
 * the real Kafka readings topic, as in SealedWellAlertIT.
 */
@QuarkusIntegrationTest
class PermitAlertIT {

    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final String TYPE = AlertType.ABSTRACTION_WITHOUT_PERMIT.code();

    @Test
    void verifiesThatAfterAnImportOnlyThePumpingWellWithoutAValidPermitIsReported() throws Exception {
        // given
        String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String permitted = "WIT-P-" + run;
        String unitCovered = "WIT-U-" + run;
        String expired = "WIT-E-" + run;
        String unpermitted = "WIT-N-" + run;
        RegisterCsv csv = RegisterCsv.full();
        csv.well("UIT-P-" + run, "某食品有限公司 " + run, permitted).set(INDUSTRY, "制造业").permit("P-" + permitted, "4.0");
        csv.row().set(UNIT_ID, "UIT-C-" + run).set(UNIT_NAME, "某村农民用水合作社 " + run).set(INDUSTRY, "农业").permit("P-UIT-C-" + run, "50");
        csv.well("UIT-C-" + run, "某村农民用水合作社 " + run, unitCovered).set(INDUSTRY, "农业");
        csv.well("UIT-P-" + run, "某食品有限公司 " + run, expired).set(INDUSTRY, "制造业").permit("P-" + expired, "1.0")
                .set(PERMIT_VALID_FROM, "2015-01-01").set(PERMIT_VALID_TO, "2020-12-31");
        csv.well("UIT-P-" + run, "某食品有限公司 " + run, unpermitted).set(INDUSTRY, "制造业");
        Api.importRegistry(Api.REGISTRAR, csv.text()).then().statusCode(200).body("applied", equalTo(5)).body("problems", hasSize(0));
        Instant t0 = Instant.now().minus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.SECONDS);

        // when: all four pump; one partition, so the wells with a permit are analysed before the last one
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalServices.kafkaBootstrap(), ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer())) {
            for (String wellId : new String[] {permitted, unitCovered, expired, unpermitted}) {
                Reading pumping = new Reading(wellId, "RTU-" + wellId, 1, t0, 100.0, 20.0, 30.0, true, 7.5, 50.0, Set.of());
                producer.send(new ProducerRecord<>(Topics.READINGS, 0, wellId, ReadingCodec.encode(pumping))).get();
            }
        }

        // then
        await().atMost(DEADLINE).untilAsserted(() -> alerts(unpermitted).then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].evidence.reason", equalTo("no_permit")));
        alerts(expired).then().body("", hasSize(1)).body("[0].evidence.reason", equalTo("expired"));
        alerts(permitted).then().statusCode(200).body("", hasSize(0));
        alerts(unitCovered).then().statusCode(200).body("", hasSize(0));
    }

    private static io.restassured.response.Response alerts(String wellId) {
        return Api.as(Api.ANALYST).queryParam("wellId", wellId).queryParam("type", TYPE).when().get("/api/alerts");
    }
}
