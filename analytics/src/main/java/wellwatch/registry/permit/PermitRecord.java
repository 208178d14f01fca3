package wellwatch.registry.permit;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.LocalDate;
import wellwatch.registry.Permit;
import wellwatch.registry.api.FieldException;
import wellwatch.registry.api.Text;

/**
 * An abstraction permit (取水许可证) as registered: issued to a unit for all its wells ({@code wellId} null),
 * or for one well ({@code wellId} set; {@code unitId} is then the holder, or null while unknown).
 *
 * @param number permit number as printed on the certificate
 * @param unitId holding unit
 * @param wellId the well it is issued for, or {@code null} for a unit permit
 * @param annualVolumeM3 permitted volume per year, m3
 * @param use permitted use (e.g. 生活, 工业, 农业灌溉)
 * @param validFrom first valid day (local date), or {@code null}
 * @param validTo last valid day, inclusive, or {@code null} when open-ended
 */
@RegisterForReflection
public record PermitRecord(String number, String unitId, String wellId, Double annualVolumeM3, String use, LocalDate validFrom, LocalDate validTo) {

    public PermitRecord {
        FieldException.required("permitNo", Text.id("permitNo", number));
        Text.id("unitId", unitId);
        Text.id("wellId", wellId);
        if (unitId == null && wellId == null) {
            throw new FieldException("unitId", "a permit needs the unit that holds it (unitId) or the well it is issued for (wellId)");
        }
        FieldException.notNegative("annualVolumeM3", FieldException.required("annualVolumeM3", annualVolumeM3));
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new FieldException("validTo", "validTo (" + validTo + ") is before validFrom (" + validFrom + ")");
        }
    }

    /** Whether the permit covers all the wells of its unit rather than one well. */
    public boolean unitWide() {
        return wellId == null;
    }

    /** The detections' view. */
    public Permit toPermit() {
        return new Permit(number, annualVolumeM3, validFrom, validTo, use);
    }
}
