package wellwatch.registry;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static wellwatch.registry.csv.RegisterLayout.*;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.path.json.JsonPath;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import wellwatch.analytics.Api;

/** {@code POST /api/registry/import} on the packaged app against the real PostgreSQL. */
@QuarkusIntegrationTest
class RegistryImportIT {

    private final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    private final String farm = "UIT-F-" + run;
    private final String hotel = "UIT-H-" + run;

    private String well(int n) {
        return "WIT-R-" + run + "-" + n;
    }

    /** A file with good rows and bad ones, starting with a byte order mark as Excel's "CSV UTF-8" does. */
    private String mixedFile() {
        RegisterCsv csv = RegisterCsv.full();
        // line 2: the farm's unit-wide permit and plan (a row without well_id is about the unit)
        csv.row().set(UNIT_ID, farm).set(UNIT_NAME, "长治市,某农场 " + run).set(INDUSTRY, "农业").set(WATER_SOURCE, "地下水")
                .permit("P-" + farm, "12").set(PLANNED, "10").set(DISTRICT, "屯留区");
        // line 3: a farm well covered by the unit permit, with its plan, meters and coefficient
        csv.well(farm, "长治市,某农场 " + run, well(1)).set(INDUSTRY, "农业").set(PLANNED, "1.5").set(QUOTA_SCOPE, "well")
                .set(LAT, "36.35").set(LON, "112.83").set(PIPE_DIAMETER_CM, "25").set(FLOW_METER_ID, "FM-" + well(1)).set(FLOW_METER_QUALIFIED, "是")
                .set(POWER_METER_NO, "PM-" + well(1)).set(COEFFICIENT, "4.2").set(COEFFICIENT_SOURCE, "pump_test").set(COEFFICIENT_SINCE, "2025-06-01");
        // line 4: latitude out of range
        csv.well(farm, "长治市,某农场 " + run, well(2)).set(INDUSTRY, "农业").set(LAT, "95");
        // line 5: a cell a spreadsheet would run as a formula
        csv.well(hotel, "某宾馆 " + run, well(3)).set(INDUSTRY, "住宿业").set(REMARKS, "=HYPERLINK(\"http://evil\",\"详情\")");
        // line 6: the power meter of well 1 claimed by another well
        csv.well(hotel, "某宾馆 " + run, well(4)).set(INDUSTRY, "住宿业").permit("P-" + well(4), "1.8").set(POWER_METER_NO, "PM-" + well(1));
        // line 7: a good row after the bad ones
        csv.well(farm, "长治市,某农场 " + run, well(5)).set(INDUSTRY, "农业").set(STATUS, "报停").set(STATUS_SINCE, "2025-10-15");
        return "\uFEFF" + csv.text();
    }

    @Test
    void verifiesThatAnImportAppliesTheGoodRowsAndReportsEachBadOneWithItsLineAndReason() {
        // when
        JsonPath result = Api.importRegistry(Api.REGISTRAR, mixedFile()).then().statusCode(200).extract().jsonPath();

        // then
        assertEquals(3, result.getInt("applied"));
        assertEquals(List.of(4, 5, 6), result.getList("problems.line", Integer.class));
        List<String> reasons = result.getList("problems.reason", String.class);
        assertContains(reasons.get(0), "lat must be between -90 and 90");
        assertContains(reasons.get(1), "formula");
        assertContains(reasons.get(2), "power meter PM-" + well(1) + " is tied to well " + well(1));

        Api.as(Api.ANALYST).when().get("/api/registry/wells/" + well(1)).then().statusCode(200)
                .body("well.unitId", equalTo(farm))
                .body("well.pipeDiameterCm", equalTo(25.0f))
                .body("unit.name", equalTo("长治市,某农场 " + run))
                .body("permit.number", equalTo("P-" + farm))
                .body("permit.scope", equalTo("unit"))
                .body("permit.annualVolumeM3", equalTo(120000.0f))
                .body("permit.validity", equalTo("valid"))
                .body("plans[0].plannedM3", equalTo(15000.0f))
                .body("devices[0].id", equalTo("FM-" + well(1)))
                .body("devices[0].kind", equalTo("flow_meter"))
                .body("powerMeterNo", equalTo("PM-" + well(1)))
                .body("coefficients", hasSize(1))
                .body("coefficients[0].source", equalTo("pump_test"))
                .body("statusHistory", hasSize(1));
        Api.as(Api.ANALYST).when().get("/api/registry/wells/" + well(5)).then().statusCode(200)
                .body("well.status", equalTo("seasonally_stopped"))
                .body("well.statusSince", equalTo("2025-10-14T16:00:00Z"));
        Api.as(Api.ANALYST).when().get("/api/registry/wells/" + well(2)).then().statusCode(404);
        Api.as(Api.ANALYST).when().get("/api/registry/wells/" + well(4)).then().statusCode(404);
        Api.as(Api.ANALYST).when().get("/api/registry/units/" + farm).then().statusCode(200)
                .body("unit.industry", equalTo("农业"))
                .body("permits[0].annualVolumeM3", equalTo(120000.0f))
                .body("plans[0].plannedM3", equalTo(100000.0f))
                .body("wells.id", equalTo(List.of(well(1), well(5))));
    }

    @Test
    void verifiesThatImportingTheSameFileAgainLeavesTheSameStateAndChangesNothing() {
        // given
        String file = mixedFile();
        Api.importRegistry(Api.REGISTRAR, file).then().statusCode(200);
        String before = Api.as(Api.ANALYST).when().get("/api/registry/wells/" + well(1)).then().statusCode(200).extract().asString();
        String coefficientId = JsonPath.from(before).getString("coefficients[0].id");
        int audited = audit("well", well(1)).size() + audit("coefficient", coefficientId).size();

        // when
        JsonPath again = Api.importRegistry(Api.REGISTRAR, file).then().statusCode(200).extract().jsonPath();

        // then
        assertEquals(3, again.getInt("applied"));
        assertEquals(0, again.getInt("changed"));
        assertEquals(List.of(4, 5, 6), again.getList("problems.line", Integer.class));
        assertEquals(before, Api.as(Api.ANALYST).when().get("/api/registry/wells/" + well(1)).then().extract().asString());
        assertEquals(audited, audit("well", well(1)).size() + audit("coefficient", coefficientId).size(), "a re-import writes no audit entries");
    }

    @Test
    void verifiesThatAFileWithoutTheRegistersHeaderOrInAnotherEncodingIsRefusedWhole() {
        Api.importRegistry(Api.REGISTRAR, "well,status\nW1,active\n").then().statusCode(400)
                .body("field", equalTo("header"))
                .body("message", containsString("序号,单位名称"));
        Api.importRegistry(Api.REGISTRAR, "").then().statusCode(400).body("field", equalTo("header"));

        // a file saved as plain "CSV" by a Chinese Excel is GB18030, not UTF-8
        String text = RegisterCsv.full().well(hotel, "某宾馆 " + run, well(9)).done().text();
        byte[] gb = text.getBytes(Charset.forName("GB18030"));
        Api.as(Api.REGISTRAR).config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType("text/csv").body(gb).when().post("/api/registry/import").then().statusCode(400)
                .body("field", equalTo("charset"));
        Api.as(Api.REGISTRAR).contentType("text/csv; charset=GB18030").body(gb).when().post("/api/registry/import").then().statusCode(200)
                .body("applied", equalTo(1))
                .body("problems", hasSize(0));
        Api.as(Api.ANALYST).when().get("/api/registry/units/" + hotel).then().statusCode(200).body("unit.name", equalTo("某宾馆 " + run));
    }

    @Test
    void verifiesThatTheLegacyWellsLayoutStillImports() {
        String legacy = "well_id,unit_id,status,status_since\n" + well(7) + "," + hotel + "-L,sealed,2026-03-15T00:00:00Z\n";

        Api.importRegistry(Api.REGISTRAR, legacy).then().statusCode(200).body("applied", equalTo(1)).body("problems", hasSize(0));

        Api.as(Api.ANALYST).when().get("/api/registry/wells/" + well(7)).then().statusCode(200)
                .body("well.status", equalTo("sealed"))
                .body("unit.id", equalTo(hotel + "-L"))
                .body("permit", nullValue());
    }

    private static List<Object> audit(String entity, String id) {
        return Api.as(Api.ANALYST).queryParam("entity", entity).queryParam("id", id).queryParam("limit", 1000)
                .when().get("/api/registry/audit").then().statusCode(200).extract().jsonPath().getList("");
    }

    private static void assertContains(String text, String part) {
        if (!text.contains(part)) {
            throw new AssertionError("expected '" + part + "' in: " + text);
        }
    }
}
