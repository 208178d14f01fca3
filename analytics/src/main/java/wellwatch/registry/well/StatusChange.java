package wellwatch.registry.well;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;

/** One entry of a well's status history: the status, since when, and who recorded it when. */
@RegisterForReflection
public record StatusChange(String status, Instant since, Instant recordedAt, String recordedBy) {}
