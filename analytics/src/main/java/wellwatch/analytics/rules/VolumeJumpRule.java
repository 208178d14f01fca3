package wellwatch.analytics.rules;

import java.time.Instant;
import java.util.Optional;
import wellwatch.analytics.alert.AlertType;
import wellwatch.analytics.alert.Evidence;
import wellwatch.analytics.alert.Finding;
import wellwatch.contract.reading.Reading;
import wellwatch.registry.Well;

/**
 * Impossible jump in cumulative volume: the meter advanced by more than the minimum jump and faster, averaged
 * over the interval since the device's previous volume, than the pump can deliver (rated capacity x the jump
 * factor). A counter glitch, a meter swapped for one with a higher register, or forged figures.
 */
public final class VolumeJumpRule implements ReadingRule {

    private final DetectionSettings.Capacity capacity;
    private final String rule;

    public VolumeJumpRule(DetectionSettings.Capacity capacity) {
        this.capacity = capacity;
        this.rule = "volume-jump: volume up > " + capacity.minJumpM3() + " m3 at an average rate > " + capacity.jumpFactor()
                + " x rated capacity (unrated wells: " + capacity.unratedCapacityM3h() + " m3/h)";
    }

    @Override
    public Optional<Finding> check(Well well, Reading reading, WellTrack track) {
        double dv = track.volumeDelta(reading);
        if (!(dv > capacity.minJumpM3())) {
            return Optional.empty();
        }
        double hours = (reading.ts().toEpochMilli() - track.volumeTs) / 3_600_000.0;
        double rated = Signals.capacityM3h(well, capacity);
        double possible = rated * capacity.jumpFactor() * hours;
        if (dv <= possible) {
            return Optional.empty();
        }
        Evidence evidence = Signals.reading(reading)
                .put("volumeBeforeM3", track.volume)
                .put("volumeBeforeTs", Instant.ofEpochMilli(track.volumeTs))
                .put("volumeNowM3", reading.volumeM3())
                .put("volumeDeltaM3", dv)
                .put("intervalHours", hours, 4)
                .put("impliedRateM3h", hours > 0 ? dv / hours : Double.POSITIVE_INFINITY)
                .put("ratedCapacityM3h", rated)
                .put("maxPossibleM3", possible);
        return Optional.of(new Finding(AlertType.VOLUME_JUMP, reading.wellId(), reading.ts(), rule,
                "Well " + reading.wellId() + ": cumulative volume jumped by " + Evidence.format(dv, 1) + " m3 in "
                        + Evidence.format(hours * 60, 1) + " min, more than the pump can deliver (" + Evidence.format(possible, 1) + " m3)",
                evidence.map()));
    }
}
