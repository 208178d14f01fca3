package wellwatch.analytics.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import wellwatch.analytics.enforcement.IllegalTransitionException;
import wellwatch.analytics.enforcement.InvalidFieldException;

/** Turns refusals of the bureau's API into {@link ApiError} responses with their status. */
public class ApiExceptionMapper {

    @ServerExceptionMapper
    public Response api(ApiException e) {
        return error(e.status(), e.field(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response illegalTransition(IllegalTransitionException e) {
        return error(409, null, e.getMessage());
    }

    @ServerExceptionMapper
    public Response invalidField(InvalidFieldException e) {
        return error(400, e.field(), e.getMessage());
    }

    static Response error(int status, String field, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ApiError(status, field, message)).build();
    }
}
