package wellwatch.contract.alert;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import wellwatch.contract.Json;

/**
 * An alert as published on {@link wellwatch.contract.Topics#ALERTS}, keyed by well id. There is at most one
 * open alert per well and type: repeated evidence republishes the same {@code id} with a later
 * {@code lastSeen} and a higher {@code occurrences}. Consumers key on {@code id}.
 *
 * @param id stable alert id
 * @param type what was detected, e.g. {@code sealed_well_reactivation}
 * @param severity {@code info}, {@code warning} or {@code critical}
 * @param wellId the well concerned
 * @param state {@code open}, {@code acknowledged}, {@code lead} or {@code closed}
 * @param firstSeen time of the first reading that triggered it
 * @param lastSeen time of the latest reading that triggered it
 * @param occurrences how many readings have triggered it so far
 * @param rule the rule and threshold used, e.g. {@code sealed-well: power > 0.5 kW or flow > 0.1 m3/h}
 * @param summary one sentence for a water engineer
 * @param evidence the figures behind it (readings, values), as text
 * @param unitId the water user (unit) the well belongs to, or {@code null} when the registry does not say
 * @param stateChangedAt when {@code state} was last changed by a person, or {@code null} while never
 * @param stateChangedBy who changed it (the API user), or {@code null} while never
 * @param leadId the problem lead the alert was turned into, or {@code null}
 */
public record AlertEvent(
        long id,
        String type,
        String severity,
        String wellId,
        String state,
        Instant firstSeen,
        Instant lastSeen,
        long occurrences,
        String rule,
        String summary,
        Map<String, String> evidence,
        String unitId,
        Instant stateChangedAt,
        String stateChangedBy,
        Long leadId) {

    public AlertEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(wellId, "wellId");
        evidence = evidence == null ? Map.of() : Map.copyOf(evidence);
    }

    /** An alert no one has worked on yet, of a well whose unit is not known. */
    public AlertEvent(long id, String type, String severity, String wellId, String state, Instant firstSeen, Instant lastSeen,
            long occurrences, String rule, String summary, Map<String, String> evidence) {
        this(id, type, severity, wellId, state, firstSeen, lastSeen, occurrences, rule, summary, evidence, null, null, null, null);
    }

    public byte[] toJson() {
        return Json.write(g -> {
            g.writeStartObject();
            g.writeNumberField("id", id);
            g.writeStringField("type", type);
            g.writeStringField("severity", severity);
            g.writeStringField("wellId", wellId);
            g.writeStringField("state", state);
            g.writeStringField("firstSeen", firstSeen.toString());
            g.writeStringField("lastSeen", lastSeen.toString());
            g.writeNumberField("occurrences", occurrences);
            g.writeStringField("rule", rule);
            g.writeStringField("summary", summary);
            g.writeFieldName("evidence");
            Json.writeStringMap(g, evidence);
            g.writeStringField("unitId", unitId);
            g.writeStringField("stateChangedAt", stateChangedAt == null ? null : stateChangedAt.toString());
            g.writeStringField("stateChangedBy", stateChangedBy);
            if (leadId == null) {
                g.writeNullField("leadId");
            } else {
                g.writeNumberField("leadId", leadId);
            }
            g.writeEndObject();
        });
    }

    public static AlertEvent fromJson(byte[] json) {
        JsonNode n = Json.parseTrusted(json);
        Map<String, String> evidence = Json.readStringMap(n.path("evidence"));
        return new AlertEvent(
                n.path("id").asLong(),
                n.path("type").asText(),
                n.path("severity").asText(),
                n.path("wellId").asText(),
                n.path("state").asText(),
                Instant.parse(n.path("firstSeen").asText()),
                Instant.parse(n.path("lastSeen").asText()),
                n.path("occurrences").asLong(),
                n.path("rule").asText(),
                n.path("summary").asText(),
                evidence,
                textOrNull(n, "unitId"),
                textOrNull(n, "stateChangedAt") == null ? null : Instant.parse(n.path("stateChangedAt").asText()),
                textOrNull(n, "stateChangedBy"),
                n.path("leadId").isIntegralNumber() ? n.path("leadId").asLong() : null);
    }

    private static String textOrNull(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
