package wellwatch.analytics.conversion;

import java.time.Instant;

/**
 * Water computed from the electricity a pump drew over one interval (以电折水).
 *
 * @param from start of the interval (the earlier cumulative energy reading)
 * @param to end of the interval (the later cumulative energy reading)
 * @param energyKwh energy drawn in the interval, kWh
 * @param waterM3 water computed for the part of the interval a coefficient covers, m3
 * @param coveredEnergyKwh the share of {@code energyKwh} drawn while a coefficient applied (energy is assumed
 *     spread evenly over the interval); equal to {@code energyKwh} unless the history has a gap there
 */
public record Conversion(Instant from, Instant to, double energyKwh, double waterM3, double coveredEnergyKwh) {

    /** Whether a coefficient applied over the whole interval, so {@link #waterM3()} is the full figure. */
    public boolean complete() {
        return Math.abs(energyKwh - coveredEnergyKwh) <= 1e-9 * Math.max(1, energyKwh);
    }

    /** Energy drawn while no coefficient applied: its water is unknown and not in {@link #waterM3()}. */
    public double uncoveredEnergyKwh() {
        return energyKwh - coveredEnergyKwh;
    }

    /** The coefficient the interval effectively used (time-weighted when it changed inside), or NaN. */
    public double effectiveM3PerKwh() {
        return coveredEnergyKwh > 0 ? waterM3 / coveredEnergyKwh : Double.NaN;
    }

    /** Compares this figure with the flow meter's volume over the same interval. */
    public CrossCheck against(double meteredM3) {
        return new CrossCheck(this, meteredM3);
    }
}
