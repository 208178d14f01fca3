package wellwatch.analytics.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * The progressive surcharge on abstraction over the annual plan, charged in bands on the excess. With the
 * default tiers (seed 004, item 13): the part of the excess up to 20% of the plan at 2x the standard rate,
 * the part between 20% and 50% at 3x, the part beyond 50% at 5x. Water within the plan is charged at the
 * standard rate as usual and is not part of this figure.
 *
 * @param baseRateYuanPerM3 the standard rate (征收标准), yuan/m3; set it per locality
 * @param tiers bands in ascending order of {@code upToExcessFraction}; excess beyond the last band's bound is
 *     charged at the last band's multiplier, so the top band may be open ({@code +Infinity}) or not
 */
public record SurchargeSchedule(double baseRateYuanPerM3, List<SurchargeTier> tiers) {

    /** The seed's tiers: up to 20% over at 2x, 20-50% at 3x, over 50% at 5x. */
    public static final List<SurchargeTier> SEED_004_TIERS = List.of(
            new SurchargeTier(0.2, 2), new SurchargeTier(0.5, 3), new SurchargeTier(Double.POSITIVE_INFINITY, 5));

    /** Placeholder standard rate, yuan/m3. Not a real tariff: configure the locality's rate. */
    public static final double DEFAULT_BASE_RATE_YUAN_PER_M3 = 1.0;

    public SurchargeSchedule {
        if (!(baseRateYuanPerM3 >= 0) || Double.isInfinite(baseRateYuanPerM3)) {
            throw new IllegalArgumentException("baseRateYuanPerM3 must be a finite value >= 0, got " + baseRateYuanPerM3);
        }
        if (tiers == null || tiers.isEmpty()) {
            throw new IllegalArgumentException("at least one surcharge tier is needed");
        }
        tiers = List.copyOf(tiers);
        for (int i = 1; i < tiers.size(); i++) {
            if (!(tiers.get(i).upToExcessFraction() > tiers.get(i - 1).upToExcessFraction())) {
                throw new IllegalArgumentException("surcharge tiers must ascend strictly by upToExcessFraction: " + tiers);
            }
        }
    }

    public static SurchargeSchedule defaults() {
        return new SurchargeSchedule(DEFAULT_BASE_RATE_YUAN_PER_M3, SEED_004_TIERS);
    }

    /**
     * The surcharge on {@code usedM3} against an allowance of {@code allowedM3} (the plan). Nothing is due
     * at or under the allowance. With an allowance of 0, all use is excess and falls in the top band.
     */
    public Surcharge assess(double allowedM3, double usedM3) {
        if (!(allowedM3 >= 0) || !(usedM3 >= 0)) {
            throw new IllegalArgumentException("volumes must be >= 0, got allowed " + allowedM3 + ", used " + usedM3);
        }
        double excess = Math.max(0, usedM3 - allowedM3);
        double excessFraction = allowedM3 > 0 ? excess / allowedM3 : (excess > 0 ? Double.POSITIVE_INFINITY : 0);
        List<Surcharge.Band> bands = new ArrayList<>(tiers.size());
        double lowerFraction = 0;
        double fee = 0;
        double extra = 0;
        for (int i = 0; i < tiers.size(); i++) {
            SurchargeTier tier = tiers.get(i);
            boolean top = i == tiers.size() - 1;
            double lowerM3 = lowerFraction * allowedM3;
            double upperM3 = top ? Double.POSITIVE_INFINITY : tier.upToExcessFraction() * allowedM3;
            double volume = Math.max(0, Math.min(excess, upperM3) - lowerM3);
            double bandFee = volume * tier.multiplier() * baseRateYuanPerM3;
            bands.add(new Surcharge.Band(lowerFraction, top ? Double.POSITIVE_INFINITY : tier.upToExcessFraction(), volume, tier.multiplier(), bandFee));
            fee += bandFee;
            extra += volume * (tier.multiplier() - 1) * baseRateYuanPerM3;
            lowerFraction = tier.upToExcessFraction();
        }
        return new Surcharge(allowedM3, usedM3, excess, excessFraction, baseRateYuanPerM3, bands, fee, extra);
    }
}
