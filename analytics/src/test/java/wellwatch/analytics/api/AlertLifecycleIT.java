package wellwatch.analytics.api;

import io.restassured.response.ValidatableResponse;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
import wellwatch.analytics.Api;
import wellwatch.contract.Topics;
import wellwatch.contract.alert.AlertEvent;
import wellwatch.contract.reading.Reading;
import wellwatch.contract.reading.ReadingCodec;
import wellwatch.contract.testing.LocalServices;
import wellwatch.contract.testing.TopicProbe;

/**
 * The alert lifecycle through the packaged app, against the real Kafka and PostgreSQL: a sealed well that
 * pumps raises an alert, an analyst works it to the end, and every step is recorded and republished.
 */
@QuarkusIntegrationTest
class AlertLifecycleIT {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    KafkaProducer<String, byte[]> producer;

    @BeforeEach
    void producer() {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalServices.kafkaBootstrap(), ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer());
    }

    @AfterEach
    void close() {
        producer.close();
    }

    @Test
    void verifiesThatAnAlertGoesOpenAcknowledgedLeadClosedWithWhoAndWhenRecordedAndIsRepublishedOnKafkaEachTime() throws Exception {
        // given: a registered unit whose sealed well pumps
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String unit = "UIT-L-" + suffix;
        String well = "WIT-L-" + suffix;
        String unitName = "长治市某宾馆有限公司" + suffix;
        Registry.unit(unit, unitName);
        Registry.well(well, unit, "sealed");

        try (TopicProbe alerts = new TopicProbe(Topics.ALERTS)) {
            send(pumping(well, 1, Instant.now().minus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS)));
            AlertEvent open = awaitVersion(alerts, well, "open");
            assertEquals(unit, open.unitId());
            assertNull(open.stateChangedBy());
            long id = open.id();

            // when: acknowledged
            Instant before = Instant.now().minusSeconds(5);
            post(id, "acknowledge", "{\"note\":\"已电话联系单位\"}").statusCode(200)
                    .body("state", equalTo("acknowledged")).body("stateChangedBy", equalTo(Api.ANALYST)).body("unitId", equalTo(unit));
            AlertEvent acknowledged = awaitVersion(alerts, well, "acknowledged");
            assertEquals(Api.ANALYST, acknowledged.stateChangedBy());
            assertTrue(!acknowledged.stateChangedAt().isBefore(before) && !acknowledged.stateChangedAt().isAfter(Instant.now().plusSeconds(5)),
                    "acknowledged at " + acknowledged.stateChangedAt());

            // when: turned into a lead
            String description = "封停井复用：现场核查发现水泵运行 " + suffix;
            JsonPath leadAlert = post(id, "lead", "{\"source\":\"inspection\",\"description\":\"" + description + "\",\"note\":\"转问题线索\"}")
                    .statusCode(200).body("state", equalTo("lead")).body("leadId", notNullValue()).extract().jsonPath();
            long leadId = leadAlert.getLong("leadId");
            AlertEvent lead = awaitVersion(alerts, well, "lead");
            assertEquals(leadId, lead.leadId());
            Api.as(Api.ANALYST).when().get("/api/leads/" + leadId).then().statusCode(200)
                    .body("alertId", equalTo((int) id))
                    .body("source", equalTo("inspection"))
                    .body("description", equalTo(description))
                    .body("subject", equalTo(unitName))
                    .body("unitId", equalTo(unit))
                    .body("wellId", equalTo(well))
                    .body("foundAt", equalTo(open.firstSeen().toString()))
                    .body("createdBy", equalTo(Api.ANALYST));

            // when: closed
            post(id, "close", "{\"note\":\"已移交线索办理\"}").statusCode(200).body("state", equalTo("closed")).body("leadId", equalTo((int) leadId));
            awaitVersion(alerts, well, "closed");

            // then: the audit trail has each step, who, when and why
            List<Map<String, Object>> steps = Api.as(Api.ANALYST).when().get("/api/alerts/" + id + "/transitions").then().statusCode(200)
                    .body("", hasSize(3)).extract().jsonPath().getList("");
            assertEquals(List.of("open>acknowledged", "acknowledged>lead", "lead>closed"),
                    steps.stream().map(s -> s.get("from") + ">" + s.get("to")).toList());
            assertEquals(List.of("acknowledge", "lead", "close"), steps.stream().map(s -> s.get("action")).toList());
            assertEquals(List.of("已电话联系单位", "转问题线索", "已移交线索办理"), steps.stream().map(s -> s.get("note")).toList());
            assertTrue(steps.stream().allMatch(s -> Api.ANALYST.equals(s.get("actor"))));
            List<Instant> at = steps.stream().map(s -> Instant.parse((String) s.get("at"))).toList();
            assertFalse(at.get(1).isBefore(at.get(0)) || at.get(2).isBefore(at.get(1)), at.toString());
            assertEquals(((Number) steps.get(1).get("leadId")).longValue(), leadId);

            // and: nothing leaves closed
            post(id, "acknowledge", "").statusCode(409).body("status", equalTo(409)).body("message", containsString("is closed"));
            post(id, "lead", "{}").statusCode(409).body("message", containsString("cannot be turned into a lead"));
            post(id, "close", "{}").statusCode(409);
            Api.as(Api.ANALYST).when().get("/api/alerts/" + id + "/transitions").then().body("", hasSize(3));
        }
    }

    @Test
    void verifiesThatAnAcknowledgedAlertCannotBeAcknowledgedAgainAndThatUnknownAlertsAre404() throws Exception {
        String well = "WIT-L2-" + UUID.randomUUID().toString().substring(0, 8);
        Registry.well(well, null, "sealed");
        send(pumping(well, 1, Instant.now().minus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS)));
        long id = awaitAlertId(well);

        post(id, "acknowledge", null).statusCode(200).body("unitId", equalTo(null));
        post(id, "acknowledge", null).statusCode(409).body("message", equalTo("alert " + id + " is acknowledged: it cannot be acknowledged (only an alert that is open can)"));
        post(id, "acknowledge", "{\"foo\":1}").statusCode(400).body("field", equalTo("foo"));

        post(Long.MAX_VALUE, "acknowledge", "{}").statusCode(404);
        post(Long.MAX_VALUE, "lead", "{}").statusCode(404);
        Api.as(Api.ANALYST).when().get("/api/alerts/" + Long.MAX_VALUE).then().statusCode(404);
        Api.as(Api.ANALYST).queryParam("severity", "urgent").when().get("/api/alerts").then().statusCode(400).body("field", equalTo("severity"));
        Api.as(Api.ANALYST).queryParam("wellId", well).queryParam("severity", "critical").queryParam("state", "acknowledged").when().get("/api/alerts")
                .then().statusCode(200).body("", hasSize(1));
    }

    @Test
    void verifiesThatOnlyTheBureauAnalystWorksAlertsLeadsAndCases() {
        for (String user : List.of(Api.REGISTRAR, Api.UTILITY)) {
            Api.as(user).contentType("application/json").body("{}").when().post("/api/alerts/1/acknowledge").then().statusCode(403);
            Api.as(user).contentType("application/json").body("{}").when().post("/api/alerts/1/lead").then().statusCode(403);
            Api.as(user).contentType("application/json").body("{}").when().post("/api/alerts/1/close").then().statusCode(403);
            Api.as(user).when().get("/api/alerts/1/transitions").then().statusCode(403);
            Api.as(user).contentType("application/json").body("{}").when().post("/api/leads").then().statusCode(403);
            Api.as(user).when().get("/api/leads").then().statusCode(403);
            Api.as(user).contentType("application/json").body("{}").when().patch("/api/leads/1").then().statusCode(403);
            Api.as(user).contentType("application/json").body("{}").when().post("/api/cases").then().statusCode(403);
            Api.as(user).contentType("application/json").body("{}").when().post("/api/supervised-cases").then().statusCode(403);
        }
        given().contentType("application/json").body("{}").when().post("/api/alerts/1/acknowledge").then().statusCode(401);
        given().when().get("/api/leads").then().statusCode(401);
    }

    private static ValidatableResponse post(long id, String action, String body) {
        var request = Api.as(Api.ANALYST);
        if (body != null) {
            request = request.contentType("application/json").body(body);
        }
        return request.when().post("/api/alerts/" + id + "/" + action).then();
    }

    private static AlertEvent awaitVersion(TopicProbe alerts, String well, String state) {
        List<AlertEvent> versions = alerts.await(r -> well.equals(r.key()) && state.equals(AlertEvent.fromJson(r.value()).state()), 1, DEADLINE).stream()
                .map(r -> AlertEvent.fromJson(r.value())).toList();
        AlertEvent latest = versions.get(versions.size() - 1);
        assertNotNull(latest);
        return latest;
    }

    private static long awaitAlertId(String well) {
        Instant deadline = Instant.now().plus(DEADLINE);
        while (true) {
            List<Integer> ids = Api.as(Api.ANALYST).queryParam("wellId", well).when().get("/api/alerts").then().statusCode(200).extract().jsonPath().getList("id");
            if (!ids.isEmpty()) {
                return ids.get(0);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no alert for " + well + " within " + DEADLINE);
            }
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private void send(Reading reading) throws Exception {
        producer.send(new ProducerRecord<>(Topics.READINGS, reading.wellId(), ReadingCodec.encode(reading))).get();
    }

    private static Reading pumping(String wellId, long seq, Instant ts) {
        return new Reading(wellId, "RTU-" + wellId, seq, ts, 10.0 * seq, 20.0, 30.0, true, 7.5, 3.0 * seq, Set.of());
    }
}
