package wellwatch.analytics.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import wellwatch.analytics.Fixtures.Wells;
import wellwatch.analytics.alert.AlertType;
import wellwatch.analytics.alert.Finding;
import wellwatch.registry.AbstractionPlan;
import wellwatch.registry.Permit;
import wellwatch.registry.WaterUser;

class QuotaReviewTest {

    private static final Instant AT = Instant.parse("2026-09-01T00:00:00Z");
    private final QuotaReview review = new QuotaReview(QuotaSettings.defaults());

    @Test
    void belowTheFirstLevelNothingIsReported() {
        assertTrue(review.reviewWell(Wells.withQuota(100_000, 200_000), 2026, 79_999, AT).isEmpty());
    }

    @Test
    void eightyPercentOfThePlanIsAnEarlyWarning() {
        List<Finding> found = review.reviewWell(Wells.withQuota(100_000, 200_000), 2026, 85_000, AT);

        assertEquals(1, found.size());
        Finding f = found.get(0);
        assertEquals(AlertType.PLAN_EARLY_WARNING, f.type());
        assertEquals("85%", f.evidence().get("usedShare"));
        assertEquals("80%", f.evidence().get("levelReached"));
        assertEquals("well", f.evidence().get("scope"));
    }

    @Test
    void overThePlanCarriesTheExcessAndTheSurcharge() {
        // 130% of plan, 65% of permit; default rate 1 yuan/m3: 20,000 at 2x + 10,000 at 3x
        List<Finding> found = review.reviewWell(Wells.withQuota(100_000, 200_000), 2026, 130_000, AT);

        assertEquals(1, found.size());
        Map<String, String> e = found.get(0).evidence();
        assertEquals(AlertType.OVER_PLAN, found.get(0).type());
        assertEquals("30000", e.get("excessM3"));
        assertEquals("20000", e.get("band2xM3"));
        assertEquals("10000", e.get("band3xM3"));
        assertEquals("70000", e.get("surchargeFeeYuan"));
        assertEquals("40000", e.get("surchargeExtraYuan"));
        assertEquals("3", e.get("topMultiplier"));
    }

    @Test
    void overThePermitIsReportedOnItsOwn() {
        List<Finding> found = review.reviewWell(Wells.withQuota(100_000, 100_000), 2026, 101_000, AT);

        assertEquals(List.of(AlertType.OVER_PLAN, AlertType.OVER_PERMIT), found.stream().map(Finding::type).toList());
        assertEquals("1000", found.get(1).evidence().get("excessM3"));
    }

    @Test
    void aPlanForAnotherYearDoesNotApply() {
        assertTrue(review.reviewWell(Wells.activeBuilder().plan(new AbstractionPlan(2025, 10)).permit(null).build(), 2026, 1_000, AT).isEmpty());
    }

    @Test
    void unitFindingsCarryTheUnitIdAndScope() {
        WaterUser unit = new WaterUser("U0001", new Permit("QS-U1", 500_000, null, null, null), new AbstractionPlan(2026, 300_000));

        List<Finding> found = review.reviewUnit(unit, 2026, 420_000, AT);

        assertEquals(List.of(AlertType.OVER_PLAN, AlertType.PERMIT_EARLY_WARNING), found.stream().map(Finding::type).toList());
        assertEquals("U0001", found.get(0).wellId());
        assertEquals("unit", found.get(0).evidence().get("scope"));
        assertTrue(found.get(0).summary().startsWith("Water user U0001"));
    }

    @Test
    void levelsAreConfigurable() {
        QuotaReview strict = new QuotaReview(new QuotaSettings(List.of(0.5, 0.9, 1.0), 0.05, SurchargeSchedule.defaults()));

        assertEquals("50%", strict.reviewWell(Wells.withQuota(100_000, 1_000_000), 2026, 60_000, AT).get(0).evidence().get("levelReached"));
    }
}
