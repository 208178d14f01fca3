package wellwatch.ingest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import wellwatch.contract.Topics;
import wellwatch.contract.power.PowerReading;
import wellwatch.contract.power.PowerReadingCodec;
import wellwatch.contract.testing.LocalServices;
import wellwatch.contract.testing.TopicProbe;
import wellwatch.ingest.power.MeterDirectory;
import wellwatch.ingest.power.PowerReadingResource;
import wellwatch.ingest.power.PowerReadingStore;

/**
 * The power utility's upload, as packaged (JVM jar, or native with -Dnative), against the real local Kafka
 * and PostgreSQL: CSV and JSON in, records on {@link Topics#POWER_READINGS}, rows in
 * {@value PowerReadingStore#TABLE}, duplicates and broken rows reported back, and only the utility let in.
 *
 * <p>Meters are tied to wells by analytics' {@value MeterDirectory#TABLE}. On the fresh test database ingest's
 * ITs run on, analytics has not migrated yet: this test then creates a minimal table for its own meter and
 * drops it afterwards, so analytics' migrations later find the schema as they expect.
 */
@QuarkusIntegrationTest
class PowerReadingUploadIT {

    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final String HEADER = "meter_no,interval_start,interval_end,kwh,kw\n";
    private static final String CSV = "text/csv";
    private static final String JSON = "application/json";

    /** What this test created in the registry schema, to drop afterwards: "schema", "table" or nothing. */
    private static String createdInRegistry;
    private static boolean registryWritable;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final String knownMeter = "ITK" + run;
    final String knownWell = "WIT-" + run;
    final String unknownMeter = "ITU" + run;
    final Instant t0 = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(6));

    @BeforeAll
    static void registryTable() throws SQLException {
        try (Connection c = LocalServices.testDatabase(); Statement st = c.createStatement()) {
            if (exists(st, "SELECT to_regclass('" + MeterDirectory.TABLE + "') IS NOT NULL")) {
                createdInRegistry = null;
            } else {
                createdInRegistry = exists(st, "SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'registry')") ? "table" : "schema";
                st.execute("CREATE SCHEMA IF NOT EXISTS registry");
                st.execute("CREATE TABLE " + MeterDirectory.TABLE + " (meter_no text PRIMARY KEY, well_id text)");
            }
        }
    }

    @AfterAll
    static void dropRegistryTable() throws SQLException {
        try (Connection c = LocalServices.testDatabase(); Statement st = c.createStatement()) {
            if ("schema".equals(createdInRegistry)) {
                st.execute("DROP SCHEMA registry CASCADE");
            } else if ("table".equals(createdInRegistry)) {
                st.execute("DROP TABLE " + MeterDirectory.TABLE);
            }
        }
    }

    @Test
    void verifiesThatACsvUploadReachesKafkaAndStorageOnceAndTheSameUploadAgainIsReportedAsDuplicates() throws Exception {
        // given: one registered meter, one the registry does not know
        registerMeter();
        String csv = HEADER
                + row(knownMeter, 0, "7.25", "7.4")
                + row(knownMeter, 1, "6.5", "")
                + row(unknownMeter, 0, "3", "");

        try (TopicProbe power = new TopicProbe(Topics.POWER_READINGS)) {
            // when
            JsonPath report = upload("utility", CSV, csv).statusCode(200).extract().jsonPath();

            // then: all accepted, the unknown meter reported back
            assertEquals(3, report.getInt("received"));
            assertEquals(3, report.getInt("accepted"));
            assertEquals(0, report.getInt("duplicates"));
            assertEquals(List.of(), report.getList("rejected"));
            assertEquals(List.of(unknownMeter), report.getList("unknownMeters"));
            // on Kafka, keyed by well (by meter when unknown), with the well resolved at upload
            List<ConsumerRecord<String, byte[]>> records = power.await(r -> List.of(knownWell, knownMeter, unknownMeter).contains(r.key()), 3, DEADLINE);
            Map<String, List<PowerReading>> byKey = records.stream().collect(Collectors.groupingBy(ConsumerRecord::key,
                    Collectors.mapping(r -> PowerReadingCodec.decode(r.value()).reading(), Collectors.toList())));
            if (registryWritable) {
                assertEquals(2, byKey.get(knownWell).size());
                assertEquals(knownWell, byKey.get(knownWell).get(0).wellId());
                assertEquals(7.4, byKey.get(knownWell).get(0).kw());
            }
            PowerReading unknown = byKey.get(unknownMeter).get(0);
            assertNull(unknown.wellId());
            assertEquals(new PowerReading(unknownMeter, null, t0, t0.plus(Duration.ofHours(1)), 3, null, report.getString("batch")), unknown);
        }
        await().atMost(DEADLINE).until(() -> storedCount(knownMeter) == 2 && storedCount(unknownMeter) == 1);
        assertEquals(registryWritable ? knownWell : null, storedWell(knownMeter));

        // when: the utility sends the same file again
        upload("utility", CSV, csv).statusCode(200)
                .body("received", equalTo(3))
                .body("accepted", equalTo(0))
                .body("duplicates", equalTo(3))
                .body("unknownMeters", equalTo(List.of(unknownMeter)));

        // then: nothing new on Kafka (accepted 0 is said after Kafka confirmed), nothing stored twice
        assertEquals(2, storedCount(knownMeter));
        assertEquals(1, storedCount(unknownMeter));
    }

    @Test
    void verifiesThatAJsonUploadIsStoredAndItsBrokenElementsAreReportedByIndex() throws Exception {
        // given
        String json = "[" + element(unknownMeter, 0, "1.5") + "," + element(unknownMeter, 1, "0")
                + ",{\"meterNo\":\"" + unknownMeter + "\",\"intervalStart\":\"" + t0 + "\",\"intervalEnd\":\"" + t0.plusSeconds(900) + "\",\"kwh\":\"2\"}"
                + "," + element(unknownMeter, 48, "1") + "]";

        // when / then
        upload("utility", JSON, json).statusCode(200)
                .body("received", equalTo(4))
                .body("accepted", equalTo(2))
                .body("rejected", hasSize(2))
                .body("rejected[0].index", equalTo(2))
                .body("rejected[0].reason", equalTo("field 'kwh' must be a number"))
                .body("rejected[1].index", equalTo(3))
                .body("rejected[1].reason", containsString("in the future"))
                .body("unknownMeters", equalTo(List.of(unknownMeter)));
        await().atMost(DEADLINE).until(() -> storedCount(unknownMeter) == 2);
    }

    @Test
    void verifiesThatBrokenCsvRowsAreReportedWithTheirLineNumbersAndTheGoodOnesTaken() throws Exception {
        // given
        String csv = HEADER
                + row(unknownMeter, 0, "4", "")                                          // line 2: fine
                + "=HYPERLINK(\"http://evil\"),"+ t0 + "," + t0.plusSeconds(3600) + ",1,\n" // line 3: formula
                + row(unknownMeter, 1, "a lot", "")                                      // line 4: not a number
                + unknownMeter + "," + t0.plusSeconds(7200) + "," + t0.plusSeconds(3600) + ",1,\n" // line 5: ends before start
                + row(unknownMeter, 0, "5", "");                                          // line 6: contradicts line 2

        // when / then
        upload("utility", CSV, csv).statusCode(200)
                .body("received", equalTo(5))
                .body("accepted", equalTo(1))
                .body("rejected.line", equalTo(List.of(3, 4, 5, 6)))
                .body("rejected[0].reason", startsWith("meter_no starts with '='"))
                .body("rejected[1].reason", startsWith("kwh 'a lot' is not a number"))
                .body("rejected[2].reason", containsString("is not after its start"))
                .body("rejected[3].reason", startsWith("same interval as line 2 with other values"));
        await().atMost(DEADLINE).until(() -> storedCount(unknownMeter) == 1);
    }

    @Test
    void verifiesThatOnlyTheUtilityMayUpload() {
        upload("analyst", CSV, HEADER).statusCode(403);
        upload("registrar", CSV, HEADER).statusCode(403);
        given().contentType(CSV).body(HEADER).when().post(PowerReadingResource.PATH).then().statusCode(401);
        upload("utility", CSV, HEADER).statusCode(200).body("received", equalTo(0));
    }

    @Test
    void verifiesThatAnUnparseableOrOversizedUploadIsRefusedAsAWhole() throws Exception {
        upload("utility", JSON, "[{\"meterNo\":").statusCode(400).body("error", startsWith("malformed JSON"));
        upload("utility", CSV, "M1,2026-05-01T00:00:00Z,2026-05-01T01:00:00Z,1\n").statusCode(400)
                .body("error", startsWith("the first line must be the header"));
        upload("utility", "text/csv; charset=UTF-8", HEADER + "M\u00e9ter,x,y,1,\n").statusCode(200).body("rejected", hasSize(1));
        upload("utility", "text/csv; charset=UTF-8", new byte[] {'m', (byte) 0xC3, '\n'}).statusCode(400)
                .body("error", startsWith("body is not valid UTF-8"));

        String tooManyRows = HEADER + (unknownMeter + "," + t0 + "," + t0.plusSeconds(3600) + ",1,\n").repeat(100_001);
        upload("utility", CSV, tooManyRows).statusCode(413).body("error", equalTo("more than 100000 rows in one request: split the upload"));
        assertEquals(413, bodyOverTheLimit(), "a body over quarkus.http.limits.max-body-size");
    }

    @Test
    void verifiesThatHealthAndMetricsCoverThePowerUpload() {
        given().when().get("/q/health/ready").then().statusCode(200).body(containsString("powerStorageWriting"));
        upload("utility", CSV, HEADER).statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("wellwatch_ingest_power_readings_received_total"))
                .body(containsString("wellwatch_ingest_power_readings_accepted_total"))
                .body(containsString("wellwatch_ingest_power_readings_rejected_total"))
                .body(containsString("wellwatch_ingest_power_readings_duplicates_total"))
                .body(containsString("wellwatch_ingest_power_readings_stored_total"));
    }

    /** 21 MB, announced with Expect: 100-continue, so the server answers before the body is sent. */
    private static int bodyOverTheLimit() throws Exception {
        String auth = "utility:" + LocalServices.apiPassword("utility");
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + PowerReadingResource.PATH))
                .header("Content-Type", CSV)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(auth.getBytes(StandardCharsets.UTF_8)))
                .expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[21 * 1024 * 1024]))
                .build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private String row(String meter, int hour, String kwh, String kw) {
        Instant start = t0.plus(Duration.ofHours(hour));
        return meter + "," + start + "," + start.plus(Duration.ofHours(1)) + "," + kwh + "," + kw + "\n";
    }

    private String element(String meter, int hour, String kwh) {
        Instant start = t0.plus(Duration.ofHours(hour));
        return "{\"meterNo\":\"" + meter + "\",\"intervalStart\":\"" + start + "\",\"intervalEnd\":\"" + start.plus(Duration.ofHours(1))
                + "\",\"kwh\":" + kwh + "}";
    }

    private static ValidatableResponse upload(String user, String contentType, String body) {
        return as(user).contentType(contentType).body(body).when().post(PowerReadingResource.PATH).then();
    }

    private static ValidatableResponse upload(String user, String contentType, byte[] body) {
        return as(user).contentType(contentType).body(body).when().post(PowerReadingResource.PATH).then();
    }

    private static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, LocalServices.apiPassword(user));
    }

    private void registerMeter() {
        try (Connection c = LocalServices.testDatabase();
                PreparedStatement ps = c.prepareStatement("INSERT INTO " + MeterDirectory.TABLE + " (meter_no, well_id) VALUES (?, ?)")) {
            ps.setString(1, knownMeter);
            ps.setString(2, knownWell);
            ps.executeUpdate();
            registryWritable = true;
        } catch (SQLException e) {
            // analytics' own table (richer than ours) is there and wants more than a meter and a well
            registryWritable = false;
        }
        if (!registryWritable && createdInRegistry != null) {
            throw new AssertionError("the test's own " + MeterDirectory.TABLE + " refused the meter");
        }
    }

    private static long storedCount(String meterNo) throws SQLException {
        try (Connection c = LocalServices.testDatabase();
                PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + PowerReadingStore.TABLE + " WHERE meter_no = ?")) {
            ps.setString(1, meterNo);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String storedWell(String meterNo) throws SQLException {
        try (Connection c = LocalServices.testDatabase();
                PreparedStatement ps = c.prepareStatement("SELECT DISTINCT well_id FROM " + PowerReadingStore.TABLE + " WHERE meter_no = ?")) {
            ps.setString(1, meterNo);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static boolean exists(Statement st, String query) throws SQLException {
        try (ResultSet rs = st.executeQuery(query)) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}
