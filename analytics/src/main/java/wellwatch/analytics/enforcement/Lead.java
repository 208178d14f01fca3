package wellwatch.analytics.enforcement;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A problem lead (问题线索): a row of the problem-lead ledger (附件2), created from an alert or by hand.
 *
 * @param id lead id; the ledger numbers rows 1..n in its own order
 * @param source 问题线索来源
 * @param referringDepartment 移送部门, for a referral
 * @param foundAt 发现（举报、移送）时间
 * @param description 问题或线索基本情况
 * @param subject 违法（被举报）主体: the unit's or person's name
 * @param unitId the registered unit, when known
 * @param wellId the registered well, when known
 * @param alertId the alert it was turned from, or {@code null} for a lead entered by hand
 * @param verified 线索核实情况 (是/否; {@code null}: not decided yet)
 * @param caseFiled 立案情况; set when a case is opened from the lead
 * @param referred 移送到其他机构情况
 * @param referredTo 移送机构
 * @param progress 问题处置进展情况
 * @param remarks 备注
 * @param closedOn the day the lead was dealt with (销号), or {@code null} while open
 */
@RegisterForReflection
public record Lead(
        Long id,
        LeadSource source,
        String referringDepartment,
        Instant foundAt,
        String description,
        String subject,
        String unitId,
        String wellId,
        Long alertId,
        Boolean verified,
        Boolean caseFiled,
        Boolean referred,
        String referredTo,
        String progress,
        String remarks,
        LocalDate closedOn,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    /** The fields a client may set, on creation and by {@code PATCH}. */
    public static final Set<String> FIELDS = Set.of("source", "referringDepartment", "foundAt", "description", "subject", "unitId", "wellId",
            "verified", "caseFiled", "referred", "referredTo", "progress", "remarks", "closedOn");

    public Lead {
        Fields.required("source", source);
        Fields.required("foundAt", foundAt);
        Fields.required("description", description);
    }

    /** What a new lead takes when the body leaves a field out: from an alert, or only the time for a lead entered by hand. */
    @RegisterForReflection
    public record Defaults(LeadSource source, Instant foundAt, String description, String subject, String unitId, String wellId, Long alertId) {

        /** A lead entered by hand: found now unless the body says when; source and description must be given. */
        public static Defaults manual(Instant now) {
            return new Defaults(null, now, null, null, null, null, null);
        }
    }

    /** A new lead from a request body, with {@code d} for what the body leaves out. */
    public static Lead create(Fields f, Defaults d) {
        return new Lead(null,
                f.source("source", d.source()),
                f.text("referringDepartment", null),
                f.instant("foundAt", d.foundAt()),
                f.text("description", d.description()),
                f.text("subject", d.subject()),
                f.text("unitId", d.unitId()),
                f.text("wellId", d.wellId()),
                d.alertId(),
                f.bool("verified", null),
                f.bool("caseFiled", null),
                f.bool("referred", null),
                f.text("referredTo", null),
                f.text("progress", null),
                f.text("remarks", null),
                f.date("closedOn", null),
                null, null, null, null);
    }

    /** This lead with the fields of {@code f} applied (PATCH); identity and history unchanged. */
    public Lead with(Fields f) {
        return new Lead(id,
                f.source("source", source),
                f.text("referringDepartment", referringDepartment),
                f.instant("foundAt", foundAt),
                f.text("description", description),
                f.text("subject", subject),
                f.text("unitId", unitId),
                f.text("wellId", wellId),
                alertId,
                f.bool("verified", verified),
                f.bool("caseFiled", caseFiled),
                f.bool("referred", referred),
                f.text("referredTo", referredTo),
                f.text("progress", progress),
                f.text("remarks", remarks),
                f.date("closedOn", closedOn),
                createdAt, createdBy, updatedAt, updatedBy);
    }

    /** This lead with a case filed (立案情况: 是). */
    public Lead withCaseFiled() {
        return new Lead(id, source, referringDepartment, foundAt, description, subject, unitId, wellId, alertId, verified, true, referred,
                referredTo, progress, remarks, closedOn, createdAt, createdBy, updatedAt, updatedBy);
    }

    /** Whether the fields a client sets are the same (identity and history aside). */
    public boolean sameContent(Lead o) {
        return Objects.equals(content(), o.content());
    }

    private List<Object> content() {
        return Arrays.asList(source, referringDepartment, foundAt, description, subject, unitId, wellId, verified, caseFiled, referred,
                referredTo, progress, remarks, closedOn);
    }
}
