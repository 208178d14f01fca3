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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import wellwatch.analytics.api.ApiException;
import wellwatch.analytics.api.Roles;
import wellwatch.analytics.enforcement.BureauConfig;
import wellwatch.analytics.enforcement.Fields;
import wellwatch.analytics.enforcement.Lead;
import wellwatch.analytics.enforcement.store.AuditEntry;
import wellwatch.analytics.enforcement.store.LeadStore;

/** Problem leads (问题线索): entered by hand here, or created from alerts ({@code POST /api/alerts/{id}/lead}). */
@Path("/api/leads")
@RolesAllowed(Roles.BUREAU_ANALYST)
public class LeadResource {

    private final LeadStore leads;
    private final BureauConfig bureau;
    private final SecurityIdentity identity;

    public LeadResource(LeadStore leads, BureauConfig bureau, SecurityIdentity identity) {
        this.leads = leads;
        this.bureau = bureau;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(String body) throws SQLException {
        Lead lead = leads.create(Fields.parse(body, Lead.FIELDS), identity.getPrincipal().getName(), Instant.now());
        return Response.created(URI.create("/api/leads/" + lead.id())).entity(lead).build();
    }

    /** Leads found in {@code year} (the bureau's calendar; all when absent), in order found. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<Lead> list(@QueryParam("year") Integer year, @QueryParam("limit") @DefaultValue("100") int limit,
            @QueryParam("offset") @DefaultValue("0") int offset) throws SQLException {
        Paging.check(limit, offset);
        Paging.checkYear(year);
        if (year == null) {
            return leads.list(null, null, limit, offset);
        }
        return leads.list(LocalDate.of(year, 1, 1).atStartOfDay(bureau.zone()).toInstant(),
                LocalDate.of(year + 1, 1, 1).atStartOfDay(bureau.zone()).toInstant(), limit, offset);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Lead get(@PathParam("id") long id) throws SQLException {
        return leads.get(id).orElseThrow(() -> ApiException.notFound("lead", id));
    }

    /** Changes the fields the body gives; {@code null} clears one. */
    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Produces(MediaType.APPLICATION_JSON)
    public Lead patch(@PathParam("id") long id, String body) throws SQLException {
        return leads.patch(id, Fields.parse(body, Lead.FIELDS), identity.getPrincipal().getName());
    }

    /** Every change to the lead, oldest first: who, when, before, after. */
    @GET
    @Path("/{id}/audit")
    @Produces(MediaType.APPLICATION_JSON)
    public List<AuditEntry> audit(@PathParam("id") long id) throws SQLException {
        return leads.audit(id);
    }
}
