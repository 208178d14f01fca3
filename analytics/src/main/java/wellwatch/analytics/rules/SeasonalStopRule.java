package wellwatch.analytics.rules;

import java.util.Optional;
import wellwatch.analytics.alert.AlertType;
import wellwatch.analytics.alert.Evidence;
import wellwatch.analytics.alert.Finding;
import wellwatch.contract.reading.Reading;
import wellwatch.registry.Well;
import wellwatch.registry.WellStatus;

/**
 * Seasonal-stop violation: a well reported stopped for the season (报停) must draw no power until the
 * water bureau certifies its resumption and the registry marks it active again. Pump power or water at
 * such a well, after the stop took effect, is a finding.
 */
public final class SeasonalStopRule implements ReadingRule {

    private final DetectionSettings.Activity activity;
    private final String rule;

    public SeasonalStopRule(DetectionSettings.Activity activity) {
        this.activity = activity;
        this.rule = "seasonal-stop: well reported stopped shows pump on, power > " + activity.minPowerKw() + " kW, flow > "
                + activity.minFlowM3h() + " m3/h or counters rising";
    }

    @Override
    public Optional<Finding> check(Well well, Reading reading, WellTrack track) {
        if (well == null || well.status() != WellStatus.SEASONALLY_STOPPED) {
            return Optional.empty();
        }
        long since = well.statusSince() == null ? WellTrack.NONE : well.statusSince().toEpochMilli();
        if (reading.ts().toEpochMilli() < since || !Signals.abstracting(reading, track, activity, since)) {
            return Optional.empty();
        }
        Evidence evidence = Signals.reading(reading).put("stoppedSince", well.statusSince());
        Signals.describeActivity(evidence, reading, track);
        return Optional.of(new Finding(AlertType.SEASONAL_STOP_VIOLATION, well.id(), reading.ts(), rule,
                "Well " + well.id() + " was reported stopped for the season"
                        + (well.statusSince() == null ? "" : " on " + well.statusSince()) + " but is pumping (power "
                        + reading.powerKw() + " kW, flow " + reading.flowM3h() + " m3/h)",
                evidence.map()));
    }
}
