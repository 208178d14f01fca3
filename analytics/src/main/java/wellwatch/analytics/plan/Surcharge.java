package wellwatch.analytics.plan;

import java.util.List;

/**
 * The progressive surcharge due on abstraction over an allowance, band by band. Amounts are indicative
 * (doubles, not rounded): the levy office issues the bill.
 *
 * @param allowedM3 the allowance (annual plan), m3
 * @param usedM3 the volume used, m3
 * @param excessM3 volume over the allowance, m3 (0 when within it)
 * @param excessFraction excess divided by allowance (infinite for an allowance of 0 with use)
 * @param baseRateYuanPerM3 the standard rate, yuan/m3
 * @param bands one entry per tier, in order, including empty ones
 * @param feeYuan what the excess is charged in total: sum of volume x multiplier x standard rate
 * @param extraYuan what that is above the standard rate: sum of volume x (multiplier - 1) x standard rate
 */
public record Surcharge(
        double allowedM3,
        double usedM3,
        double excessM3,
        double excessFraction,
        double baseRateYuanPerM3,
        List<Band> bands,
        double feeYuan,
        double extraYuan) {

    public Surcharge {
        bands = List.copyOf(bands);
    }

    /**
     * One tier's part of the excess.
     *
     * @param fromExcessFraction lower bound of the band, share of the allowance
     * @param toExcessFraction upper bound of the band, share of the allowance (infinite for the top band)
     * @param volumeM3 excess volume falling in this band, m3
     * @param multiplier times the standard rate
     * @param feeYuan volume x multiplier x standard rate
     */
    public record Band(double fromExcessFraction, double toExcessFraction, double volumeM3, double multiplier, double feeYuan) {}

    /** Whether anything is over the allowance. */
    public boolean due() {
        return excessM3 > 0;
    }

    /** The multiplier of the highest band with excess in it, or 1 when there is no excess. */
    public double topMultiplier() {
        double top = 1;
        for (Band band : bands) {
            if (band.volumeM3() > 0) {
                top = band.multiplier();
            }
        }
        return top;
    }
}
