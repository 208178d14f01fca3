package wellwatch.analytics.enforcement;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An enforcement case (执法案件): a row of the enforcement-case ledger (附件3), opened from a lead or by hand.
 *
 * @param id case id
 * @param leadId the lead it was opened from, or {@code null}
 * @param enforcingUnit 执法单位
 * @param caseName 案件名称
 * @param source 案件来源 (the lead's source by default)
 * @param filedOn 立案时间
 * @param handling 案件查处情况
 * @param supervisingUnit 督办单位
 * @param closedOn 结案时间 ({@code null} while open)
 * @param courtEnforcementRequested 是否申请法院强制执行
 * @param referredToProcuratorate 是否移送检察机关提起公益诉讼
 * @param unitId the registered unit, when known
 * @param wellId the registered well, when known
 */
@RegisterForReflection
public record EnforcementCase(
        Long id,
        Long leadId,
        String enforcingUnit,
        String caseName,
        LeadSource source,
        LocalDate filedOn,
        String handling,
        String supervisingUnit,
        LocalDate closedOn,
        Boolean courtEnforcementRequested,
        Boolean referredToProcuratorate,
        String unitId,
        String wellId,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    /** The fields a client may change by {@code PATCH}; creation also takes {@code leadId}. */
    public static final Set<String> FIELDS = Set.of("enforcingUnit", "caseName", "source", "filedOn", "handling", "supervisingUnit", "closedOn",
            "courtEnforcementRequested", "referredToProcuratorate", "unitId", "wellId");

    public EnforcementCase {
        Fields.required("enforcingUnit", enforcingUnit);
        Fields.required("caseName", caseName);
        Fields.required("source", source);
        if (filedOn != null && closedOn != null && closedOn.isBefore(filedOn)) {
            throw new InvalidFieldException("closedOn", "closedOn (" + closedOn + ") is before filedOn (" + filedOn + ")");
        }
    }

    /** A new case from a request body; {@code lead} (may be null) gives the source, unit and well; filed {@code today} unless the body says. */
    public static EnforcementCase create(Fields f, Lead lead, LocalDate today) {
        return new EnforcementCase(null,
                lead == null ? null : lead.id(),
                f.text("enforcingUnit", null),
                f.text("caseName", null),
                f.source("source", lead == null ? null : lead.source()),
                f.date("filedOn", today),
                f.text("handling", null),
                f.text("supervisingUnit", null),
                f.date("closedOn", null),
                f.bool("courtEnforcementRequested", null),
                f.bool("referredToProcuratorate", null),
                f.text("unitId", lead == null ? null : lead.unitId()),
                f.text("wellId", lead == null ? null : lead.wellId()),
                null, null, null, null);
    }

    /** This case with the fields of {@code f} applied (PATCH). */
    public EnforcementCase with(Fields f) {
        return new EnforcementCase(id, leadId,
                f.text("enforcingUnit", enforcingUnit),
                f.text("caseName", caseName),
                f.source("source", source),
                f.date("filedOn", filedOn),
                f.text("handling", handling),
                f.text("supervisingUnit", supervisingUnit),
                f.date("closedOn", closedOn),
                f.bool("courtEnforcementRequested", courtEnforcementRequested),
                f.bool("referredToProcuratorate", referredToProcuratorate),
                f.text("unitId", unitId),
                f.text("wellId", wellId),
                createdAt, createdBy, updatedAt, updatedBy);
    }

    public boolean sameContent(EnforcementCase o) {
        return Objects.equals(content(), o.content());
    }

    private List<Object> content() {
        return Arrays.asList(enforcingUnit, caseName, source, filedOn, handling, supervisingUnit, closedOn, courtEnforcementRequested,
                referredToProcuratorate, unitId, wellId);
    }
}
