package wellwatch.analytics.rollup;

import java.time.Instant;

/**
 * One device's part of one local clock hour of a well: a row of {@code analytics.water_hourly_device}.
 *
 * @param wellId the well
 * @param deviceId the device whose registers these figures come from
 * @param hour start of the local clock hour
 * @param energyKwh energy drawn: the hour's shares of positive energy register deltas, kWh
 * @param waterFromEnergyM3 that energy x the coefficient valid when it was drawn, m3
 * @param uncoveredEnergyKwh the part of {@code energyKwh} drawn while no coefficient applied (not converted)
 * @param meteredM3 the hour's shares of positive volume register deltas, m3
 * @param energyIntervals energy intervals overlapping the hour (0: the energy register did not report here)
 * @param volumeIntervals volume intervals overlapping the hour
 * @param energyRegressions intervals ending in this hour over which the energy register went back (excluded)
 * @param volumeRegressions the same for the volume register
 */
public record HourRow(
        String wellId,
        String deviceId,
        Instant hour,
        double energyKwh,
        double waterFromEnergyM3,
        double uncoveredEnergyKwh,
        double meteredM3,
        int energyIntervals,
        int volumeIntervals,
        int energyRegressions,
        int volumeRegressions) {}
