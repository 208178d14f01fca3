package wellwatch.analytics.rules;

import java.util.Optional;
import wellwatch.analytics.alert.AlertType;
import wellwatch.analytics.alert.Evidence;
import wellwatch.analytics.alert.Finding;
import wellwatch.contract.reading.Reading;
import wellwatch.registry.Well;

/**
 * Sealed-well reactivation (封停井复用 / 已关闭机井非法启用): a sealed or cancelled well must show neither pump
 * power nor water. Any reading that does (pump on, power or flow above the thresholds, or a counter that
 * rose over an interval after the well was closed) is a finding.
 */
public final class SealedWellRule implements ReadingRule {

    private final DetectionSettings.Activity activity;
    private final String rule;

    public SealedWellRule(DetectionSettings.Activity activity) {
        this.activity = activity;
        this.rule = "sealed-well: pump on, power > " + activity.minPowerKw() + " kW, flow > " + activity.minFlowM3h()
                + " m3/h, volume up > " + activity.volumeNoiseM3() + " m3 or energy up > " + activity.energyNoiseKwh() + " kWh";
    }

    DetectionSettings.Activity activity() {
        return activity;
    }

    @Override
    public Optional<Finding> check(Well well, Reading reading, WellTrack track) {
        if (well == null || !well.status().isClosed()) {
            return Optional.empty();
        }
        long since = well.statusSince() == null ? WellTrack.NONE : well.statusSince().toEpochMilli();
        if (reading.ts().toEpochMilli() < since) {
            return Optional.empty(); // measured before the well was closed
        }
        if (!Signals.abstracting(reading, track, activity, since)) {
            return Optional.empty();
        }
        Evidence evidence = Signals.reading(reading)
                .put("status", well.status().code())
                .put("statusSince", well.statusSince());
        Signals.describeActivity(evidence, reading, track);
        return Optional.of(new Finding(
                AlertType.SEALED_WELL_REACTIVATION,
                well.id(),
                reading.ts(),
                rule,
                "Well " + well.id() + " is " + well.status().code() + " but shows pump activity (power "
                        + reading.powerKw() + " kW, flow " + reading.flowM3h() + " m3/h)",
                evidence.map()));
    }
}
