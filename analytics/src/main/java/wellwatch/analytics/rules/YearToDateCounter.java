package wellwatch.analytics.rules;

import java.time.ZoneId;
import wellwatch.analytics.conversion.ElectricityToWater;
import wellwatch.contract.reading.Reading;
import wellwatch.registry.Well;

/**
 * Keeps a well's year-to-date abstraction in its track as readings arrive (not a rule: the quota rules read
 * what it keeps). Per interval between two readings of the same device:
 *
 * <ul>
 *   <li>a well with a working flow meter counts the meter's volume, and only that (never also the
 *       electricity, so a well reporting through two devices is not counted twice); a rise faster than the
 *       volume-jump limit counts only up to that limit;
 *   <li>a well without one counts energy x the coefficient valid at the time ({@link ElectricityToWater});
 *       energy drawn where the history has no coefficient counts nothing;
 *   <li>a counter that went back, or a first reading, counts nothing;
 *   <li>an interval that starts in the previous calendar year counts only its share after New Year (local
 *       time), and the first reading of a new year starts the total at 0.
 * </ul>
 */
final class YearToDateCounter {

    private final DetectionSettings.Capacity capacity;
    private final ZoneId zone;

    YearToDateCounter(DetectionSettings.Capacity capacity, ZoneId zone) {
        this.capacity = capacity;
        this.zone = zone;
    }

    /** Adds the reading's interval to the track's year-to-date volume. Call before {@link WellTrack#commit}. */
    void add(Well well, Reading reading, WellTrack track) {
        if (well == null || track.isStale(reading)) {
            return;
        }
        long ts = reading.ts().toEpochMilli();
        if (!track.holdYearOf(ts, zone)) {
            return;
        }
        double m3;
        long from;
        if (well.metering().hasWorkingFlowMeter()) {
            double dv = track.volumeDelta(reading);
            if (!(dv > 0)) {
                return;
            }
            from = track.volumeTs;
            double limit = Signals.capacityM3h(well, capacity) * capacity.jumpFactor() * (ts - from) / 3_600_000.0;
            m3 = dv > capacity.minJumpM3() && dv > limit ? limit : dv;
        } else {
            double de = track.energyDelta(reading);
            if (!(de > 0)) {
                return;
            }
            from = track.energyTs;
            m3 = ElectricityToWater.waterM3(well.coefficients(), from, ts, de);
        }
        if (from < track.yearStart) {
            m3 *= (double) (ts - track.yearStart) / (ts - from);
        }
        track.ytdM3 += m3;
    }
}
