package wellwatch.registry.unit;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import wellwatch.registry.permit.PermitRecord;
import wellwatch.registry.permit.PlanRecord;
import wellwatch.registry.well.WellSummary;

/**
 * A unit with its wells: {@code GET /api/registry/units/{unitId}}.
 *
 * @param unit the unit's own record
 * @param permits its unit-wide permits (a well's own permits are on the well)
 * @param plans its unit plans, by year
 * @param wells its wells (at most {@code 1000}, by id; {@code GET /api/registry/wells?unitId=} pages through more)
 */
@RegisterForReflection
public record UnitView(UnitRecord unit, List<PermitRecord> permits, List<PlanRecord> plans, List<WellSummary> wells) {}
