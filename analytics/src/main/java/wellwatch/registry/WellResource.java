package wellwatch.registry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import wellwatch.analytics.api.Roles;

/** Registry writes for the registry administrator: one well, or a CSV import. */
@Path("/api/registry/wells")
@RolesAllowed(Roles.REGISTRY_ADMIN)
public class WellResource {

    /** Body of {@code PUT /api/registry/wells/{wellId}}. */
    public record WellStatusChange(String unitId, String status, String statusSince) {}

    private final WellDirectory directory;
    private final WellImport wellImport;

    public WellResource(WellDirectory directory, WellImport wellImport) {
        this.directory = directory;
        this.wellImport = wellImport;
    }

    @PUT
    @Path("/{wellId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Well put(@PathParam("wellId") String wellId, WellStatusChange change) throws SQLException {
        if (change == null || change.status() == null) {
            throw new BadRequestException("body must give 'status' (active, seasonally_stopped, sealed, cancelled)");
        }
        Well well;
        try {
            well = new Well(wellId, change.unitId(), WellStatus.ofCode(change.status()),
                    change.statusSince() == null ? Instant.now() : Instant.parse(change.statusSince()));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new BadRequestException(e.getMessage());
        }
        wellImport.save(well);
        directory.remember(well);
        return well;
    }

    @POST
    @Path("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    public WellImport.Result importCsv(String csv) throws IOException, SQLException {
        WellImport.Result result = wellImport.importCsv(new BufferedReader(new StringReader(csv)));
        directory.reload();
        return result;
    }
}
