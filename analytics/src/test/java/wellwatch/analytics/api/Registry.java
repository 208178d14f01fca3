package wellwatch.analytics.api;

import java.time.Duration;
import java.time.Instant;
import wellwatch.analytics.Api;

/** Test support: registers units, wells, permits and plans through the registry API, as the registrar. */
public final class Registry {

    private Registry() {}

    public static void unit(String unitId, String name) {
        Api.as(Api.REGISTRAR).contentType("application/json")
                .body("{\"name\":\"" + name + "\",\"industry\":\"住宿业\",\"waterSource\":\"groundwater\",\"remarks\":\"自备井1眼\"}")
                .when().put("/api/registry/units/" + unitId).then().statusCode(200);
    }

    public static void well(String wellId, String unitId, String status) {
        Api.as(Api.REGISTRAR).contentType("application/json")
                .body("{" + (unitId == null ? "" : "\"unitId\":\"" + unitId + "\",") + "\"status\":\"" + status + "\",\"statusSince\":\""
                        + Instant.now().minus(Duration.ofDays(30)) + "\"}")
                .when().put("/api/registry/wells/" + wellId).then().statusCode(200);
    }

    public static void unitPermit(String permitNo, String unitId, double annualVolumeM3) {
        Api.as(Api.REGISTRAR).contentType("application/json")
                .body("{\"unitId\":\"" + unitId + "\",\"annualVolumeM3\":" + annualVolumeM3 + ",\"validFrom\":\"2020-01-01\"}")
                .when().put("/api/registry/permits/" + permitNo).then().statusCode(200);
    }

    public static void unitPlan(String unitId, int year, double plannedM3) {
        Api.as(Api.REGISTRAR).contentType("application/json").body("{\"plannedM3\":" + plannedM3 + "}")
                .when().put("/api/registry/units/" + unitId + "/plans/" + year).then().statusCode(200);
    }
}
