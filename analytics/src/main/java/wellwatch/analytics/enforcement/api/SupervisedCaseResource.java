package wellwatch.analytics.enforcement.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import wellwatch.analytics.api.ApiException;
import wellwatch.analytics.api.Roles;
import wellwatch.analytics.enforcement.BureauConfig;
import wellwatch.analytics.enforcement.Fields;
import wellwatch.analytics.enforcement.SupervisedCase;
import wellwatch.analytics.enforcement.store.AuditEntry;
import wellwatch.analytics.enforcement.store.SupervisedCaseStore;

/** Supervised cases (挂牌督办案件): an enforcement case ({@code caseId}) or a matter listed for supervision. */
@Path("/api/supervised-cases")
@RolesAllowed(Roles.BUREAU_ANALYST)
public class SupervisedCaseResource {

    static final Set<String> CREATE_FIELDS;

    static {
        Set<String> fields = new HashSet<>(SupervisedCase.FIELDS);
        fields.add("caseId");
        CREATE_FIELDS = Set.copyOf(fields);
    }

    private final SupervisedCaseStore supervised;
    private final BureauConfig bureau;
    private final SecurityIdentity identity;

    public SupervisedCaseResource(SupervisedCaseStore supervised, BureauConfig bureau, SecurityIdentity identity) {
        this.supervised = supervised;
        this.bureau = bureau;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(String body) throws SQLException {
        SupervisedCase listed = supervised.create(Fields.parse(body, CREATE_FIELDS), identity.getPrincipal().getName(), LocalDate.now(bureau.zone()));
        return Response.created(URI.create("/api/supervised-cases/" + listed.id())).entity(listed).build();
    }

    /** Supervised cases listed in {@code year} (all when absent), in order listed. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<SupervisedCase> list(@QueryParam("year") Integer year, @QueryParam("limit") @DefaultValue("100") int limit,
            @QueryParam("offset") @DefaultValue("0") int offset) throws SQLException {
        Paging.check(limit, offset);
        Paging.checkYear(year);
        return year == null
                ? supervised.list(null, null, limit, offset)
                : supervised.list(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1), limit, offset);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public SupervisedCase get(@PathParam("id") long id) throws SQLException {
        return supervised.get(id).orElseThrow(() -> ApiException.notFound("supervised case", id));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Produces(MediaType.APPLICATION_JSON)
    public SupervisedCase patch(@PathParam("id") long id, String body) throws SQLException {
        return supervised.patch(id, Fields.parse(body, SupervisedCase.FIELDS), identity.getPrincipal().getName());
    }

    @GET
    @Path("/{id}/audit")
    @Produces(MediaType.APPLICATION_JSON)
    public List<AuditEntry> audit(@PathParam("id") long id) throws SQLException {
        return supervised.audit(id);
    }
}
