package wellwatch.analytics.plan;

/**
 * One band of the progressive surcharge on over-plan abstraction (累进加价).
 *
 * @param upToExcessFraction upper bound of the band, as excess over the plan divided by the plan: 0.2 is
 *     "over by up to 20%"; {@link Double#POSITIVE_INFINITY} for the open top band
 * @param multiplier times the standard rate the water in this band is charged at
 */
public record SurchargeTier(double upToExcessFraction, double multiplier) {

    public SurchargeTier {
        if (!(upToExcessFraction > 0)) {
            throw new IllegalArgumentException("upToExcessFraction must be > 0, got " + upToExcessFraction);
        }
        if (!(multiplier >= 1) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("multiplier must be a finite value >= 1, got " + multiplier);
        }
    }
}
