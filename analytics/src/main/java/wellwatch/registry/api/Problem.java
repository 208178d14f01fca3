package wellwatch.registry.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The body of a registry error response: {@code {"status":400,"field":"lat","message":"..."}}. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(int status, String field, String message) {}
