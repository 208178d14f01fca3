package wellwatch.registry.well;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import wellwatch.registry.metering.CoefficientRecord;
import wellwatch.registry.metering.DeviceRecord;
import wellwatch.registry.permit.EffectivePermit;
import wellwatch.registry.permit.PermitRecord;
import wellwatch.registry.permit.PlanRecord;
import wellwatch.registry.unit.UnitRecord;

/**
 * Everything the registry holds about one well: {@code GET /api/registry/wells/{wellId}}.
 *
 * @param well the well's own record
 * @param unit its unit, or {@code null} when none is registered
 * @param permit the permit that applies today (its own, or its unit's), or {@code null}
 * @param permits the permits issued for the well and its unit's unit-wide permits
 * @param plans the well's annual plans (the unit's are on the unit)
 * @param devices flow meter and RTU installed at the well
 * @param powerMeterNo the utility meter tied to the well (井电对应), or {@code null}
 * @param coefficients electricity-to-water coefficient history, oldest first
 * @param statusHistory every status the well has had, oldest first
 */
@RegisterForReflection
public record WellView(
        WellRecord well,
        UnitRecord unit,
        EffectivePermit permit,
        List<PermitRecord> permits,
        List<PlanRecord> plans,
        List<DeviceRecord> devices,
        String powerMeterNo,
        List<CoefficientRecord> coefficients,
        List<StatusChange> statusHistory) {}
