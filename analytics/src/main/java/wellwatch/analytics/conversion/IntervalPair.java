package wellwatch.analytics.conversion;

import java.time.Instant;

/**
 * What a flow meter and a power meter measured over the same interval at one well: the raw material of a
 * calibration. Built from two consecutive readings that carry both cumulative counters.
 *
 * @param from start of the interval
 * @param to end of the interval
 * @param meteredM3 volume delta of the flow meter, m3
 * @param energyKwh energy delta of the pump's power meter, kWh
 */
public record IntervalPair(Instant from, Instant to, double meteredM3, double energyKwh) {}
