package wellwatch.registry.permit;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import wellwatch.registry.api.RegistryException;
import wellwatch.registry.unit.UnitStore;
import wellwatch.registry.well.WellRecord;
import wellwatch.registry.well.WellStore;

/**
 * Writes a permit after checking what it refers to, for the REST API and the CSV import alike: the well
 * and the unit must be registered, and a well's permit is held by the well's own unit.
 */
@Singleton
public class PermitWrites {

    private final PermitStore permits;
    private final WellStore wells;
    private final UnitStore units;

    public PermitWrites(PermitStore permits, WellStore wells, UnitStore units) {
        this.permits = permits;
        this.wells = wells;
        this.units = units;
    }

    /**
     * Fills in the holder of a well permit (the well's unit) and checks the references of {@code wanted};
     * returns the permit as it will be stored.
     *
     * @throws RegistryException 409 when the well or unit is not registered, or the well belongs to another unit
     */
    public PermitRecord resolve(Connection c, PermitRecord wanted) throws SQLException {
        String unitId = wanted.unitId();
        if (wanted.wellId() != null) {
            Optional<WellRecord> well = wells.find(c, wanted.wellId());
            if (well.isEmpty()) {
                throw RegistryException.conflict("wellId", "well '" + wanted.wellId() + "' is not registered; register it first");
            }
            String wellUnit = well.get().unitId();
            if (unitId == null) {
                unitId = wellUnit;
            } else if (wellUnit != null && !wellUnit.equals(unitId)) {
                throw RegistryException.conflict("unitId", "well " + wanted.wellId() + " belongs to unit " + wellUnit + ", not " + unitId);
            }
        }
        if (unitId != null && !units.exists(c, unitId)) {
            throw RegistryException.conflict("unitId", "unit '" + unitId + "' is not registered; register it first");
        }
        return new PermitRecord(wanted.number(), unitId, wanted.wellId(), wanted.annualVolumeM3(), wanted.use(), wanted.validFrom(), wanted.validTo());
    }

    /** Checks and writes; returns whether anything changed. */
    public boolean save(Connection c, String actor, PermitRecord before, PermitRecord wanted) throws SQLException {
        return permits.save(c, actor, before, resolve(c, wanted));
    }
}
