package wellwatch.analytics.enforcement;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A supervised case (挂牌督办案件): a row of the supervised-case ledger (附件4), usually listing an enforcement case.
 *
 * @param id supervised-case id
 * @param caseId the enforcement case it lists, or {@code null}
 * @param listingUnit 挂牌单位
 * @param caseName 挂牌督办案件名称 (the case's name by default)
 * @param listedOn 挂牌时间
 * @param facts 案件基本情况
 * @param enforcingUnit 执法单位 (the case's by default)
 * @param party 当事人名称
 * @param requirements 督办要求
 * @param progress 整改进展
 * @param delistedOn 解除挂牌督办时间 ({@code null} while listed)
 */
@RegisterForReflection
public record SupervisedCase(
        Long id,
        Long caseId,
        String listingUnit,
        String caseName,
        LocalDate listedOn,
        String facts,
        String enforcingUnit,
        String party,
        String requirements,
        String progress,
        LocalDate delistedOn,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    /** The fields a client may change by {@code PATCH}; creation also takes {@code caseId}. */
    public static final Set<String> FIELDS = Set.of("listingUnit", "caseName", "listedOn", "facts", "enforcingUnit", "party", "requirements",
            "progress", "delistedOn");

    public SupervisedCase {
        Fields.required("listingUnit", listingUnit);
        Fields.required("caseName", caseName);
        Fields.required("listedOn", listedOn);
        if (delistedOn != null && delistedOn.isBefore(listedOn)) {
            throw new InvalidFieldException("delistedOn", "delistedOn (" + delistedOn + ") is before listedOn (" + listedOn + ")");
        }
    }

    /** A new supervised case from a request body; {@code listed} (may be null) gives name and enforcing unit; listed {@code today} unless the body says. */
    public static SupervisedCase create(Fields f, EnforcementCase listed, LocalDate today) {
        return new SupervisedCase(null,
                listed == null ? null : listed.id(),
                f.text("listingUnit", null),
                f.text("caseName", listed == null ? null : listed.caseName()),
                f.date("listedOn", today),
                f.text("facts", null),
                f.text("enforcingUnit", listed == null ? null : listed.enforcingUnit()),
                f.text("party", null),
                f.text("requirements", null),
                f.text("progress", null),
                f.date("delistedOn", null),
                null, null, null, null);
    }

    /** This supervised case with the fields of {@code f} applied (PATCH). */
    public SupervisedCase with(Fields f) {
        return new SupervisedCase(id, caseId,
                f.text("listingUnit", listingUnit),
                f.text("caseName", caseName),
                f.date("listedOn", listedOn),
                f.text("facts", facts),
                f.text("enforcingUnit", enforcingUnit),
                f.text("party", party),
                f.text("requirements", requirements),
                f.text("progress", progress),
                f.date("delistedOn", delistedOn),
                createdAt, createdBy, updatedAt, updatedBy);
    }

    public boolean sameContent(SupervisedCase o) {
        return Objects.equals(content(), o.content());
    }

    private List<Object> content() {
        return Arrays.asList(listingUnit, caseName, listedOn, facts, enforcingUnit, party, requirements, progress, delistedOn);
    }
}
