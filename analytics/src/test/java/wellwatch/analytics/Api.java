package wellwatch.analytics;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import wellwatch.contract.testing.LocalServices;

/** REST calls as one of the configured API users. */
public final class Api {

    public static final String ANALYST = "analyst";
    public static final String REGISTRAR = "registrar";
    public static final String UTILITY = "utility";

    private Api() {}

    public static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, LocalServices.apiPassword(user));
    }

    /** {@code POST /api/registry/import} of a registry CSV (UTF-8) as {@code user}. */
    public static Response importRegistry(String user, String csv) {
        return as(user).contentType("text/csv; charset=UTF-8").body(csv.getBytes(StandardCharsets.UTF_8)).when().post("/api/registry/import");
    }

    /** {@code PUT} of a JSON body to a registry path as the registry administrator. */
    public static Response putRegistry(String path, String json) {
        return as(REGISTRAR).contentType("application/json").body(json).when().put(path);
    }
}
