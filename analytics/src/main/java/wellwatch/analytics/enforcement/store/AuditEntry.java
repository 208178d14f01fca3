package wellwatch.analytics.enforcement.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;

/**
 * One change to a lead, case or supervised case ({@code analytics.enforcement_audit}).
 *
 * @param before the record as it was (JSON as the API shows it), {@code null} on creation
 * @param after the record as it became
 */
@RegisterForReflection
public record AuditEntry(long id, Instant at, String actor, String entity, long entityId, String action, JsonNode before, JsonNode after) {}
