package wellwatch.registry.permit;

import io.quarkus.runtime.annotations.RegisterForReflection;
import wellwatch.registry.api.FieldException;

/**
 * An annual abstraction plan (年度取水计划) for a unit or for one well.
 *
 * @param scope whether {@code subjectId} is a unit or a well
 * @param subjectId the unit id or the well id
 * @param year calendar year (local time of the bureau)
 * @param plannedM3 planned volume, m3
 */
@RegisterForReflection
public record PlanRecord(QuotaScope scope, String subjectId, int year, Double plannedM3) {

    public PlanRecord {
        FieldException.required("scope", scope);
        FieldException.required("subjectId", subjectId);
        if (year < 2000 || year > 2100) {
            throw new FieldException("year", "year must be between 2000 and 2100, got " + year);
        }
        FieldException.notNegative("plannedM3", FieldException.required("plannedM3", plannedM3));
    }

    /** The id the audit trail files a plan under: {@code well/W000001/2026}, {@code unit/U0001/2026}. */
    public String auditId() {
        return auditId(scope, subjectId, year);
    }

    public static String auditId(QuotaScope scope, String subjectId, int year) {
        return scope.code() + "/" + subjectId + "/" + year;
    }
}
