package wellwatch.analytics.rollup;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.ConsumerGroupState;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import wellwatch.analytics.Api;
import wellwatch.analytics.alert.AlertType;
import wellwatch.contract.Topics;
import wellwatch.contract.reading.Reading;
import wellwatch.contract.reading.ReadingCodec;
import wellwatch.contract.testing.LocalServices;

/**
 * The electricity-to-water rollups of the packaged app against the real PostgreSQL and Kafka: readings are
 * stored in {@code telemetry.reading} as ingest would store them, wells are registered through the registry
 * API, and the figures are read back through the REST API and the views.
 */
@QuarkusIntegrationTest
class WaterRollupIT {

    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final double COEFFICIENT = 4.0;

    /** Three hours ago, on the hour (Beijing hours are UTC hours). */
    private static final Instant H = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(3));

    private static StoredReadings readings;

    @BeforeAll
    static void readingsTable() throws Exception {
        readings = StoredReadings.open();
    }

    @AfterAll
    static void dropReadingsTable() throws Exception {
        readings.close();
    }

    @Test
    void verifiesThatHourlyWaterIsEnergyTimesTheCoefficientBesideTheMeteredVolumeAndTheirRatio() throws Exception {
        // given: a well with a working flow meter and 4 m3/kWh; the meter registers 90% of what the energy implies
        String well = register("WIT-M", true);
        store(well, H, 1000.0, 100.0);
        store(well, H.plus(Duration.ofMinutes(20)), 1036.0, 110.0);
        store(well, H.plus(Duration.ofMinutes(40)), 1072.0, 120.0);
        store(well, H.plus(Duration.ofMinutes(60)), 1108.0, 130.0); // exactly on the hour: closes hour H
        store(well, H.plus(Duration.ofMinutes(90)), 1144.0, 140.0);

        // then: hour H = 30 kWh -> 120 m3 from energy, 108 m3 metered; hour H+1 = half of the last interval
        await().atMost(DEADLINE).untilAsserted(() -> water(well, "hour", H, H.plus(Duration.ofHours(2))).then()
                .statusCode(200)
                .body("basis", equalTo("metered"))
                .body("periods", hasSize(2))
                .body("periods[0].start", equalTo(H.toString()))
                .body("periods[0].energyKwh", closeTo(30.0, 1e-6))
                .body("periods[0].waterFromEnergyM3", closeTo(120.0, 1e-6))
                .body("periods[0].meteredM3", closeTo(108.0, 1e-6))
                .body("periods[0].ratio", closeTo(0.9, 1e-9))
                .body("periods[0].waterM3", closeTo(108.0, 1e-6))
                .body("periods[1].energyKwh", closeTo(10.0, 1e-6))
                .body("periods[1].meteredM3", closeTo(36.0, 1e-6)));

        // and the day, month and year built from the hours agree
        JsonPath days = water(well, "day", H.minus(Duration.ofDays(1)), H.plus(Duration.ofDays(1))).then().statusCode(200).extract().jsonPath();
        assertEquals(40.0, days.getList("periods.energyKwh", Double.class).stream().mapToDouble(Double::doubleValue).sum(), 1e-6);
        Map<String, Object> year = yearRow(well);
        assertEquals(144.0, (Double) year.get("water_m3"), 1e-6);
        assertEquals(144.0, (Double) year.get("metered_m3"), 1e-6);
        assertEquals(40.0, (Double) year.get("energy_kwh"), 1e-6);
        assertEquals(160.0, (Double) year.get("water_from_energy_m3"), 1e-6);
        assertEquals("metered", year.get("basis"));
        water(well, "year", null, null).then().statusCode(200)
                .body("periods[-1].period", equalTo(Integer.toString(H.atZone(BEIJING).getYear())))
                .body("periods[-1].ratio", closeTo(0.9, 1e-9));
    }

    @Test
    void verifiesThatACounterGoingBackIsExcludedAndCountedAndAWellWithoutMeterIsCountedFromEnergy() throws Exception {
        // given: energy only; +10, then a reset to 50, then +8 from the new baseline
        String well = register("WIT-R", false);
        store(well, H, null, 100.0);
        store(well, H.plus(Duration.ofMinutes(15)), null, 110.0);
        store(well, H.plus(Duration.ofMinutes(30)), null, 50.0);
        store(well, H.plus(Duration.ofMinutes(45)), null, 58.0);

        await().atMost(DEADLINE).untilAsserted(() -> water(well, "hour", H, H.plus(Duration.ofHours(1))).then()
                .statusCode(200)
                .body("basis", equalTo("energy"))
                .body("periods", hasSize(1))
                .body("periods[0].energyKwh", closeTo(18.0, 1e-6))
                .body("periods[0].waterFromEnergyM3", closeTo(72.0, 1e-6))
                .body("periods[0].energyRegressions", equalTo(1))
                .body("periods[0].meteredM3", nullValue())
                .body("periods[0].ratio", nullValue())
                .body("periods[0].waterM3", closeTo(72.0, 1e-6)));
        Map<String, Object> year = yearRow(well);
        assertEquals(72.0, (Double) year.get("water_m3"), 1e-6);
        assertNull(year.get("metered_m3"));
        assertEquals("energy", year.get("basis"));
        assertEquals(1, year.get("energy_regressions"));
    }

    @Test
    void verifiesThatALateReadingIsPickedUpByTheNextRefreshAndSplitsTheIntervalItFallsIn() throws Exception {
        // given: 20 kWh over two hours, shared 10 + 10
        String well = register("WIT-L", false);
        store(well, H, null, 0.0);
        store(well, H.plus(Duration.ofHours(2)), null, 20.0);
        await().atMost(DEADLINE).untilAsserted(() -> water(well, "hour", H, H.plus(Duration.ofHours(2))).then()
                .body("periods", hasSize(2))
                .body("periods[0].energyKwh", closeTo(10.0, 1e-6))
                .body("periods[1].energyKwh", closeTo(10.0, 1e-6)));

        // when: the reading from the end of the first hour arrives late (stored now, timed two hours ago)
        store(well, H.plus(Duration.ofHours(1)), null, 18.0);

        // then
        await().atMost(DEADLINE).untilAsserted(() -> water(well, "hour", H, H.plus(Duration.ofHours(2))).then()
                .body("periods[0].energyKwh", closeTo(18.0, 1e-6))
                .body("periods[1].energyKwh", closeTo(2.0, 1e-6))
                .body("periods[1].waterFromEnergyM3", closeTo(8.0, 1e-6)));
    }

    @Test
    void verifiesThatACoefficientRegisteredLaterIsAppliedToTheHoursItCovers() throws Exception {
        // given: 10 kWh in hour H at 4 m3/kWh
        String well = register("WIT-K", false);
        store(well, H, null, 0.0);
        store(well, H.plus(Duration.ofHours(1)), null, 10.0);
        await().atMost(DEADLINE).untilAsserted(() -> water(well, "hour", H, H.plus(Duration.ofHours(1))).then()
                .body("periods[0].waterFromEnergyM3", closeTo(40.0, 1e-6)));

        // when: a pump test finds 5 m3/kWh from H on (the registry closes the old coefficient there)
        Api.as(Api.REGISTRAR).contentType("application/json")
                .body("{\"m3PerKwh\":5.0,\"effectiveFrom\":\"" + H + "\",\"source\":\"pump_test\"}")
                .when().post("/api/registry/wells/" + well + "/coefficients").then().statusCode(200);

        // then: the hour is computed again with the new coefficient
        await().atMost(DEADLINE).untilAsserted(() -> water(well, "hour", H, H.plus(Duration.ofHours(1))).then()
                .body("periods[0].energyKwh", closeTo(10.0, 1e-6))
                .body("periods[0].waterFromEnergyM3", closeTo(50.0, 1e-6)));
    }

    @Test
    void verifiesThatACalibrationFitsTheMeteredWaterPerKwhAndRaisesDriftAgainstTheRegisteredCoefficient() throws Exception {
        // given: registered 4.0 m3/kWh, but the meter shows 5.0 per kWh, hour after hour for 14 hours
        String well = register("WIT-C", true);
        Instant start = H.minus(Duration.ofHours(12));
        for (int i = 0; i <= 14; i++) {
            store(well, start.plus(Duration.ofHours(i)), 5000.0 + 50.0 * i, 100.0 + 10.0 * i);
        }

        // then: a usable fit of 5.0, 25% above the registered coefficient: a drift alert
        await().atMost(DEADLINE).untilAsserted(() -> analyst().when().get("/api/wells/" + well + "/calibration").then()
                .statusCode(200)
                .body("fits[0].status", equalTo("ok"))
                .body("fits[0].m3PerKwh", closeTo(5.0, 1e-6))
                .body("fits[0].registeredM3PerKwh", closeTo(COEFFICIENT, 1e-9))
                .body("fits[0].relativeChange", closeTo(0.25, 1e-6))
                .body("fits[0].drift", equalTo(true)));
        await().atMost(DEADLINE).untilAsserted(() -> Api.as(Api.ANALYST).queryParam("wellId", well).queryParam("type", AlertType.COEFFICIENT_DRIFT.code())
                .when().get("/api/alerts").then().statusCode(200).body("", hasSize(1)));
    }

    @Test
    @Disabled("Intermittent on a clean clone (3 of 6 CI runs): no over-plan alert within 60 s after the forced "
            + "rebalance. The restore itself is unit-tested (YearToDateTest); the wait on the rebalance is not understood yet.")
    void verifiesThatTakingAWellOverRestoresItsYearToDateSoThatThePlanIsJudgedOnTheWholeYear() throws Exception {
        // given: 20 kWh stored (80 m3 at 4 m3/kWh) before this instance reads the well, and a plan of 95 m3
        String well = register("WIT-Y", false);
        Api.as(Api.REGISTRAR).contentType("application/json").body("{\"plannedM3\":95}")
                .when().put("/api/registry/wells/" + well + "/plans/" + Instant.now().atZone(BEIJING).getYear()).then().statusCode(200);
        Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(30));
        store(well, t, null, 0.0);
        store(well, t.plus(Duration.ofMinutes(10)), null, 10.0);
        store(well, t.plus(Duration.ofMinutes(20)), null, 20.0);

        // when: the readings partitions are assigned again (another member joins the group and leaves) ...
        rebalance();
        // ... and the next reading (+5 kWh = 20 m3) arrives on Kafka
        send(new Reading(well, "RTU-" + well, 4, t.plus(Duration.ofMinutes(25)), null, null, null, true, 12.0, 25.0, Set.of()));

        // then: the year to date is 80 + 20 = 100 m3: over the plan
        await().atMost(DEADLINE).untilAsserted(() -> Api.as(Api.ANALYST).queryParam("wellId", well).queryParam("type", AlertType.OVER_PLAN.code())
                .when().get("/api/alerts").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].evidence.yearToDateM3", equalTo("100")));
    }

    @Test
    void verifiesThatOnlyTheBureauAnalystReadsWaterAndCalibrationAndBadQueriesAreRefused() {
        String path = "/api/wells/WIT-ANY/water";
        Api.as(Api.ANALYST).when().get(path).then().statusCode(200).body("periods", hasSize(0));
        Api.as(Api.ANALYST).when().get("/api/wells/WIT-ANY/calibration").then().statusCode(200).body("fits", hasSize(0));
        Api.as(Api.REGISTRAR).when().get(path).then().statusCode(403);
        Api.as(Api.UTILITY).when().get(path).then().statusCode(403);
        Api.as(Api.UTILITY).when().get("/api/wells/WIT-ANY/calibration").then().statusCode(403);
        given().when().get(path).then().statusCode(401);
        given().when().get("/api/wells/WIT-ANY/calibration").then().statusCode(401);
        Api.as(Api.ANALYST).queryParam("granularity", "week").when().get(path).then().statusCode(400);
        Api.as(Api.ANALYST).queryParam("from", "yesterday").when().get(path).then().statusCode(400);
        Api.as(Api.ANALYST).queryParam("granularity", "hour").queryParam("from", "2020-01-01").when().get(path).then().statusCode(400);
    }

    // ---------------------------------------------------------------- helpers

    /** A new active well with 4 m3/kWh since 2020, with or without a working flow meter. */
    private static String register(String prefix, boolean flowMeter) {
        String well = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        Api.as(Api.REGISTRAR).contentType("application/json")
                .body("{\"status\":\"active\",\"statusSince\":\"2020-01-01T00:00:00Z\"}")
                .when().put("/api/registry/wells/" + well).then().statusCode(200);
        Api.as(Api.REGISTRAR).contentType("application/json")
                .body("{\"m3PerKwh\":" + COEFFICIENT + ",\"effectiveFrom\":\"2020-01-01T00:00:00Z\",\"source\":\"pump_test\"}")
                .when().post("/api/registry/wells/" + well + "/coefficients").then().statusCode(200);
        if (flowMeter) {
            Api.as(Api.REGISTRAR).contentType("application/json")
                    .body("{\"kind\":\"flow_meter\",\"wellId\":\"" + well + "\",\"qualified\":true,\"working\":true}")
                    .when().put("/api/registry/devices/FM-" + well).then().statusCode(200);
        }
        return well;
    }

    private long seq;

    /** As the analyst, reading JSON decimals as doubles (for closeTo). */
    private static io.restassured.specification.RequestSpecification analyst() {
        return Api.as(Api.ANALYST).config(RestAssured.config().jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE)));
    }

    private void store(String well, Instant ts, Double volumeM3, Double energyKwh) throws Exception {
        readings.insert(well, "RTU-" + well, ++seq, ts, volumeM3, energyKwh);
    }

    private static io.restassured.response.Response water(String well, String granularity, Instant from, Instant to) {
        var request = analyst().queryParam("granularity", granularity);
        if (from != null) {
            request = request.queryParam("from", from.toString()).queryParam("to", to.toString());
        }
        return request.when().get("/api/wells/" + well + "/water");
    }

    /** The well's row of analytics.water_year for the year of {@link #H}. */
    private static Map<String, Object> yearRow(String well) throws Exception {
        try (Connection c = LocalServices.testDatabase();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT water_m3, energy_kwh, metered_m3, water_from_energy_m3, energy_regressions, basis FROM " + RollupTables.YEARLY
                                + " WHERE well_id = ? AND year = ?")) {
            ps.setString(1, well);
            ps.setInt(2, H.atZone(BEIJING).getYear());
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "no year row for " + well);
                Map<String, Object> row = new java.util.HashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                }
                return row;
            }
        }
    }

    private static void send(Reading reading) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalServices.kafkaBootstrap(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.READINGS, reading.wellId(), ReadingCodec.encode(reading))).get();
        }
    }

    /**
     * Makes the app's readings consumer give up and take back its partitions: a second member joins its group,
     * gets partitions, and leaves; returns once the app alone holds every partition again.
     */
    private static void rebalance() throws Exception {
        String group = "wellwatch-analytics-" + env("WELLWATCH_TEST_DB", "wellwatch_test");
        try (KafkaConsumer<String, byte[]> intruder = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalServices.kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, group, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest"), new StringDeserializer(), new ByteArrayDeserializer())) {
            intruder.subscribe(List.of(Topics.READINGS));
            Instant deadline = Instant.now().plus(DEADLINE);
            while (intruder.assignment().isEmpty() && Instant.now().isBefore(deadline)) {
                intruder.poll(Duration.ofMillis(200));
            }
            assertTrue(!intruder.assignment().isEmpty(), "the second member never got a partition");
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, LocalServices.kafkaBootstrap()))) {
            await().atMost(DEADLINE).until(() -> {
                ConsumerGroupDescription d = admin.describeConsumerGroups(List.of(group)).describedGroups().get(group).get();
                return d.state() == ConsumerGroupState.STABLE && d.members().size() == 1;
            });
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
