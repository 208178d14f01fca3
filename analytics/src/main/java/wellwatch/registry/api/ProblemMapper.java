package wellwatch.registry.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns registry errors into {@link Problem} responses with their status. */
public class ProblemMapper {

    @ServerExceptionMapper
    public Response registry(RegistryException e) {
        return Response.status(e.status()).type(MediaType.APPLICATION_JSON).entity(new Problem(e.status(), e.field(), e.getMessage())).build();
    }

    @ServerExceptionMapper
    public Response field(FieldException e) {
        return Response.status(400).type(MediaType.APPLICATION_JSON).entity(new Problem(400, e.field(), e.getMessage())).build();
    }
}
