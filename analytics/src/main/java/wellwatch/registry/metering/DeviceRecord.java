package wellwatch.registry.metering;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.LocalDate;
import wellwatch.registry.api.FieldException;
import wellwatch.registry.api.Text;

/**
 * A flow meter or RTU as registered.
 *
 * @param id device id (meter serial, RTU id)
 * @param kind flow meter or RTU
 * @param wellId the well it is installed at, or {@code null} when not installed
 * @param model type or model
 * @param calibratedOn date of the last calibration (检定)
 * @param qualified whether it passed calibration (检定合格); {@code null} when not known
 * @param working whether it is registered as working; {@code null} when not known
 */
@RegisterForReflection
public record DeviceRecord(String id, DeviceKind kind, String wellId, String model, LocalDate calibratedOn, Boolean qualified, Boolean working) {

    public DeviceRecord {
        FieldException.required("deviceId", Text.id("deviceId", id));
        FieldException.required("kind", kind);
        Text.id("wellId", wellId);
    }

    /** Whether the detections may take the well's water from it: not known to be unqualified or broken. */
    public boolean usable() {
        return !Boolean.FALSE.equals(qualified) && !Boolean.FALSE.equals(working);
    }

    public DeviceRecord atWell(String newWellId) {
        return new DeviceRecord(id, kind, newWellId, model, calibratedOn, qualified, working);
    }
}
