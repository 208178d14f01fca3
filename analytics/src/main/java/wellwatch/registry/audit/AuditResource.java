package wellwatch.registry.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import java.util.List;
import wellwatch.analytics.api.Roles;
import wellwatch.registry.api.RegistryException;
import wellwatch.registry.api.Requests;
import wellwatch.registry.db.Tx;

/** The registry's audit trail: {@code GET /api/registry/audit?entity=well&id=W000007}, newest first. */
@Path("/api/registry/audit")
@RolesAllowed({Roles.REGISTRY_ADMIN, Roles.BUREAU_ANALYST})
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final Tx tx;
    private final AuditTrail audit;

    public AuditResource(Tx tx, AuditTrail audit) {
        this.tx = tx;
        this.audit = audit;
    }

    @GET
    public List<AuditEntry> list(
            @QueryParam("entity") String entity,
            @QueryParam("id") String id,
            @QueryParam("limit") @DefaultValue("100") int limit,
            @QueryParam("offset") @DefaultValue("0") int offset) throws SQLException {
        Requests.paging(limit, offset);
        AuditEntity e = entity == null ? null : AuditEntity.of(entity);
        if (id != null && e == null) {
            throw RegistryException.badRequest("entity", "give entity together with id");
        }
        return tx.read(c -> audit.find(c, e, id, limit, offset));
    }
}
