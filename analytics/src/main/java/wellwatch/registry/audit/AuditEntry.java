package wellwatch.registry.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;

/**
 * One change to the registry: who made it, when (the transaction's time), what it changed, and the record
 * before and after as JSON ({@code before} null on create, {@code after} null on delete).
 */
@RegisterForReflection
public record AuditEntry(long id, Instant at, String actor, String entity, String entityId, String action, JsonNode before, JsonNode after) {}
