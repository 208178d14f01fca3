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
import wellwatch.analytics.enforcement.EnforcementCase;
import wellwatch.analytics.enforcement.Fields;
import wellwatch.analytics.enforcement.store.AuditEntry;
import wellwatch.analytics.enforcement.store.CaseStore;

/** Enforcement cases (执法案件): opened from a lead ({@code leadId}) or by hand. */
@Path("/api/cases")
@RolesAllowed(Roles.BUREAU_ANALYST)
public class CaseResource {

    static final Set<String> CREATE_FIELDS;

    static {
        Set<String> fields = new HashSet<>(EnforcementCase.FIELDS);
        fields.add("leadId");
        CREATE_FIELDS = Set.copyOf(fields);
    }

    private final CaseStore cases;
    private final BureauConfig bureau;
    private final SecurityIdentity identity;

    public CaseResource(CaseStore cases, BureauConfig bureau, SecurityIdentity identity) {
        this.cases = cases;
        this.bureau = bureau;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(String body) throws SQLException {
        EnforcementCase opened = cases.create(Fields.parse(body, CREATE_FIELDS), identity.getPrincipal().getName(), LocalDate.now(bureau.zone()));
        return Response.created(URI.create("/api/cases/" + opened.id())).entity(opened).build();
    }

    /** Cases filed in {@code year} (all when absent), in order filed. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<EnforcementCase> list(@QueryParam("year") Integer year, @QueryParam("limit") @DefaultValue("100") int limit,
            @QueryParam("offset") @DefaultValue("0") int offset) throws SQLException {
        Paging.check(limit, offset);
        Paging.checkYear(year);
        return year == null
                ? cases.list(null, null, bureau.zone(), limit, offset)
                : cases.list(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1), bureau.zone(), limit, offset);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public EnforcementCase get(@PathParam("id") long id) throws SQLException {
        return cases.get(id).orElseThrow(() -> ApiException.notFound("case", id));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Produces(MediaType.APPLICATION_JSON)
    public EnforcementCase patch(@PathParam("id") long id, String body) throws SQLException {
        return cases.patch(id, Fields.parse(body, EnforcementCase.FIELDS), identity.getPrincipal().getName());
    }

    @GET
    @Path("/{id}/audit")
    @Produces(MediaType.APPLICATION_JSON)
    public List<AuditEntry> audit(@PathParam("id") long id) throws SQLException {
        return cases.audit(id);
    }
}
