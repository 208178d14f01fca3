package wellwatch.analytics.rules;

import java.time.Instant;
import java.util.Optional;
import wellwatch.analytics.alert.AlertType;
import wellwatch.analytics.alert.Evidence;
import wellwatch.analytics.alert.Finding;
import wellwatch.contract.reading.Reading;
import wellwatch.registry.ConversionCoefficient;
import wellwatch.registry.Well;

/**
 * Stuck or bypassed flow meter: the pump keeps drawing power while the meter's cumulative volume does not
 * move. A run starts with the first pumping interval (energy up beyond noise, or power above the threshold
 * where the device has no energy counter) in which the volume stayed within noise; idle intervals neither
 * extend nor end it; any volume movement ends it. The run is reported once it has lasted the window and the
 * pump drew the minimum energy in it, and on each further pumping reading while it lasts.
 *
 * <p>Needs the volume and the pump's energy or power in the same readings (an RTU reading both meters, as
 * the well-and-electricity controllers do).
 */
public final class StuckMeterRule implements ReadingRule {

    private final DetectionSettings.StuckMeter settings;
    private final DetectionSettings.Activity activity;
    private final DetectionSettings.Counters counters;
    private final long windowMillis;
    private final String rule;

    public StuckMeterRule(DetectionSettings.StuckMeter settings, DetectionSettings.Activity activity, DetectionSettings.Counters counters) {
        this.settings = settings;
        this.activity = activity;
        this.counters = counters;
        this.windowMillis = settings.window().toMillis();
        this.rule = "meter-stuck: volume up <= " + activity.volumeNoiseM3() + " m3 while the pump drew >= " + settings.minEnergyKwh()
                + " kWh over >= " + settings.window();
    }

    @Override
    public Optional<Finding> check(Well well, Reading reading, WellTrack track) {
        double dv = track.volumeDelta(reading);
        if (Double.isNaN(dv)) {
            if (reading.volumeM3() == null && !track.isStale(reading) && reading.deviceId().hashCode() == track.volumeDevice) {
                track.resetStuck(); // this device stopped reporting volume: no meter to be stuck
            }
            return Optional.empty();
        }
        if (dv > activity.volumeNoiseM3() || dv < -counters.volumeToleranceM3()) {
            track.resetStuck(); // water moved (or the counter went back: another rule's business)
            return Optional.empty();
        }
        long ts = reading.ts().toEpochMilli();
        double energy;
        double de = track.energyDelta(reading);
        if (!Double.isNaN(de) && track.energyTs == track.volumeTs) {
            if (!(de > activity.energyNoiseKwh())) {
                return Optional.empty(); // idle interval
            }
            energy = de;
        } else if (reading.energyKwh() == null && reading.powerKw() != null) {
            if (!(reading.powerKw() > activity.minPowerKw())) {
                return Optional.empty();
            }
            energy = reading.powerKw() * (ts - track.volumeTs) / 3_600_000.0; // estimate from power
        } else {
            return Optional.empty(); // no energy figure for this interval
        }
        if (track.stuckSince == WellTrack.NONE) {
            track.stuckSince = track.volumeTs;
            track.stuckVolume = track.volume;
            track.stuckEnergyKwh = 0;
        }
        track.stuckEnergyKwh += energy;
        if (ts - track.stuckSince < windowMillis || track.stuckEnergyKwh < settings.minEnergyKwh()) {
            return Optional.empty();
        }
        double hours = (ts - track.stuckSince) / 3_600_000.0;
        Evidence evidence = Signals.reading(reading)
                .put("stillSince", Instant.ofEpochMilli(track.stuckSince))
                .put("stillForHours", hours, 2)
                .put("volumeAtStartM3", track.stuckVolume)
                .put("volumeNowM3", reading.volumeM3())
                .put("energyDrawnKwh", track.stuckEnergyKwh)
                .put("powerKw", reading.powerKw());
        ConversionCoefficient c = well == null ? null : well.coefficients().atMillis(ts);
        if (c != null) {
            evidence.put("coefficientM3PerKwh", c.m3PerKwh(), 4)
                    .put("expectedWaterM3", track.stuckEnergyKwh * c.m3PerKwh());
        }
        return Optional.of(new Finding(AlertType.METER_STUCK, reading.wellId(), reading.ts(), rule,
                "Well " + reading.wellId() + ": the pump drew " + Evidence.format(track.stuckEnergyKwh, 1) + " kWh over "
                        + Evidence.format(hours, 1) + " h while the flow meter stood at " + Evidence.format(reading.volumeM3(), 1)
                        + " m3 (stuck or bypassed meter)",
                evidence.map()));
    }
}
