package wellwatch.analytics.rollup;

/** Table and view names of the rollups (V20/V21 migrations), shared by the code and the tests. */
public final class RollupTables {

    /** Ingest's readings: read across schemas, never written. */
    public static final String READINGS = "telemetry.reading";
    /** Coefficient history of the registry. */
    public static final String COEFFICIENTS = "registry.coefficient";

    public static final String HOURLY_DEVICE = "analytics.water_hourly_device";
    public static final String DAILY_ROLLUP = "analytics.water_daily_rollup";
    public static final String HOURLY = "analytics.water_hourly";
    public static final String DAILY = "analytics.water_daily";
    public static final String MONTHLY = "analytics.water_monthly";
    public static final String YEARLY = "analytics.water_year";
    public static final String FLOW_METERED = "analytics.well_flow_metered";
    public static final String WATERMARK = "analytics.rollup_watermark";
    public static final String BACKLOG = "analytics.rollup_backlog";
    public static final String MODE = "analytics.rollup_mode";
    public static final String FITS = "analytics.coefficient_fit";

    /** Watermark names. */
    public static final String WATERMARK_READINGS = "readings";
    public static final String WATERMARK_COEFFICIENTS = "coefficients";
    /** Not a watermark: when the calibration last ran (one instance claims each run). */
    public static final String WATERMARK_CALIBRATION = "calibration";

    private RollupTables() {}
}
