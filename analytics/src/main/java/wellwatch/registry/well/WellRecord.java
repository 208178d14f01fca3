package wellwatch.registry.well;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import wellwatch.registry.WaterSource;
import wellwatch.registry.WellStatus;
import wellwatch.registry.api.FieldException;
import wellwatch.registry.api.Text;

/**
 * A well or intake (取水口, 自备井, 机电井) as registered: the full record, of which the detections see the part
 * in {@link wellwatch.registry.Well}.
 *
 * @param id well id, e.g. {@code W000123}
 * @param unitId the owning unit, or {@code null} while unknown
 * @param status administrative status
 * @param statusSince when the status took effect
 * @param lat latitude, WGS84 degrees
 * @param lon longitude, WGS84 degrees
 * @param waterSource groundwater, geothermal or surface
 * @param depthM depth, m
 * @param pipeDiameterCm inner diameter of the well pipe, cm (rural wells of 20 cm and more are registered singly)
 * @param inNetworkCoverage inside the public water-supply network coverage (公共供水管网覆盖范围); {@code null}
 *     when not known
 * @param ratedCapacityM3h the pump's rated flow, m3/h
 * @param reportingIntervalS how often the well's RTU reports, s
 * @param remarks free text
 */
@RegisterForReflection
public record WellRecord(
        String id,
        String unitId,
        WellStatus status,
        Instant statusSince,
        Double lat,
        Double lon,
        WaterSource waterSource,
        Double depthM,
        Double pipeDiameterCm,
        Boolean inNetworkCoverage,
        Double ratedCapacityM3h,
        Integer reportingIntervalS,
        String remarks) {

    public WellRecord {
        FieldException.required("wellId", Text.id("wellId", id));
        Text.id("unitId", unitId);
        FieldException.required("status", status);
        FieldException.required("statusSince", statusSince);
        FieldException.inRange("lat", lat, -90, 90);
        FieldException.inRange("lon", lon, -180, 180);
        FieldException.positive("depthM", depthM);
        FieldException.positive("pipeDiameterCm", pipeDiameterCm);
        FieldException.positive("ratedCapacityM3h", ratedCapacityM3h);
        if (reportingIntervalS != null && reportingIntervalS <= 0) {
            throw new FieldException("reportingIntervalS", "reportingIntervalS must be above 0 s, got " + reportingIntervalS);
        }
    }

    /** A new well: status as given, everything else unknown. */
    public static WellRecord newWell(String id, WellStatus status, Instant since) {
        return new WellRecord(id, null, status, since, null, null, null, null, null, null, null, null, null);
    }

    public WellRecord withStatus(WellStatus newStatus, Instant since) {
        return new WellRecord(id, unitId, newStatus, since, lat, lon, waterSource, depthM, pipeDiameterCm, inNetworkCoverage,
                ratedCapacityM3h, reportingIntervalS, remarks);
    }

    public WellRecord withUnit(String newUnitId) {
        return new WellRecord(id, newUnitId, status, statusSince, lat, lon, waterSource, depthM, pipeDiameterCm, inNetworkCoverage,
                ratedCapacityM3h, reportingIntervalS, remarks);
    }
}
