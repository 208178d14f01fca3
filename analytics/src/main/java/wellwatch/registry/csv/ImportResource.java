package wellwatch.registry.csv;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.sql.SQLException;
import java.util.Locale;
import wellwatch.analytics.api.Roles;
import wellwatch.registry.WellDirectory;
import wellwatch.registry.api.RegistryException;
import wellwatch.registry.api.Requests;

/**
 * {@code POST /api/registry/import}: a registry CSV for the registry administrator. The body is UTF-8 (with or
 * without a byte order mark) unless the Content-Type names another charset, e.g. {@code text/csv; charset=GB18030}
 * for a file saved by Excel as plain "CSV" on a Chinese Windows. Its size is capped by
 * {@code quarkus.http.limits.max-body-size}.
 */
@Path("/api/registry/import")
@RolesAllowed(Roles.REGISTRY_ADMIN)
public class ImportResource {

    private final RegistryImport registryImport;
    private final WellDirectory directory;
    private final SecurityIdentity identity;

    public ImportResource(RegistryImport registryImport, WellDirectory directory, SecurityIdentity identity) {
        this.registryImport = registryImport;
        this.directory = directory;
        this.identity = identity;
    }

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    public ImportResult importCsv(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) throws IOException, SQLException {
        String text = decode(body, charset(contentType));
        ImportResult result = registryImport.importCsv(new StringReader(text), Requests.actor(identity));
        if (result.changed() > 0) {
            directory.reload();
        }
        return result;
    }

    static Charset charset(String contentType) {
        if (contentType != null) {
            for (String part : contentType.split(";")) {
                String p = part.strip();
                if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                    String name = p.substring("charset=".length()).replace("\"", "").strip();
                    try {
                        return Charset.forName(name);
                    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                        throw RegistryException.badRequest("charset", "unknown charset '" + name + "' (use UTF-8, or GB18030 for files from Excel's plain CSV)");
                    }
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** The body as text; bytes that are not valid in the charset are refused, never replaced. */
    static String decode(byte[] body, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body == null ? new byte[0] : body)).toString();
        } catch (CharacterCodingException e) {
            throw RegistryException.badRequest("charset", "the file is not valid " + charset.name()
                    + ": save it as \"CSV UTF-8\", or send it with Content-Type: text/csv; charset=GB18030");
        }
    }
}
