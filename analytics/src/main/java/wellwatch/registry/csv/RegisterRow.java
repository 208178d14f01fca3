package wellwatch.registry.csv;

import java.time.Instant;
import java.time.LocalDate;
import wellwatch.registry.ConversionCoefficient;
import wellwatch.registry.WaterSource;
import wellwatch.registry.WellStatus;
import wellwatch.registry.permit.QuotaScope;

/**
 * One row of a registry CSV, typed and checked on its own (no database yet). {@code null} everywhere means
 * the cell was blank: "not given", the registered value stays.
 *
 * @param line the line the row starts on
 * @param legacy read from the legacy wells layout (no unit name)
 * @param unit the unit's cells
 * @param waterSource 取用水水源: the well's on a well row, the unit's on a unit-only row
 * @param remarks 备注: the well's on a well row, the unit's on a unit-only row
 * @param well the well's cells, or {@code null} on a unit-only row
 * @param quota permit and plan cells
 * @param meters flow meter, RTU and power meter cells
 * @param coefficient coefficient cells, or {@code null}
 */
public record RegisterRow(
        int line,
        boolean legacy,
        Unit unit,
        WaterSource waterSource,
        String remarks,
        Well well,
        Quota quota,
        Meters meters,
        Coefficient coefficient) {

    public record Unit(String id, String name, String industry, String district, String township) {

        /** The key rows of one unit share within a file: its id, else its name. */
        public String key() {
            return id != null ? "id:" + id : "name:" + name;
        }
    }

    public record Well(
            String id,
            WellStatus status,
            Instant statusSince,
            Double lat,
            Double lon,
            Double depthM,
            Double pipeDiameterCm,
            Boolean inNetworkCoverage,
            Double ratedCapacityM3h,
            Integer reportingIntervalS) {}

    /**
     * @param scope whose the permit and plan of this row are: the unit's (all its wells) or the well's
     * @param permitNo the permit the row's permitted volume belongs to
     * @param permittedM3 取水许可批复水量, converted from 万m3
     * @param plannedM3 取水计划下达水量, converted from 万m3, for {@code planYear}
     */
    public record Quota(
            QuotaScope scope, String permitNo, Double permittedM3, String permitUse, LocalDate validFrom, LocalDate validTo, int planYear, Double plannedM3) {}

    public record Meters(
            String flowMeterId, String flowMeterModel, LocalDate flowMeterCalibratedOn, Boolean flowMeterQualified, Boolean flowMeterWorking, String rtuId,
            String powerMeterNo) {}

    /** @param since when it takes effect; {@code null}: at the import when the value is new */
    public record Coefficient(double m3PerKwh, ConversionCoefficient.Source source, Instant since) {}
}
