package wellwatch.registry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import wellwatch.analytics.Api;

/** The registry's REST API on the packaged app against the real PostgreSQL: validation, conflicts, roles, audit. */
@QuarkusIntegrationTest
class RegistryApiIT {

    private final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    private final String unit = "UIT-A-" + run;
    private final String well = "WIT-A-" + run;
    private final String other = "WIT-B-" + run;

    @BeforeEach
    void registered() {
        Api.putRegistry("/api/registry/units/" + unit, "{\"name\":\"某洗车行 " + run + "\",\"industry\":\"洗车\",\"district\":\"潞州区\"}").then().statusCode(200);
        Api.putRegistry("/api/registry/wells/" + well, "{\"status\":\"active\",\"unitId\":\"" + unit + "\",\"statusSince\":\"2025-01-01T00:00:00Z\"}")
                .then().statusCode(200);
        Api.putRegistry("/api/registry/wells/" + other, "{\"status\":\"active\",\"unitId\":\"" + unit + "\"}").then().statusCode(200);
    }

    @Test
    void verifiesThatBadBodiesAre400WithAMessageNamingTheField() {
        assertBadRequest("/api/registry/wells/" + well, "{\"lat\":36.2}", "status", "status is required");
        assertBadRequest("/api/registry/wells/" + well, "{\"status\":\"closed\"}", "status", "seasonally_stopped");
        assertBadRequest("/api/registry/wells/" + well, "{\"status\":\"active\",\"lat\":95}", "lat", "between -90 and 90");
        assertBadRequest("/api/registry/wells/" + well, "{\"status\":\"active\",\"pipeDiameterCm\":\"wide\"}", "pipeDiameterCm", "must be a number");
        assertBadRequest("/api/registry/wells/" + well, "{\"status\":\"active\",\"statusSince\":\"yesterday\"}", "statusSince", "ISO-8601");
        assertBadRequest("/api/registry/wells/" + well, "{\"status\":\"active\",\"colour\":\"blue\"}", "colour", "unknown field");
        assertBadRequest("/api/registry/wells/" + well, "{\"status\":\"active\",\"remarks\":\"=1+1\"}", "remarks", "formula");
        assertBadRequest("/api/registry/wells/" + well, "[1,2]", null, "JSON object");
        assertBadRequest("/api/registry/units/" + unit + "-NEW", "{\"industry\":\"洗车\"}", "name", "name is required");
        assertBadRequest("/api/registry/permits/P-" + run, "{\"wellId\":\"" + well + "\"}", "annualVolumeM3", "is required");
        assertBadRequest("/api/registry/permits/P-" + run, "{\"wellId\":\"" + well + "\",\"annualVolumeM3\":1000,\"validFrom\":\"2026-01-01\",\"validTo\":\"2025-01-01\"}",
                "validTo", "before validFrom");
        assertBadRequest("/api/registry/devices/FM-" + run, "{\"wellId\":\"" + well + "\"}", "kind", "kind is required");
        Api.as(Api.REGISTRAR).contentType("application/json").body("{\"m3PerKwh\":-1,\"effectiveFrom\":\"2025-01-01T00:00:00Z\",\"source\":\"pump_test\"}")
                .when().post("/api/registry/wells/" + well + "/coefficients").then().statusCode(400).body("field", equalTo("m3PerKwh"));
        Api.as(Api.REGISTRAR).contentType("application/json").body("{\"plannedM3\":1000}").when().put("/api/registry/wells/" + well + "/plans/1999")
                .then().statusCode(400).body("field", equalTo("year"));
        Api.as(Api.ANALYST).queryParam("status", "open").when().get("/api/registry/wells").then().statusCode(400).body("field", equalTo("status"));
        Api.as(Api.ANALYST).queryParam("limit", 0).when().get("/api/registry/wells").then().statusCode(400).body("field", equalTo("limit"));
        Api.as(Api.ANALYST).queryParam("entity", "tree").when().get("/api/registry/audit").then().statusCode(400).body("field", equalTo("entity"));
    }

    @Test
    void verifiesThatUnknownIdsAre404AndContradictionsOfTheRegistryAre409() {
        Api.as(Api.ANALYST).when().get("/api/registry/wells/WIT-NONE-" + run).then().statusCode(404).body("message", containsString("is not registered"));
        Api.as(Api.ANALYST).when().get("/api/registry/units/UIT-NONE-" + run).then().statusCode(404);
        Api.as(Api.ANALYST).when().get("/api/registry/power-meters/PM-NONE-" + run).then().statusCode(404);
        Api.as(Api.ANALYST).when().get("/api/registry/permits/P-NONE-" + run).then().statusCode(404);
        Api.as(Api.REGISTRAR).contentType("application/json").body("{\"plannedM3\":1000}").when().put("/api/registry/wells/WIT-NONE-" + run + "/plans/2026")
                .then().statusCode(404);

        // a unit that is not registered
        Api.putRegistry("/api/registry/wells/" + well, "{\"status\":\"active\",\"unitId\":\"UIT-NONE-" + run + "\"}").then().statusCode(409)
                .body("field", equalTo("unitId"));
        Api.putRegistry("/api/registry/permits/P-" + run, "{\"wellId\":\"WIT-NONE-" + run + "\",\"annualVolumeM3\":1000}").then().statusCode(409)
                .body("field", equalTo("wellId"));
        // a power meter is tied to one well only (井电对应)
        Api.putRegistry("/api/registry/power-meters/PM-" + run, "{\"wellId\":\"" + well + "\"}").then().statusCode(200);
        Api.putRegistry("/api/registry/power-meters/PM-" + run, "{\"wellId\":\"" + other + "\"}").then().statusCode(409)
                .body("field", equalTo("meterNo"))
                .body("message", containsString("tied to well " + well));
        Api.putRegistry("/api/registry/power-meters/PM2-" + run, "{\"wellId\":\"" + well + "\"}").then().statusCode(409).body("field", equalTo("wellId"));
        // a flow meter at one well at a time, one flow meter per well
        Api.putRegistry("/api/registry/devices/FM-" + run, "{\"kind\":\"flow_meter\",\"wellId\":\"" + well + "\"}").then().statusCode(200);
        Api.putRegistry("/api/registry/devices/FM2-" + run, "{\"kind\":\"flow_meter\",\"wellId\":\"" + well + "\"}").then().statusCode(409);
        Api.putRegistry("/api/registry/devices/FM-" + run, "{\"wellId\":\"" + other + "\"}").then().statusCode(409);
        // coefficient periods do not overlap
        String coefficient = "{\"m3PerKwh\":4.0,\"effectiveFrom\":\"2025-01-01T00:00:00Z\",\"source\":\"pump_test\"}";
        postCoefficient(coefficient).then().statusCode(200).body("", hasSize(1));
        postCoefficient(coefficient).then().statusCode(200).body("", hasSize(1));
        postCoefficient("{\"m3PerKwh\":4.6,\"effectiveFrom\":\"2024-06-01T00:00:00Z\",\"source\":\"fitted\"}").then().statusCode(409)
                .body("field", equalTo("effectiveFrom"));
        postCoefficient("{\"m3PerKwh\":4.6,\"effectiveFrom\":\"2026-01-01T00:00:00Z\",\"source\":\"fitted\"}").then().statusCode(200)
                .body("", hasSize(2))
                .body("[0].effectiveTo", equalTo("2026-01-01T00:00:00Z"))
                .body("[1].effectiveTo", nullValue());
    }

    @Test
    void verifiesThatTheRegistryAdministratorWritesTheAnalystOnlyReadsAndTheUtilityNeither() {
        String body = "{\"status\":\"active\"}";
        Api.as(Api.ANALYST).contentType("application/json").body(body).when().put("/api/registry/wells/" + well).then().statusCode(403);
        Api.as(Api.UTILITY).contentType("application/json").body(body).when().put("/api/registry/wells/" + well).then().statusCode(403);
        given().contentType("application/json").body(body).when().put("/api/registry/wells/" + well).then().statusCode(401);
        Api.importRegistry(Api.ANALYST, RegisterCsv.full().well(unit, "x", well).done().text()).then().statusCode(403);
        Api.importRegistry(Api.UTILITY, RegisterCsv.full().well(unit, "x", well).done().text()).then().statusCode(403);
        Api.as(Api.ANALYST).contentType("application/json").body("{\"name\":\"x\"}").when().put("/api/registry/units/" + unit).then().statusCode(403);
        Api.as(Api.ANALYST).when().delete("/api/registry/power-meters/PM-" + run).then().statusCode(403);

        for (String path : List.of("/api/registry/wells/" + well, "/api/registry/wells", "/api/registry/units/" + unit, "/api/registry/audit")) {
            Api.as(Api.ANALYST).when().get(path).then().statusCode(200);
            Api.as(Api.REGISTRAR).when().get(path).then().statusCode(200);
            Api.as(Api.UTILITY).when().get(path).then().statusCode(403);
            given().when().get(path).then().statusCode(401);
        }
    }

    @Test
    void verifiesThatEveryChangeIsAuditedWithWhoWhenAndTheRecordBeforeAndAfter() {
        // when: the well is sealed, then the same is sent again
        String sealed = "{\"status\":\"sealed\",\"statusSince\":\"2026-03-15T00:00:00Z\"}";
        Api.putRegistry("/api/registry/wells/" + well, sealed).then().statusCode(200);
        Api.putRegistry("/api/registry/wells/" + well, sealed).then().statusCode(200);

        // then: one entry for the creation, one for the sealing, none for the repetition; newest first
        Api.as(Api.ANALYST).queryParam("entity", "well").queryParam("id", well).when().get("/api/registry/audit").then().statusCode(200)
                .body("", hasSize(2))
                .body("[0].actor", equalTo(Api.REGISTRAR))
                .body("[0].action", equalTo("update"))
                .body("[0].at", notNullValue())
                .body("[0].before.status", equalTo("active"))
                .body("[0].after.status", equalTo("sealed"))
                .body("[0].after.statusSince", equalTo("2026-03-15T00:00:00Z"))
                .body("[1].action", equalTo("create"))
                .body("[1].before", nullValue())
                .body("[1].after.unitId", equalTo(unit));
        Api.as(Api.ANALYST).when().get("/api/registry/wells/" + well).then().statusCode(200)
                .body("statusHistory.status", equalTo(List.of("active", "sealed")))
                .body("statusHistory[1].recordedBy", equalTo(Api.REGISTRAR));
        Api.as(Api.ANALYST).queryParam("entity", "unit").queryParam("id", unit).when().get("/api/registry/audit").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].after.name", equalTo("某洗车行 " + run));
    }

    @Test
    void verifiesThatAPowerMeterNumberLeadsToItsWellAndUnit() {
        Api.putRegistry("/api/registry/power-meters/PM-" + run, "{\"wellId\":\"" + well + "\"}").then().statusCode(200);

        Api.as(Api.ANALYST).when().get("/api/registry/power-meters/PM-" + run).then().statusCode(200)
                .body("wellId", equalTo(well))
                .body("unitId", equalTo(unit))
                .body("unitName", equalTo("某洗车行 " + run))
                .body("wellStatus", equalTo("active"));

        Api.as(Api.REGISTRAR).when().delete("/api/registry/power-meters/PM-" + run).then().statusCode(204);
        Api.as(Api.ANALYST).when().get("/api/registry/power-meters/PM-" + run).then().statusCode(404);
        Api.as(Api.ANALYST).queryParam("entity", "power_meter").queryParam("id", "PM-" + run).when().get("/api/registry/audit").then()
                .body("action", equalTo(List.of("delete", "create")));
    }

    @Test
    void verifiesThatWellsAreListedByUnitAndStatusAndPaged() {
        Api.putRegistry("/api/registry/wells/" + other, "{\"status\":\"seasonally_stopped\"}").then().statusCode(200);

        Api.as(Api.ANALYST).queryParam("unitId", unit).when().get("/api/registry/wells").then().statusCode(200)
                .body("id", equalTo(List.of(well, other)))
                .body("[0].unitName", equalTo("某洗车行 " + run))
                .body("[0].district", equalTo("潞州区"));
        Api.as(Api.ANALYST).queryParam("unitId", unit).queryParam("status", "seasonally_stopped").when().get("/api/registry/wells").then()
                .body("id", equalTo(List.of(other)));
        Api.as(Api.ANALYST).queryParam("unitId", unit).queryParam("limit", 1).queryParam("offset", 1).when().get("/api/registry/wells").then()
                .body("id", equalTo(List.of(other)));
    }

    @Test
    void verifiesThatAFieldLeftOutKeepsItsValueAndNullClearsIt() {
        Api.putRegistry("/api/registry/wells/" + well, "{\"status\":\"active\",\"lat\":36.2,\"lon\":113.1,\"depthM\":120}").then().statusCode(200);

        Api.putRegistry("/api/registry/wells/" + well, "{\"status\":\"active\",\"depthM\":null}").then().statusCode(200)
                .body("well.lat", equalTo(36.2f))
                .body("well.depthM", nullValue())
                .body("well.statusSince", equalTo("2025-01-01T00:00:00Z"));
    }

    private Response postCoefficient(String json) {
        return Api.as(Api.REGISTRAR).contentType("application/json").body(json).when().post("/api/registry/wells/" + well + "/coefficients");
    }

    private static void assertBadRequest(String path, String json, String field, String message) {
        var then = Api.putRegistry(path, json).then().statusCode(400).body("message", containsString(message));
        if (field != null) {
            then.body("field", equalTo(field));
        }
    }
}
