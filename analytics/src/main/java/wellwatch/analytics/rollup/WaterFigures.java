package wellwatch.analytics.rollup;

import java.time.Instant;

/**
 * A well's figures over one period (hour, day, month or year) as the rollup views give them. A figure is
 * {@code null} where its register did not report in the period.
 *
 * @param start start of the period (local calendar), as an instant
 * @param energyKwh energy drawn, kWh
 * @param waterFromEnergyM3 water computed from that energy, m3
 * @param meteredM3 water through the flow meter, m3
 * @param ratio metered / water from energy (1.0: they agree), or {@code null}
 * @param uncoveredEnergyKwh energy drawn while no coefficient applied (not in waterFromEnergyM3), kWh
 * @param energyRegressions intervals where the energy register went back (excluded)
 * @param volumeRegressions intervals where the volume register went back (excluded)
 */
public record WaterFigures(
        Instant start,
        Double energyKwh,
        Double waterFromEnergyM3,
        Double meteredM3,
        Double ratio,
        double uncoveredEnergyKwh,
        int energyRegressions,
        int volumeRegressions) {

    /** The best estimate: metered where the well's water is its flow meter's, else from energy. */
    public Double waterM3(boolean metered) {
        return metered ? meteredM3 : waterFromEnergyM3;
    }
}
