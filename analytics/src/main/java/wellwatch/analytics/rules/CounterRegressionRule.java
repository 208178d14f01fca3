package wellwatch.analytics.rules;

import java.time.Instant;
import java.util.Optional;
import wellwatch.analytics.alert.AlertType;
import wellwatch.analytics.alert.Evidence;
import wellwatch.analytics.alert.Finding;
import wellwatch.contract.reading.Reading;
import wellwatch.registry.Well;

/**
 * Cumulative counter going backwards: the volume or energy a device reports is lower than what the same
 * device reported before, beyond a small tolerance. A counter only grows; a drop means it was reset, the meter
 * behind the device was swapped, or the figures were tampered with. Counters of different devices are never
 * compared (a well may report through an RTU and a separate power meter). After the drop the new value
 * becomes the baseline, so one drop gives one finding.
 */
public final class CounterRegressionRule implements ReadingRule {

    private final DetectionSettings.Counters counters;
    private final String rule;

    public CounterRegressionRule(DetectionSettings.Counters counters) {
        this.counters = counters;
        this.rule = "counter-regression: cumulative volume down > " + counters.volumeToleranceM3() + " m3 or energy down > "
                + counters.energyToleranceKwh() + " kWh on the same device";
    }

    @Override
    public Optional<Finding> check(Well well, Reading reading, WellTrack track) {
        double dv = track.volumeDelta(reading);
        double de = track.energyDelta(reading);
        boolean volumeBack = dv < -counters.volumeToleranceM3();
        boolean energyBack = de < -counters.energyToleranceKwh();
        if (!volumeBack && !energyBack) {
            return Optional.empty();
        }
        Evidence evidence = Signals.reading(reading);
        StringBuilder summary = new StringBuilder("Well ").append(reading.wellId()).append(": ");
        if (volumeBack) {
            evidence.put("volumeBeforeM3", track.volume)
                    .put("volumeBeforeTs", Instant.ofEpochMilli(track.volumeTs))
                    .put("volumeNowM3", reading.volumeM3())
                    .put("volumeDropM3", -dv);
            summary.append("cumulative volume fell from ").append(Evidence.format(track.volume, 3)).append(" to ")
                    .append(Evidence.format(reading.volumeM3(), 3)).append(" m3");
        }
        if (energyBack) {
            evidence.put("energyBeforeKwh", track.energy)
                    .put("energyBeforeTs", Instant.ofEpochMilli(track.energyTs))
                    .put("energyNowKwh", reading.energyKwh())
                    .put("energyDropKwh", -de);
            summary.append(volumeBack ? "; " : "").append("cumulative energy fell from ").append(Evidence.format(track.energy, 3))
                    .append(" to ").append(Evidence.format(reading.energyKwh(), 3)).append(" kWh");
        }
        summary.append(" (reset, meter swap or tampering)");
        return Optional.of(new Finding(AlertType.COUNTER_REGRESSION, reading.wellId(), reading.ts(), rule, summary.toString(), evidence.map()));
    }
}
