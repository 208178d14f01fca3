package wellwatch.analytics.alert;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What a rule found in the data: the raw material of an alert. Rules produce findings; the alert book
 * turns them into alerts, one open alert per well and type.
 *
 * @param type what was detected
 * @param wellId the well concerned
 * @param at time of the reading (or window end) that shows it
 * @param rule the rule and the threshold it used, so an engineer can check the verdict
 * @param summary one sentence for a water engineer
 * @param evidence the figures behind it
 */
public record Finding(AlertType type, String wellId, Instant at, String rule, String summary, Map<String, String> evidence) {

    public Finding {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(wellId, "wellId");
        Objects.requireNonNull(at, "at");
        evidence = evidence == null ? Map.of() : Map.copyOf(evidence);
    }
}
