package wellwatch.registry.metering;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import wellwatch.registry.api.RegistryException;

/**
 * Installs flow meters and RTUs at wells and ties power meters to wells, keeping the registry's rules: a
 * device is installed at one well at a time, a well has at most one device of each kind, and a power meter
 * is tied to exactly one well and a well to one power meter (井电对应).
 *
 * <p>{@code replaceAtWell} says what happens when the well already has another device or meter: the CSV
 * import, whose row states the well's current registration, replaces it (and the audit shows the removal);
 * the REST API refuses with 409 so that nothing is removed by accident.
 */
@Singleton
public class MeterAssignments {

    private final DeviceStore devices;
    private final PowerMeterStore powerMeters;

    public MeterAssignments(DeviceStore devices, PowerMeterStore powerMeters) {
        this.devices = devices;
        this.powerMeters = powerMeters;
    }

    /** Registers {@code wanted} as it is, given what was registered before ({@code before}, locked). */
    public boolean installDevice(Connection c, String actor, DeviceRecord before, DeviceRecord wanted, boolean replaceAtWell) throws SQLException {
        if (before != null && before.kind() != wanted.kind()) {
            throw RegistryException.conflict("kind", "device " + wanted.id() + " is registered as " + before.kind().code() + ", not " + wanted.kind().code());
        }
        if (wanted.wellId() != null) {
            if (before != null && before.wellId() != null && !before.wellId().equals(wanted.wellId())) {
                throw RegistryException.conflict("wellId", "device " + wanted.id() + " is installed at well " + before.wellId()
                        + "; remove it there first (wellId null)");
            }
            Optional<DeviceRecord> other = devices.lockAtWell(c, wanted.wellId(), wanted.kind());
            if (other.isPresent() && !other.get().id().equals(wanted.id())) {
                if (!replaceAtWell) {
                    throw RegistryException.conflict("wellId", "well " + wanted.wellId() + " already has " + wanted.kind().code() + " " + other.get().id()
                            + "; remove that one first");
                }
                devices.save(c, actor, other.get(), other.get().atWell(null));
            }
        }
        return devices.save(c, actor, before, wanted);
    }

    /** Ties power meter {@code meterNo} to {@code wellId}. */
    public boolean tiePowerMeter(Connection c, String actor, String meterNo, String wellId, boolean replaceAtWell) throws SQLException {
        PowerMeterRecord wanted = new PowerMeterRecord(meterNo, wellId);
        PowerMeterRecord before = powerMeters.lock(c, meterNo).orElse(null);
        if (before != null && !before.wellId().equals(wellId)) {
            throw RegistryException.conflict("meterNo", "power meter " + meterNo + " is tied to well " + before.wellId()
                    + " (井电对应: one meter, one well); untie it there first");
        }
        Optional<PowerMeterRecord> other = powerMeters.lockOfWell(c, wellId);
        if (other.isPresent() && !other.get().meterNo().equals(meterNo)) {
            if (!replaceAtWell) {
                throw RegistryException.conflict("wellId", "well " + wellId + " is tied to power meter " + other.get().meterNo()
                        + "; untie that one first (DELETE /api/registry/power-meters/" + other.get().meterNo() + ")");
            }
            powerMeters.delete(c, actor, other.get());
        }
        return powerMeters.save(c, actor, before, wanted);
    }
}
