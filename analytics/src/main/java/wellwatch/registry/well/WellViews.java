package wellwatch.registry.well;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import wellwatch.registry.Permit;
import wellwatch.registry.directory.PermitChoice;
import wellwatch.registry.metering.CoefficientStore;
import wellwatch.registry.metering.DeviceStore;
import wellwatch.registry.metering.PowerMeterStore;
import wellwatch.registry.permit.EffectivePermit;
import wellwatch.registry.permit.PermitRecord;
import wellwatch.registry.permit.PermitStore;
import wellwatch.registry.permit.PlanStore;
import wellwatch.registry.permit.QuotaScope;
import wellwatch.registry.unit.UnitRecord;
import wellwatch.registry.unit.UnitStore;

/** Reads the full view of one well (a handful of queries: it is one well). */
@Singleton
public class WellViews {

    private final WellStore wells;
    private final UnitStore units;
    private final PermitStore permits;
    private final PlanStore plans;
    private final DeviceStore devices;
    private final PowerMeterStore powerMeters;
    private final CoefficientStore coefficients;

    public WellViews(WellStore wells, UnitStore units, PermitStore permits, PlanStore plans, DeviceStore devices, PowerMeterStore powerMeters,
            CoefficientStore coefficients) {
        this.wells = wells;
        this.units = units;
        this.permits = permits;
        this.plans = plans;
        this.devices = devices;
        this.powerMeters = powerMeters;
        this.coefficients = coefficients;
    }

    public Optional<WellView> find(Connection c, String wellId, LocalDate today) throws SQLException {
        Optional<WellRecord> found = wells.find(c, wellId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        WellRecord well = found.get();
        UnitRecord unit = well.unitId() == null ? null : units.find(c, well.unitId()).orElse(null);
        List<PermitRecord> own = permits.ofWell(c, wellId);
        List<PermitRecord> unitWide = well.unitId() == null ? List.of() : permits.unitWide(c, well.unitId());
        List<PermitRecord> all = new ArrayList<>(own);
        all.addAll(unitWide);
        return Optional.of(new WellView(well, unit, effective(own, unitWide, today), all, plans.of(c, QuotaScope.WELL, wellId),
                devices.atWell(c, wellId), powerMeters.ofWell(c, wellId).map(p -> p.meterNo()).orElse(null), coefficients.history(c, wellId),
                wells.statusHistory(c, wellId)));
    }

    /** The permit that applies on {@code today}, chosen exactly as the detections choose it. */
    static EffectivePermit effective(List<PermitRecord> own, List<PermitRecord> unitWide, LocalDate today) {
        Permit chosen = PermitChoice.forWell(own.stream().map(PermitRecord::toPermit).toList(), unitWide.stream().map(PermitRecord::toPermit).toList(), today);
        if (chosen == null) {
            return null;
        }
        boolean ownPermit = own.stream().anyMatch(p -> p.number().equals(chosen.number()));
        return new EffectivePermit(chosen.number(), ownPermit ? QuotaScope.WELL.code() : QuotaScope.UNIT.code(), chosen.annualVolumeM3(), chosen.use(),
                chosen.validFrom(), chosen.validTo(), chosen.validityOn(today).code());
    }
}
