package wellwatch.analytics.rules;

import java.util.Optional;
import wellwatch.analytics.alert.AlertType;
import wellwatch.analytics.alert.Evidence;
import wellwatch.analytics.alert.Finding;
import wellwatch.contract.reading.Reading;
import wellwatch.registry.Well;
import wellwatch.registry.WellStatus;

/**
 * Self-supplied well in use inside the public water-supply network coverage (公共供水管网覆盖范围内自备井): such
 * wells are to be stopped and sealed; any abstraction at an active well registered inside the coverage is a
 * finding. (A sealed or stopped one is left to the sealed-well and seasonal-stop rules.)
 */
public final class PublicNetworkWellRule implements ReadingRule {

    private final DetectionSettings.Activity activity;
    private final String rule;

    public PublicNetworkWellRule(DetectionSettings.Activity activity) {
        this.activity = activity;
        this.rule = "network-area-well: well inside public network coverage shows pump on, power > " + activity.minPowerKw()
                + " kW, flow > " + activity.minFlowM3h() + " m3/h or counters rising";
    }

    @Override
    public Optional<Finding> check(Well well, Reading reading, WellTrack track) {
        if (well == null || !well.insidePublicNetwork() || well.status() != WellStatus.ACTIVE
                || !Signals.abstracting(reading, track, activity, WellTrack.NONE)) {
            return Optional.empty();
        }
        Evidence evidence = Signals.reading(reading).put("insidePublicNetwork", true).put("unitId", well.unitId());
        if (well.permit() != null) {
            evidence.put("permitNumber", well.permit().number()).put("permitValidTo", well.permit().validTo());
        }
        Signals.describeActivity(evidence, reading, track);
        return Optional.of(new Finding(AlertType.NETWORK_AREA_WELL_IN_USE, well.id(), reading.ts(), rule,
                "Self-supplied well " + well.id() + " lies inside the public water-supply network coverage and is still in use",
                evidence.map()));
    }
}
