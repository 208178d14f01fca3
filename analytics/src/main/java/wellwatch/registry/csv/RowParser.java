package wellwatch.registry.csv;

import static wellwatch.registry.csv.RegisterLayout.*;

import java.time.ZoneId;
import java.util.List;
import wellwatch.registry.WellStatus;
import wellwatch.registry.api.FieldException;
import wellwatch.registry.metering.CoefficientRecord;
import wellwatch.registry.permit.QuotaScope;

/**
 * Turns the cells of one CSV record into a {@link RegisterRow}, checking everything that can be checked
 * without the database. A refusal is a {@link FieldException} whose message is the reason reported for the line.
 * Columns {@value RegisterLayout#NO} and {@value RegisterLayout#ACTUAL} are not read: the row number is the
 * ledger's own, and the actual volume is what WellWatch measures.
 */
public final class RowParser {

    private final RegisterLayout layout;
    private final int currentYear;
    private final ZoneId zone;

    /**
     * @param currentYear the plan year when {@code plan_year} is blank
     * @param zone the bureau's time zone, for dates given without a time
     */
    public RowParser(RegisterLayout layout, int currentYear, ZoneId zone) {
        this.layout = layout;
        this.currentYear = currentYear;
        this.zone = zone;
    }

    public RegisterRow parse(int line, List<String> cells) {
        if (cells.size() != layout.size()) {
            throw new FieldException(null, "expected " + layout.size() + " cells as in the header, got " + cells.size());
        }
        return layout.legacy() ? legacy(line, cells) : full(line, cells);
    }

    private RegisterRow legacy(int line, List<String> cells) {
        String wellId = Cells.id(WELL_ID, cell(cells, WELL_ID));
        if (wellId == null) {
            throw new FieldException(WELL_ID, WELL_ID + " is required");
        }
        WellStatus status = required(STATUS, Cells.status(STATUS, cell(cells, STATUS)));
        RegisterRow.Well well = new RegisterRow.Well(wellId, status, Cells.instant(STATUS_SINCE, cell(cells, STATUS_SINCE), zone),
                null, null, null, null, null, null, null);
        RegisterRow.Unit unit = new RegisterRow.Unit(Cells.id(UNIT_ID, cell(cells, UNIT_ID)), null, null, null, null);
        return new RegisterRow(line, true, unit, null, null, well, new RegisterRow.Quota(QuotaScope.WELL, null, null, null, null, null, currentYear, null),
                new RegisterRow.Meters(null, null, null, null, null, null, null), null);
    }

    private RegisterRow full(int line, List<String> cells) {
        RegisterRow.Unit unit = new RegisterRow.Unit(
                Cells.id(UNIT_ID, cell(cells, UNIT_ID)),
                required(UNIT_NAME, Cells.text(UNIT_NAME, cell(cells, UNIT_NAME))),
                Cells.text(INDUSTRY, cell(cells, INDUSTRY)),
                Cells.text(DISTRICT, cell(cells, DISTRICT)),
                Cells.text(TOWNSHIP, cell(cells, TOWNSHIP)));
        String wellId = Cells.id(WELL_ID, cell(cells, WELL_ID));
        RegisterRow.Well well = null;
        if (wellId != null) {
            well = new RegisterRow.Well(
                    wellId,
                    required(STATUS, Cells.status(STATUS, cell(cells, STATUS))),
                    Cells.instant(STATUS_SINCE, cell(cells, STATUS_SINCE), zone),
                    FieldException.inRange(LAT, Cells.number(LAT, cell(cells, LAT)), -90, 90),
                    FieldException.inRange(LON, Cells.number(LON, cell(cells, LON)), -180, 180),
                    FieldException.positive(DEPTH_M, Cells.number(DEPTH_M, cell(cells, DEPTH_M))),
                    FieldException.positive(PIPE_DIAMETER_CM, Cells.number(PIPE_DIAMETER_CM, cell(cells, PIPE_DIAMETER_CM))),
                    Cells.bool(IN_NETWORK_COVERAGE, cell(cells, IN_NETWORK_COVERAGE)),
                    FieldException.positive(RATED_CAPACITY_M3H, Cells.number(RATED_CAPACITY_M3H, cell(cells, RATED_CAPACITY_M3H))),
                    Cells.integer(REPORTING_INTERVAL_S, cell(cells, REPORTING_INTERVAL_S), 1, 31 * 24 * 3600));
        } else {
            for (String column : List.of(STATUS, STATUS_SINCE, LAT, LON, DEPTH_M, PIPE_DIAMETER_CM, IN_NETWORK_COVERAGE, RATED_CAPACITY_M3H,
                    REPORTING_INTERVAL_S, FLOW_METER_ID, FLOW_METER_MODEL, FLOW_METER_CALIBRATED_ON, FLOW_METER_QUALIFIED, FLOW_METER_WORKING, RTU_ID,
                    POWER_METER_NO, COEFFICIENT, COEFFICIENT_SOURCE, COEFFICIENT_SINCE)) {
                if (given(cells, column)) {
                    throw new FieldException(column, column + " is about a well: give well_id on this row (a row without well_id is about the unit only)");
                }
            }
        }
        return new RegisterRow(line, false, unit, Cells.waterSource(WATER_SOURCE, cell(cells, WATER_SOURCE)), Cells.text(REMARKS, cell(cells, REMARKS)),
                well, quota(cells, wellId), meters(cells), coefficient(cells));
    }

    private RegisterRow.Quota quota(List<String> cells, String wellId) {
        String scopeCell = Cells.text(QUOTA_SCOPE, cell(cells, QUOTA_SCOPE));
        QuotaScope scope = scopeCell == null ? (wellId == null ? QuotaScope.UNIT : QuotaScope.WELL) : QuotaScope.of(QUOTA_SCOPE, scopeCell);
        if (scope == QuotaScope.WELL && wellId == null) {
            throw new FieldException(QUOTA_SCOPE, QUOTA_SCOPE + " well needs well_id on the row");
        }
        String permitNo = Cells.id(PERMIT_NO, cell(cells, PERMIT_NO));
        Double permitted = Cells.wanM3(PERMITTED, cell(cells, PERMITTED));
        if (permitNo == null) {
            for (String column : List.of(PERMITTED, PERMIT_USE, PERMIT_VALID_FROM, PERMIT_VALID_TO)) {
                if (given(cells, column)) {
                    throw new FieldException(column, column + " needs permit_no (the permit certificate's number) on the same row");
                }
            }
        }
        var from = Cells.date(PERMIT_VALID_FROM, cell(cells, PERMIT_VALID_FROM));
        var to = Cells.date(PERMIT_VALID_TO, cell(cells, PERMIT_VALID_TO));
        if (from != null && to != null && to.isBefore(from)) {
            throw new FieldException(PERMIT_VALID_TO, PERMIT_VALID_TO + " (" + to + ") is before " + PERMIT_VALID_FROM + " (" + from + ")");
        }
        Double planned = Cells.wanM3(PLANNED, cell(cells, PLANNED));
        Integer year = Cells.integer(PLAN_YEAR, cell(cells, PLAN_YEAR), 2000, 2100);
        if (year != null && planned == null) {
            throw new FieldException(PLAN_YEAR, PLAN_YEAR + " is given but " + PLANNED + " is blank");
        }
        return new RegisterRow.Quota(scope, permitNo, permitted, Cells.text(PERMIT_USE, cell(cells, PERMIT_USE)), from, to,
                year == null ? currentYear : year, planned);
    }

    private RegisterRow.Meters meters(List<String> cells) {
        String flowMeterId = Cells.id(FLOW_METER_ID, cell(cells, FLOW_METER_ID));
        if (flowMeterId == null) {
            for (String column : List.of(FLOW_METER_MODEL, FLOW_METER_CALIBRATED_ON, FLOW_METER_QUALIFIED, FLOW_METER_WORKING)) {
                if (given(cells, column)) {
                    throw new FieldException(column, column + " needs flow_meter_id on the same row");
                }
            }
        }
        return new RegisterRow.Meters(flowMeterId, Cells.text(FLOW_METER_MODEL, cell(cells, FLOW_METER_MODEL)),
                Cells.date(FLOW_METER_CALIBRATED_ON, cell(cells, FLOW_METER_CALIBRATED_ON)), Cells.bool(FLOW_METER_QUALIFIED, cell(cells, FLOW_METER_QUALIFIED)),
                Cells.bool(FLOW_METER_WORKING, cell(cells, FLOW_METER_WORKING)), Cells.id(RTU_ID, cell(cells, RTU_ID)),
                Cells.id(POWER_METER_NO, cell(cells, POWER_METER_NO)));
    }

    private RegisterRow.Coefficient coefficient(List<String> cells) {
        Double value = FieldException.positive(COEFFICIENT, Cells.number(COEFFICIENT, cell(cells, COEFFICIENT)));
        if (value == null) {
            for (String column : List.of(COEFFICIENT_SOURCE, COEFFICIENT_SINCE)) {
                if (given(cells, column)) {
                    throw new FieldException(column, column + " needs " + COEFFICIENT + " on the same row");
                }
            }
            return null;
        }
        String source = Cells.text(COEFFICIENT_SOURCE, cell(cells, COEFFICIENT_SOURCE));
        if (source == null) {
            throw new FieldException(COEFFICIENT_SOURCE, COEFFICIENT_SOURCE + " is required with " + COEFFICIENT + " (pump_test, fitted or default)");
        }
        return new RegisterRow.Coefficient(value, CoefficientRecord.source(COEFFICIENT_SOURCE, source),
                Cells.instant(COEFFICIENT_SINCE, cell(cells, COEFFICIENT_SINCE), zone));
    }

    private String cell(List<String> cells, String column) {
        return layout.cell(cells, column);
    }

    private boolean given(List<String> cells, String column) {
        String c = cell(cells, column);
        return c != null && !c.isBlank();
    }

    private static <T> T required(String column, T value) {
        if (value == null) {
            throw new FieldException(column, column + " is required");
        }
        return value;
    }
}
