package wellwatch.analytics.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import wellwatch.analytics.alert.AlertType;
import wellwatch.analytics.alert.Evidence;
import wellwatch.analytics.alert.Finding;
import wellwatch.registry.Permit;
import wellwatch.registry.WaterUser;
import wellwatch.registry.Well;

/**
 * Holds year-to-date abstraction against the annual plan and the permitted volume, for a well or for a
 * water user (unit) as a whole, and reports the highest warning level reached, with the progressive
 * surcharge when over plan.
 *
 * <p>Per-well positions are also kept live by the detector as readings arrive. Unit totals span wells on
 * different Kafka partitions, so they are reviewed from the stored year-to-date sums with
 * {@link #reviewUnit}: a unit finding carries the unit id in {@link Finding#wellId()} and
 * {@code scope=unit} in its evidence.
 */
public final class QuotaReview {

    /** What a position is about. */
    public enum Scope {
        WELL("well"),
        UNIT("unit");

        private final String code;

        Scope(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final QuotaSettings settings;
    private final String planRule;
    private final String permitRule;

    public QuotaReview(QuotaSettings settings) {
        this.settings = settings;
        StringBuilder levels = new StringBuilder();
        for (double level : settings.warningLevels()) {
            levels.append(levels.length() == 0 ? "" : "/").append(Evidence.percent(level));
        }
        StringBuilder tiers = new StringBuilder();
        for (SurchargeTier tier : settings.surcharge().tiers()) {
            tiers.append(tiers.length() == 0 ? "" : ", ")
                    .append(Double.isInfinite(tier.upToExcessFraction()) ? "above" : "<=" + Evidence.percent(tier.upToExcessFraction()))
                    .append(" over: ").append(Evidence.format(tier.multiplier(), 2)).append('x');
        }
        this.planRule = "over-plan: year-to-date at " + levels + " of the annual plan; surcharge in bands (" + tiers + ") at "
                + Evidence.format(settings.surcharge().baseRateYuanPerM3(), 4) + " yuan/m3";
        this.permitRule = "over-permit: year-to-date at " + levels + " of the permitted annual volume";
    }

    public QuotaSettings settings() {
        return settings;
    }

    /** Used share of an allowance: infinite when something was used against an allowance of 0. */
    public static double share(double usedM3, double allowedM3) {
        if (allowedM3 > 0) {
            return usedM3 / allowedM3;
        }
        return usedM3 > 0 ? Double.POSITIVE_INFINITY : 0;
    }

    /** Plan and permit findings for one well's year-to-date volume (its own plan and permit). */
    public List<Finding> reviewWell(Well well, int year, double ytdM3, Instant asOf) {
        List<Finding> found = new ArrayList<>(2);
        if (well.plan() != null && well.plan().covers(year)) {
            planFinding(well.id(), Scope.WELL, well.unitId(), year, well.plan().plannedM3(), ytdM3, asOf).ifPresent(found::add);
        }
        if (well.permit() != null) {
            permitFinding(well.id(), Scope.WELL, well.unitId(), year, well.permit(), ytdM3, asOf).ifPresent(found::add);
        }
        return found;
    }

    /** Plan and permit findings for a unit's year-to-date volume summed over all its wells. */
    public List<Finding> reviewUnit(WaterUser unit, int year, double ytdM3, Instant asOf) {
        List<Finding> found = new ArrayList<>(2);
        if (unit.plan() != null && unit.plan().covers(year)) {
            planFinding(unit.id(), Scope.UNIT, unit.id(), year, unit.plan().plannedM3(), ytdM3, asOf).ifPresent(found::add);
        }
        if (unit.permit() != null) {
            permitFinding(unit.id(), Scope.UNIT, unit.id(), year, unit.permit(), ytdM3, asOf).ifPresent(found::add);
        }
        return found;
    }

    /** A finding when {@code ytdM3} reached a warning level of {@code plannedM3}; empty below all levels. */
    public Optional<Finding> planFinding(String subjectId, Scope scope, String unitId, int year, double plannedM3, double ytdM3, Instant at) {
        double share = share(ytdM3, plannedM3);
        int level = settings.levelIndex(share);
        if (level < 0) {
            return Optional.empty();
        }
        boolean over = settings.isOver(level);
        Evidence evidence = base(scope, unitId, year, ytdM3, share, level)
                .put("plannedM3", plannedM3);
        String summary;
        if (over && ytdM3 > plannedM3) {
            Surcharge surcharge = settings.surcharge().assess(plannedM3, ytdM3);
            evidence.put("excessM3", surcharge.excessM3())
                    .put("excessShare", Double.isFinite(surcharge.excessFraction()) ? Evidence.percent(surcharge.excessFraction()) : "no plan volume")
                    .put("baseRateYuanPerM3", surcharge.baseRateYuanPerM3(), 4);
            for (Surcharge.Band band : surcharge.bands()) {
                if (band.volumeM3() > 0) {
                    evidence.put("band" + Evidence.format(band.multiplier(), 2) + "xM3", band.volumeM3());
                }
            }
            evidence.put("surchargeFeeYuan", surcharge.feeYuan(), 2)
                    .put("surchargeExtraYuan", surcharge.extraYuan(), 2)
                    .put("topMultiplier", Evidence.format(surcharge.topMultiplier(), 2));
            summary = describe(scope, subjectId) + " is " + Evidence.format(surcharge.excessM3(), 0) + " m3 over its " + year
                    + " plan of " + Evidence.format(plannedM3, 0) + " m3 (" + shareText(share) + " used); progressive surcharge "
                    + Evidence.format(surcharge.feeYuan(), 2) + " yuan, top band " + Evidence.format(surcharge.topMultiplier(), 2) + "x";
        } else {
            summary = describe(scope, subjectId) + " has used " + shareText(share) + " of its " + year + " plan ("
                    + Evidence.format(ytdM3, 0) + " of " + Evidence.format(plannedM3, 0) + " m3)";
        }
        return Optional.of(new Finding(over ? AlertType.OVER_PLAN : AlertType.PLAN_EARLY_WARNING, subjectId, at, planRule, summary, evidence.map()));
    }

    /** A finding when {@code ytdM3} reached a warning level of the permitted volume; empty below all levels. */
    public Optional<Finding> permitFinding(String subjectId, Scope scope, String unitId, int year, Permit permit, double ytdM3, Instant at) {
        double share = share(ytdM3, permit.annualVolumeM3());
        int level = settings.levelIndex(share);
        if (level < 0) {
            return Optional.empty();
        }
        boolean over = settings.isOver(level);
        Evidence evidence = base(scope, unitId, year, ytdM3, share, level)
                .put("permitNumber", permit.number())
                .put("permittedM3", permit.annualVolumeM3());
        String summary;
        if (over && ytdM3 > permit.annualVolumeM3()) {
            double excess = ytdM3 - permit.annualVolumeM3();
            evidence.put("excessM3", excess);
            summary = describe(scope, subjectId) + " is " + Evidence.format(excess, 0) + " m3 over the " + Evidence.format(permit.annualVolumeM3(), 0)
                    + " m3/yr of permit " + permit.number() + " (" + shareText(share) + " used in " + year + ")";
        } else {
            summary = describe(scope, subjectId) + " has used " + shareText(share) + " of the " + Evidence.format(permit.annualVolumeM3(), 0)
                    + " m3/yr of permit " + permit.number() + " in " + year;
        }
        return Optional.of(new Finding(over ? AlertType.OVER_PERMIT : AlertType.PERMIT_EARLY_WARNING, subjectId, at, permitRule, summary, evidence.map()));
    }

    private Evidence base(Scope scope, String unitId, int year, double ytdM3, double share, int level) {
        return Evidence.of()
                .put("scope", scope.code())
                .put("unitId", unitId)
                .put("year", year)
                .put("yearToDateM3", ytdM3)
                .put("usedShare", shareText(share))
                .put("levelReached", Evidence.percent(settings.warningLevels().get(level)));
    }

    private static String shareText(double share) {
        return Double.isFinite(share) ? Evidence.percent(share) : "all (no allowance)";
    }

    private static String describe(Scope scope, String subjectId) {
        return (scope == Scope.UNIT ? "Water user " : "Well ") + subjectId;
    }
}
