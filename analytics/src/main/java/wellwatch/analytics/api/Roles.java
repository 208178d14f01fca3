package wellwatch.analytics.api;

/** The roles of the REST API; users and passwords are configuration (see application.properties). */
public final class Roles {

    /** Water bureau analyst: reads alerts and ledgers, changes alert states. */
    public static final String BUREAU_ANALYST = "bureau-analyst";

    /** Registry administrator: writes wells, units, permits, plans, meters and coefficients. */
    public static final String REGISTRY_ADMIN = "registry-admin";

    /** The power utility's system: uploads pump-meter electricity data, nothing else. */
    public static final String UTILITY_UPLOADER = "utility-uploader";

    private Roles() {}
}
