package wellwatch.registry.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of a registry CSV (docs/registry.md, "CSV import"). The header is the register of water users'
 * (取用水单位名录台账) exactly as the bureau's ledger has it, followed by any of the well columns, by name, in any
 * order. The legacy wells layout {@code well_id,unit_id,status,status_since} is also read (the bench and the
 * fault suite write it).
 */
public final class RegisterLayout {

    public static final String NO = "序号";
    public static final String UNIT_NAME = "单位名称";
    public static final String INDUSTRY = "所属行业";
    public static final String WATER_SOURCE = "取用水水源";
    public static final String PERMITTED = "取水许可批复水量（万方/年）";
    public static final String PLANNED = "取水计划下达水量（万方/年）";
    public static final String ACTUAL = "实际取用水量（万方/年）";
    public static final String REMARKS = "备注";

    /** The register of water users' header, cell by cell, as in the seed (samples/register-of-water-users.csv). */
    public static final List<String> LEDGER = List.of(NO, UNIT_NAME, INDUSTRY, WATER_SOURCE, PERMITTED, PLANNED, ACTUAL, REMARKS);

    public static final String UNIT_ID = "unit_id";
    public static final String DISTRICT = "district";
    public static final String TOWNSHIP = "township";
    public static final String WELL_ID = "well_id";
    public static final String STATUS = "status";
    public static final String STATUS_SINCE = "status_since";
    public static final String LAT = "lat";
    public static final String LON = "lon";
    public static final String DEPTH_M = "depth_m";
    public static final String PIPE_DIAMETER_CM = "pipe_diameter_cm";
    public static final String IN_NETWORK_COVERAGE = "in_network_coverage";
    public static final String RATED_CAPACITY_M3H = "rated_capacity_m3h";
    public static final String REPORTING_INTERVAL_S = "reporting_interval_s";
    public static final String PERMIT_NO = "permit_no";
    public static final String PERMIT_USE = "permit_use";
    public static final String PERMIT_VALID_FROM = "permit_valid_from";
    public static final String PERMIT_VALID_TO = "permit_valid_to";
    public static final String QUOTA_SCOPE = "quota_scope";
    public static final String PLAN_YEAR = "plan_year";
    public static final String FLOW_METER_ID = "flow_meter_id";
    public static final String FLOW_METER_MODEL = "flow_meter_model";
    public static final String FLOW_METER_CALIBRATED_ON = "flow_meter_calibrated_on";
    public static final String FLOW_METER_QUALIFIED = "flow_meter_qualified";
    public static final String FLOW_METER_WORKING = "flow_meter_working";
    public static final String RTU_ID = "rtu_id";
    public static final String POWER_METER_NO = "power_meter_no";
    public static final String COEFFICIENT = "coefficient_m3_per_kwh";
    public static final String COEFFICIENT_SOURCE = "coefficient_source";
    public static final String COEFFICIENT_SINCE = "coefficient_since";

    /** The well columns that may follow the ledger's, in the order of the full layout. */
    public static final List<String> EXTRA = List.of(UNIT_ID, DISTRICT, TOWNSHIP, WELL_ID, STATUS, STATUS_SINCE, LAT, LON, DEPTH_M, PIPE_DIAMETER_CM,
            IN_NETWORK_COVERAGE, RATED_CAPACITY_M3H, REPORTING_INTERVAL_S, PERMIT_NO, PERMIT_USE, PERMIT_VALID_FROM, PERMIT_VALID_TO, QUOTA_SCOPE,
            PLAN_YEAR, FLOW_METER_ID, FLOW_METER_MODEL, FLOW_METER_CALIBRATED_ON, FLOW_METER_QUALIFIED, FLOW_METER_WORKING, RTU_ID, POWER_METER_NO,
            COEFFICIENT, COEFFICIENT_SOURCE, COEFFICIENT_SINCE);

    /** The legacy wells layout. */
    public static final List<String> LEGACY = List.of(WELL_ID, UNIT_ID, STATUS, STATUS_SINCE);

    /** The full header: the ledger's columns, then every well column. */
    public static final String FULL_HEADER = String.join(",", full());

    private final Map<String, Integer> index;
    private final boolean legacy;

    private RegisterLayout(Map<String, Integer> index, boolean legacy) {
        this.index = index;
        this.legacy = legacy;
    }

    static List<String> full() {
        List<String> all = new ArrayList<>(LEDGER);
        all.addAll(EXTRA);
        return all;
    }

    /** The layout a header line declares, or an exception saying what is wrong with it. */
    public static RegisterLayout of(List<String> header) {
        List<String> names = header.stream().map(String::strip).toList();
        Map<String, Integer> index = new HashMap<>();
        if (names.equals(LEGACY)) {
            for (int i = 0; i < names.size(); i++) {
                index.put(names.get(i), i);
            }
            return new RegisterLayout(index, true);
        }
        if (names.size() < LEDGER.size() || !names.subList(0, LEDGER.size()).equals(LEDGER)) {
            throw new IllegalArgumentException("the header must begin with the register of water users' columns " + String.join(",", LEDGER)
                    + " (then any of: " + String.join(",", EXTRA) + "), or be the legacy wells header " + String.join(",", LEGACY));
        }
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (i >= LEDGER.size() && !EXTRA.contains(name)) {
                throw new IllegalArgumentException("unknown column '" + name + "' (column " + (i + 1) + "); known: " + String.join(",", EXTRA));
            }
            if (index.put(name, i) != null) {
                throw new IllegalArgumentException("column '" + name + "' appears twice");
            }
        }
        return new RegisterLayout(index, false);
    }

    public boolean legacy() {
        return legacy;
    }

    public int size() {
        return index.size();
    }

    /** The cell of {@code column} in {@code cells}, or {@code null} when the layout has no such column. */
    public String cell(List<String> cells, String column) {
        Integer i = index.get(column);
        return i == null ? null : cells.get(i);
    }

    public boolean has(String column) {
        return index.containsKey(column);
    }
}
