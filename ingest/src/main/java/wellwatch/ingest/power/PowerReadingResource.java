package wellwatch.ingest.power;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * {@code POST /api/power-readings}: the power utility uploads pump-meter electricity, as CSV or JSON, and
 * gets back what was accepted, what was already there, what was refused and why, and which meters the
 * registry does not know. See docs/api/power-readings.md.
 */
@Path(PowerReadingResource.PATH)
@RolesAllowed(PowerReadingResource.ROLE)
public class PowerReadingResource {

    public static final String PATH = "/api/power-readings";
    /** The power utility's system: uploads pump-meter electricity data, nothing else. */
    public static final String ROLE = "utility-uploader";
    public static final String TEXT_CSV = "text/csv";

    private final PowerUpload upload;

    public PowerReadingResource(PowerUpload upload) {
        this.upload = upload;
    }

    @POST
    @Consumes(TEXT_CSV)
    @Produces(MediaType.APPLICATION_JSON)
    public Response csv(byte[] body, @QueryParam("batch") String batch, @Context HttpHeaders headers) throws InterruptedException {
        return ok(upload.csv(body, charset(headers.getMediaType()), batch));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response json(byte[] body, @QueryParam("batch") String batch) throws InterruptedException {
        return ok(upload.json(body, batch));
    }

    @ServerExceptionMapper
    public Response refused(UploadRefused e) {
        return Response.status(e.status()).type(MediaType.APPLICATION_JSON).entity(UploadReport.error(e.getMessage())).build();
    }

    private static Response ok(UploadReport report) {
        return Response.ok(report.toJson(), MediaType.APPLICATION_JSON).build();
    }

    private static Charset charset(MediaType type) {
        String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw UploadRefused.unparseable("unknown charset '" + name + "'");
        }
    }
}
