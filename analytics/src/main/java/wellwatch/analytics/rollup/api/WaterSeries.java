package wellwatch.analytics.rollup.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;

/**
 * A well's water over periods, as {@code GET /api/wells/{id}/water} returns it (docs/api/water.md).
 *
 * @param wellId the well
 * @param granularity hour, day, month or year
 * @param zone the time zone of the periods
 * @param from start of the first period asked for
 * @param to end of the last period asked for (exclusive)
 * @param basis where {@code waterM3} comes from: {@code metered} (a working flow meter) or {@code energy}
 * @param periods the periods with data, oldest first
 */
@RegisterForReflection
public record WaterSeries(String wellId, String granularity, String zone, Instant from, Instant to, String basis, List<Period> periods) {

    /**
     * One period. Figures are {@code null} where their register did not report.
     *
     * @param start start of the period
     * @param period the period in local time: 2026-05-01T10:00, 2026-05-01, 2026-05, 2026
     * @param energyKwh energy drawn, kWh
     * @param waterFromEnergyM3 water from that energy and the coefficient valid at the time, m3
     * @param meteredM3 water through the flow meter, m3
     * @param ratio metered / water from energy (1.0: they agree)
     * @param waterM3 the best estimate (see {@code basis})
     * @param uncoveredEnergyKwh energy drawn while no coefficient applied (not converted), kWh
     * @param energyRegressions intervals where the energy register went back (excluded)
     * @param volumeRegressions intervals where the volume register went back (excluded)
     */
    @RegisterForReflection
    public record Period(
            Instant start,
            String period,
            Double energyKwh,
            Double waterFromEnergyM3,
            Double meteredM3,
            Double ratio,
            Double waterM3,
            double uncoveredEnergyKwh,
            int energyRegressions,
            int volumeRegressions) {}
}
