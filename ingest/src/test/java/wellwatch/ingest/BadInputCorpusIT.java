package wellwatch.ingest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import wellwatch.contract.Json;
import wellwatch.contract.Topics;
import wellwatch.contract.reading.DeadLetter;
import wellwatch.contract.testing.TopicProbe;

/**
 * Publishes the hostile and broken payloads of {@code bad-input/telemetry-corpus.jsonl} over MQTT and
 * verifies that each gets its documented outcome — accepted onto the readings topic, or dead-lettered with
 * the expected reason — and that ingest keeps running. Placeholders: ${WELL} (the case's own well),
 * ${NOW} (the current time), ${PAD20K} (20,000 filler characters). Prints the tally: tried, rejected with reason,
 * accepted, crashed.
 */
@QuarkusIntegrationTest
class BadInputCorpusIT {

    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final String DEAD_LETTER = "dead-letter:";

    record Case(String name, byte[] payload, String expect) {}

    @Test
    void verifiesThatEveryCorpusPayloadGetsItsDocumentedOutcomeAndIngestKeepsRunning() throws Exception {
        // given
        String run = UUID.randomUUID().toString().substring(0, 6);
        List<Case> cases = corpus();
        Map<String, Case> byTopic = new LinkedHashMap<>();
        Map<String, String> wellOf = new LinkedHashMap<>();

        try (TopicProbe readings = new TopicProbe(Topics.READINGS);
                TopicProbe deadLetters = new TopicProbe(Topics.READINGS_DEAD_LETTER);
                MqttDevice device = MqttDevice.gateway()) {
            // when: each case on its own well's topic
            for (int i = 0; i < cases.size(); i++) {
                String well = "WBAD-" + run + "-" + i;
                Case c = withPlaceholders(cases.get(i), well);
                byTopic.put(Topics.telemetry(well), c);
                wellOf.put(Topics.telemetry(well), well);
                device.publish(Topics.telemetry(well), c.payload());
            }

            // then
            // every case has an outcome: a dead letter or a reading
            await().atMost(DEADLINE).until(() -> deadLetters.matching(r -> byTopic.containsKey(r.key())).size()
                    + readings.matching(r -> wellOf.containsValue(r.key())).size() >= cases.size());
            List<ConsumerRecord<String, byte[]>> letters = deadLetters.matching(r -> byTopic.containsKey(r.key()));
            List<ConsumerRecord<String, byte[]>> stored = readings.matching(r -> wellOf.containsValue(r.key()));

            List<String> wrong = new ArrayList<>();
            for (ConsumerRecord<String, byte[]> record : letters) {
                Case c = byTopic.get(record.key());
                DeadLetter letter = DeadLetter.fromJson(record.value());
                if (!c.expect().startsWith(DEAD_LETTER) || !letter.reason().contains(c.expect().substring(DEAD_LETTER.length()))) {
                    wrong.add(c.name() + ": expected " + c.expect() + ", got dead letter '" + letter.reason() + "'");
                }
            }
            for (ConsumerRecord<String, byte[]> record : stored) {
                Case c = byTopic.get(Topics.telemetry(record.key()));
                if (!c.expect().equals("accepted")) {
                    wrong.add(c.name() + ": expected " + c.expect() + ", got accepted");
                }
            }
            System.out.printf("%nBad-input corpus (telemetry): tried %d, rejected with reason %d, accepted %d, crashed 0%n",
                    cases.size(), letters.size(), stored.size());
            assertEquals(List.of(), wrong);
        }
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    private static List<Case> corpus() throws Exception {
        List<Case> cases = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                BadInputCorpusIT.class.getResourceAsStream("/bad-input/telemetry-corpus.jsonl"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = Json.parseTrusted(line.getBytes(StandardCharsets.UTF_8));
                byte[] payload = n.has("payloadBase64")
                        ? Base64.getDecoder().decode(n.get("payloadBase64").asText())
                        : n.get("payload").asText().getBytes(StandardCharsets.UTF_8);
                cases.add(new Case(n.get("name").asText(), payload, n.get("expect").asText()));
            }
        }
        assertTrue(cases.size() > 30, "corpus not found or too small");
        return cases;
    }

    private static Case withPlaceholders(Case c, String well) {
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        byte[] payload = new String(c.payload(), StandardCharsets.ISO_8859_1)
                .replace("${WELL}", well).replace("${NOW}", now).replace("${PAD20K}", "x".repeat(20_000))
                .getBytes(StandardCharsets.ISO_8859_1);
        return new Case(c.name(), payload, c.expect());
    }
}
