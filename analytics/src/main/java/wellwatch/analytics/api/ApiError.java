package wellwatch.analytics.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The body of an error response: {@code {"status":409,"message":"..."}}, with {@code field} when one is at fault. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(int status, String field, String message) {}
