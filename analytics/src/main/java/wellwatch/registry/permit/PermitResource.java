package wellwatch.registry.permit;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import java.util.Set;
import wellwatch.analytics.api.Roles;
import wellwatch.registry.WellDirectory;
import wellwatch.registry.api.JsonBody;
import wellwatch.registry.api.RegistryException;
import wellwatch.registry.api.Requests;
import wellwatch.registry.db.Tx;

/**
 * Abstraction permits: read by analysts and the registry administrator, written by the administrator. A
 * permit with {@code wellId} is the well's; without, it is its unit's and covers all the unit's wells.
 */
@Path("/api/registry/permits")
@RolesAllowed({Roles.REGISTRY_ADMIN, Roles.BUREAU_ANALYST})
@Produces(MediaType.APPLICATION_JSON)
public class PermitResource {

    static final Set<String> FIELDS = Set.of("unitId", "wellId", "annualVolumeM3", "use", "validFrom", "validTo");

    private final Tx tx;
    private final PermitStore permits;
    private final PermitWrites writes;
    private final WellDirectory directory;
    private final SecurityIdentity identity;

    public PermitResource(Tx tx, PermitStore permits, PermitWrites writes, WellDirectory directory, SecurityIdentity identity) {
        this.tx = tx;
        this.permits = permits;
        this.writes = writes;
        this.directory = directory;
        this.identity = identity;
    }

    @GET
    @Path("/{permitNo}")
    public PermitRecord get(@PathParam("permitNo") String permitNo) throws SQLException {
        String no = Requests.id("permitNo", permitNo);
        return tx.read(c -> permits.find(c, no)).orElseThrow(() -> RegistryException.notFound("permit", no));
    }

    /** Registers or updates a permit; {@code annualVolumeM3} is required for a new one. Absent fields keep their value, null clears. */
    @PUT
    @Path("/{permitNo}")
    @RolesAllowed(Roles.REGISTRY_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public PermitRecord put(@PathParam("permitNo") String permitNo, JsonNode json) throws SQLException {
        String no = Requests.id("permitNo", permitNo);
        JsonBody body = JsonBody.of(json, FIELDS);
        String actor = Requests.actor(identity);
        PermitRecord[] change = tx.run(c -> {
            PermitRecord b = permits.lock(c, no).orElse(null);
            PermitRecord wanted = Requests.fields(() -> new PermitRecord(no,
                    Requests.id("unitId", body.text("unitId", b == null ? null : b.unitId())),
                    Requests.id("wellId", body.text("wellId", b == null ? null : b.wellId())),
                    body.number("annualVolumeM3", b == null ? null : b.annualVolumeM3()),
                    body.text("use", b == null ? null : b.use()),
                    body.date("validFrom", b == null ? null : b.validFrom()),
                    body.date("validTo", b == null ? null : b.validTo())));
            PermitRecord after = writes.resolve(c, wanted);
            permits.save(c, actor, b, after);
            return new PermitRecord[] {b, after};
        });
        refresh(change[0]);
        refresh(change[1]);
        return change[1];
    }

    @DELETE
    @Path("/{permitNo}")
    @RolesAllowed(Roles.REGISTRY_ADMIN)
    public void delete(@PathParam("permitNo") String permitNo) throws SQLException {
        String no = Requests.id("permitNo", permitNo);
        String actor = Requests.actor(identity);
        PermitRecord removed = tx.run(c -> {
            PermitRecord b = permits.lock(c, no).orElseThrow(() -> RegistryException.notFound("permit", no));
            permits.delete(c, actor, b);
            return b;
        });
        refresh(removed);
    }

    /** Updates the directory for whatever the permit covers. */
    private void refresh(PermitRecord p) throws SQLException {
        if (p == null) {
            return;
        }
        if (p.wellId() != null) {
            directory.refreshWell(p.wellId());
        } else {
            directory.refreshUnit(p.unitId());
        }
    }
}
