package wellwatch.registry.csv;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import wellwatch.registry.api.FieldException;
import wellwatch.registry.api.RegistryException;
import wellwatch.registry.metering.CoefficientRecord;
import wellwatch.registry.metering.CoefficientStore;
import wellwatch.registry.metering.DeviceKind;
import wellwatch.registry.metering.DeviceRecord;
import wellwatch.registry.metering.DeviceStore;
import wellwatch.registry.metering.MeterAssignments;
import wellwatch.registry.permit.PermitRecord;
import wellwatch.registry.permit.PermitStore;
import wellwatch.registry.permit.PermitWrites;
import wellwatch.registry.permit.PlanRecord;
import wellwatch.registry.permit.PlanStore;
import wellwatch.registry.permit.QuotaScope;
import wellwatch.registry.unit.UnitRecord;
import wellwatch.registry.unit.UnitStore;
import wellwatch.registry.well.WellRecord;
import wellwatch.registry.well.WellStore;

/**
 * Writes one {@link RegisterRow} to the registry on the caller's connection (the caller commits or rolls
 * back): the unit, the well, the permit and plan, the meters, the coefficient. A blank cell keeps the
 * registered value; every change is audited by the stores.
 */
@Singleton
class RowWriter {

    private final UnitStore units;
    private final WellStore wells;
    private final PermitStore permits;
    private final PermitWrites permitWrites;
    private final PlanStore plans;
    private final DeviceStore devices;
    private final MeterAssignments assignments;
    private final CoefficientStore coefficients;

    RowWriter(UnitStore units, WellStore wells, PermitStore permits, PermitWrites permitWrites, PlanStore plans, DeviceStore devices,
            MeterAssignments assignments, CoefficientStore coefficients) {
        this.units = units;
        this.wells = wells;
        this.permits = permits;
        this.permitWrites = permitWrites;
        this.plans = plans;
        this.devices = devices;
        this.assignments = assignments;
        this.coefficients = coefficients;
    }

    /** Applies one row on {@code c} (the caller commits); returns whether anything changed. */
    boolean apply(Connection c, RegisterRow row, String actor, Instant now) throws SQLException {
        boolean changed = false;
        String unitId = unitId(c, row);
        if (unitId != null) {
            changed |= unit(c, row, unitId, actor);
        }
        if (row.well() == null) {
            return quota(c, row, unitId, null, actor) | changed;
        }
        String wellId = row.well().id();
        changed |= well(c, row, unitId, actor, now);
        changed |= quota(c, row, unitId, wellId, actor);
        RegisterRow.Meters m = row.meters();
        if (m.flowMeterId() != null) {
            changed |= device(c, actor, m.flowMeterId(), DeviceKind.FLOW_METER, wellId, m);
        }
        if (m.rtuId() != null) {
            changed |= device(c, actor, m.rtuId(), DeviceKind.RTU, wellId, null);
        }
        if (m.powerMeterNo() != null) {
            changed |= assignments.tiePowerMeter(c, actor, m.powerMeterNo(), wellId, true);
        }
        if (row.coefficient() != null) {
            RegisterRow.Coefficient k = row.coefficient();
            CoefficientRecord added = new CoefficientRecord(0, wellId, k.m3PerKwh(), k.since() == null ? now : k.since(), null, k.source());
            changed |= coefficients.add(c, actor, added, true) != null;
        }
        return changed;
    }

    /**
     * The unit's id: the {@code unit_id} cell, else the unit registered under the row's name, else an id derived
     * from the name ({@code U-} and 10 hex digits of its SHA-256), the same in every database.
     */
    private String unitId(Connection c, RegisterRow row) throws SQLException {
        RegisterRow.Unit u = row.unit();
        if (u.id() != null || row.legacy()) {
            return u.id();
        }
        List<UnitRecord> named = units.findByName(c, u.name());
        if (named.size() == 1) {
            return named.get(0).id();
        }
        if (named.size() > 1) {
            throw RegistryException.conflict(RegisterLayout.UNIT_ID, "unit name '" + u.name() + "' matches units "
                    + String.join(", ", named.stream().map(UnitRecord::id).toList()) + "; give unit_id");
        }
        return derivedUnitId(u.name());
    }

    static String derivedUnitId(String name) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return "U-" + HexFormat.of().withUpperCase().formatHex(hash, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private boolean unit(Connection c, RegisterRow row, String unitId, String actor) throws SQLException {
        UnitRecord b = units.lock(c, unitId).orElse(null);
        if (row.legacy()) {
            return b == null && units.save(c, actor, null, UnitRecord.byIdOnly(unitId));
        }
        RegisterRow.Unit u = row.unit();
        boolean unitRow = row.well() == null;
        UnitRecord after = new UnitRecord(unitId, u.name(),
                or(u.industry(), b == null ? null : b.industry()),
                or(u.district(), b == null ? null : b.district()),
                or(u.township(), b == null ? null : b.township()),
                or(unitRow ? row.waterSource() : null, b == null ? null : b.waterSource()),
                or(unitRow ? row.remarks() : null, b == null ? null : b.remarks()));
        return units.save(c, actor, b, after);
    }

    private boolean well(Connection c, RegisterRow row, String unitId, String actor, Instant now) throws SQLException {
        RegisterRow.Well w = row.well();
        WellRecord b = wells.lock(c, w.id()).orElse(null);
        Instant since = w.statusSince() != null ? w.statusSince() : b != null && b.status() == w.status() ? b.statusSince() : now;
        WellRecord after = new WellRecord(w.id(),
                or(unitId, b == null ? null : b.unitId()),
                w.status(), since,
                or(w.lat(), b == null ? null : b.lat()),
                or(w.lon(), b == null ? null : b.lon()),
                or(row.waterSource(), b == null ? null : b.waterSource()),
                or(w.depthM(), b == null ? null : b.depthM()),
                or(w.pipeDiameterCm(), b == null ? null : b.pipeDiameterCm()),
                or(w.inNetworkCoverage(), b == null ? null : b.inNetworkCoverage()),
                or(w.ratedCapacityM3h(), b == null ? null : b.ratedCapacityM3h()),
                or(w.reportingIntervalS(), b == null ? null : b.reportingIntervalS()),
                or(row.remarks(), b == null ? null : b.remarks()));
        return wells.save(c, actor, b, after);
    }

    private boolean quota(Connection c, RegisterRow row, String unitId, String wellId, String actor) throws SQLException {
        RegisterRow.Quota q = row.quota();
        boolean changed = false;
        String permitWell = q.scope() == QuotaScope.WELL ? wellId : null;
        if (q.permitNo() != null) {
            PermitRecord b = permits.lock(c, q.permitNo()).orElse(null);
            if (b != null && !(permitWell == null ? b.unitWide() && b.unitId().equals(unitId) : permitWell.equals(b.wellId()))) {
                throw RegistryException.conflict(RegisterLayout.PERMIT_NO, "permit " + q.permitNo() + " is registered for "
                        + (b.wellId() != null ? "well " + b.wellId() : "unit " + b.unitId()) + ", not for " + (permitWell != null ? "well " + permitWell : "unit " + unitId)
                        + "; a row cannot move a permit (use PUT /api/registry/permits/" + q.permitNo() + ")");
            }
            Double volume = or(q.permittedM3(), b == null ? null : b.annualVolumeM3());
            if (volume == null) {
                throw new FieldException(RegisterLayout.PERMITTED, RegisterLayout.PERMITTED + " is required for the new permit " + q.permitNo());
            }
            PermitRecord after = new PermitRecord(q.permitNo(), unitId, permitWell, volume,
                    or(q.permitUse(), b == null ? null : b.use()),
                    or(q.validFrom(), b == null ? null : b.validFrom()),
                    or(q.validTo(), b == null ? null : b.validTo()));
            changed |= permitWrites.save(c, actor, b, after);
        }
        if (q.plannedM3() != null) {
            QuotaScope scope = q.scope();
            String subject = scope == QuotaScope.WELL ? wellId : unitId;
            if (subject == null) {
                throw new FieldException(RegisterLayout.UNIT_ID, "a unit plan needs the unit: give " + RegisterLayout.UNIT_NAME + " or unit_id");
            }
            PlanRecord b = plans.lock(c, scope, subject, q.planYear()).orElse(null);
            changed |= plans.save(c, actor, b, new PlanRecord(scope, subject, q.planYear(), q.plannedM3()));
        }
        return changed;
    }

    private boolean device(Connection c, String actor, String id, DeviceKind kind, String wellId, RegisterRow.Meters m) throws SQLException {
        DeviceRecord b = devices.lock(c, id).orElse(null);
        DeviceRecord wanted = m == null
                ? new DeviceRecord(id, kind, wellId, b == null ? null : b.model(), b == null ? null : b.calibratedOn(), b == null ? null : b.qualified(),
                        b == null ? null : b.working())
                : new DeviceRecord(id, kind, wellId,
                        or(m.flowMeterModel(), b == null ? null : b.model()),
                        or(m.flowMeterCalibratedOn(), b == null ? null : b.calibratedOn()),
                        or(m.flowMeterQualified(), b == null ? null : b.qualified()),
                        or(m.flowMeterWorking(), b == null ? null : b.working()));
        return assignments.installDevice(c, actor, b, wanted, true);
    }

    private static <T> T or(T given, T registered) {
        return given != null ? given : registered;
    }
}
