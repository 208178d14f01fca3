package wellwatch.analytics;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
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
}
