package wellwatch.analytics.api;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jboss.resteasy.reactive.RestStreamElementType;
import wellwatch.analytics.alert.AlertType;
import wellwatch.analytics.alert.Severity;
import wellwatch.analytics.enforcement.AlertAction;
import wellwatch.analytics.enforcement.AlertState;
import wellwatch.analytics.enforcement.AlertWorkflow;
import wellwatch.analytics.enforcement.Fields;
import wellwatch.analytics.store.AlertBook;
import wellwatch.analytics.store.AlertTransition;
import wellwatch.analytics.stream.AlertOutbox;
import wellwatch.contract.alert.AlertEvent;

/**
 * Alerts for the water bureau: {@code GET /api/alerts} with filters and paging, a live SSE stream, and the
 * lifecycle actions (acknowledge, turn into a lead, close) with their audit trail.
 */
@Path("/api/alerts")
@RolesAllowed(Roles.BUREAU_ANALYST)
public class AlertResource {

    static final int MAX_LIMIT = 1000;

    private final AlertBook book;
    private final AlertOutbox outbox;
    private final AlertWorkflow workflow;
    private final SecurityIdentity identity;

    public AlertResource(AlertBook book, AlertOutbox outbox, AlertWorkflow workflow, SecurityIdentity identity) {
        this.book = book;
        this.outbox = outbox;
        this.workflow = workflow;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<AlertEvent> list(
            @QueryParam("wellId") String wellId,
            @QueryParam("unitId") String unitId,
            @QueryParam("type") String type,
            @QueryParam("severity") String severity,
            @QueryParam("state") String state,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("limit") @DefaultValue("100") int limit,
            @QueryParam("offset") @DefaultValue("0") int offset) throws SQLException {
        if (type != null) {
            check("type", () -> AlertType.ofCode(type));
        }
        if (severity != null) {
            check("severity", () -> severity(severity));
        }
        if (state != null) {
            check("state", () -> AlertState.ofCode(state));
        }
        if (limit < 1 || limit > MAX_LIMIT || offset < 0) {
            throw ApiException.badRequest("limit", "limit must be 1-" + MAX_LIMIT + " and offset >= 0");
        }
        return book.find(new AlertBook.AlertQuery(wellId, unitId, type, severity, state, instant("from", from), instant("to", to), limit, offset));
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public AlertEvent get(@PathParam("id") long id) throws SQLException {
        return book.get(id).orElseThrow(() -> ApiException.notFound("alert", id));
    }

    /** The alert's state changes, oldest first: who, when, from what to what, and why. */
    @GET
    @Path("/{id}/transitions")
    @Produces(MediaType.APPLICATION_JSON)
    public List<AlertTransition> transitions(@PathParam("id") long id) throws SQLException {
        get(id);
        return book.transitions(id);
    }

    @POST
    @Path("/{id}/acknowledge")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public AlertEvent acknowledge(@PathParam("id") long id, String body) throws SQLException {
        return workflow.act(id, AlertAction.ACKNOWLEDGE, actor(), Fields.parse(body, AlertWorkflow.NOTE));
    }

    /** Turns the alert into a problem lead; the body may give the lead's fields (source, description, ...). */
    @POST
    @Path("/{id}/lead")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public AlertEvent lead(@PathParam("id") long id, String body) throws SQLException {
        return workflow.act(id, AlertAction.LEAD, actor(), Fields.parse(body, AlertWorkflow.LEAD_BODY));
    }

    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public AlertEvent close(@PathParam("id") long id, String body) throws SQLException {
        return workflow.act(id, AlertAction.CLOSE, actor(), Fields.parse(body, AlertWorkflow.NOTE));
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<AlertEvent> stream() {
        return outbox.live();
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }

    private static void check(String field, Runnable parse) {
        try {
            parse.run();
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(field, e.getMessage());
        }
    }

    private static Severity severity(String code) {
        for (Severity s : Severity.values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + code + "' (info, warning, critical)");
    }

    private static Instant instant(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name, "'" + name + "' must be an ISO-8601 UTC timestamp, e.g. 2026-05-01T00:00:00Z");
        }
    }
}
