package wellwatch.analytics.rules;

import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.Optional;
import wellwatch.analytics.alert.AlertType;
import wellwatch.analytics.alert.Evidence;
import wellwatch.analytics.alert.Finding;
import wellwatch.contract.reading.Reading;
import wellwatch.registry.Permit;
import wellwatch.registry.Well;
import wellwatch.registry.WellStatus;

/**
 * Abstraction without a valid permit (未经批准擅自取水): a well abstracting while it has no permit, its permit
 * is not yet valid or has expired on the reading's local date, or the well is not in the registry at all
 * (drilled without approval, or never registered). Sealed and seasonally stopped wells are left to their own
 * rules.
 */
public final class PermitRule implements ReadingRule {

    private final DetectionSettings.Activity activity;
    private final ZoneId zone;
    private final ZoneRules zoneRules;
    private final String rule;

    public PermitRule(DetectionSettings.Activity activity, ZoneId zone) {
        this.activity = activity;
        this.zone = zone;
        this.zoneRules = zone.getRules();
        this.rule = "no-permit: abstraction (pump on, power > " + activity.minPowerKw() + " kW, flow > " + activity.minFlowM3h()
                + " m3/h or counters rising) at an unregistered well or without a permit valid on the local date (" + zone + ")";
    }

    @Override
    public Optional<Finding> check(Well well, Reading reading, WellTrack track) {
        String reason;
        Permit permit = null;
        if (well == null) {
            reason = "unregistered_well";
        } else if (well.status() != WellStatus.ACTIVE) {
            return Optional.empty();
        } else if (well.permit() == null) {
            reason = "no_permit";
        } else {
            permit = well.permit();
            long day = Signals.localEpochDay(reading.ts(), zoneRules);
            if (permit.validFrom() != null && day < permit.validFrom().toEpochDay()) {
                reason = Permit.Validity.NOT_YET_VALID.code();
            } else if (permit.validTo() != null && day > permit.validTo().toEpochDay()) {
                reason = Permit.Validity.EXPIRED.code();
            } else {
                return Optional.empty();
            }
        }
        if (!Signals.abstracting(reading, track, activity, WellTrack.NONE)) {
            return Optional.empty();
        }
        String wellId = reading.wellId();
        Evidence evidence = Signals.reading(reading).put("reason", reason);
        if (permit != null) {
            evidence.put("permitNumber", permit.number())
                    .put("permitValidFrom", permit.validFrom())
                    .put("permitValidTo", permit.validTo())
                    .put("readingLocalDate", java.time.LocalDate.ofInstant(reading.ts(), zone));
        }
        Signals.describeActivity(evidence, reading, track);
        String why = switch (reason) {
            case "unregistered_well" -> "is not in the registry";
            case "no_permit" -> "has no abstraction permit";
            case "expired" -> "has permit " + permit.number() + " that expired on " + permit.validTo();
            default -> "has permit " + permit.number() + " that is valid only from " + permit.validFrom();
        };
        return Optional.of(new Finding(AlertType.ABSTRACTION_WITHOUT_PERMIT, wellId, reading.ts(), rule,
                "Well " + wellId + " is abstracting but " + why, evidence.map()));
    }
}
