package wellwatch.analytics.api;

import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jboss.resteasy.reactive.RestStreamElementType;
import wellwatch.analytics.alert.AlertType;
import wellwatch.analytics.store.AlertBook;
import wellwatch.analytics.stream.AlertOutbox;
import wellwatch.contract.alert.AlertEvent;

/** Alerts for the water bureau: {@code GET /api/alerts} with filters and paging, and a live SSE stream. */
@Path("/api/alerts")
@RolesAllowed(Roles.BUREAU_ANALYST)
public class AlertResource {

    static final int MAX_LIMIT = 1000;

    private final AlertBook book;
    private final AlertOutbox outbox;

    public AlertResource(AlertBook book, AlertOutbox outbox) {
        this.book = book;
        this.outbox = outbox;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<AlertEvent> list(
            @QueryParam("wellId") String wellId,
            @QueryParam("type") String type,
            @QueryParam("state") String state,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("limit") @DefaultValue("100") int limit,
            @QueryParam("offset") @DefaultValue("0") int offset) throws SQLException {
        if (type != null) {
            try {
                AlertType.ofCode(type);
            } catch (IllegalArgumentException e) {
                throw new BadRequestException(e.getMessage());
            }
        }
        if (limit < 1 || limit > MAX_LIMIT || offset < 0) {
            throw new BadRequestException("limit must be 1-" + MAX_LIMIT + " and offset >= 0");
        }
        return book.find(new AlertBook.AlertQuery(wellId, type, state, instant("from", from), instant("to", to), limit, offset));
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<AlertEvent> stream() {
        return outbox.live();
    }

    private static Instant instant(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("'" + name + "' must be an ISO-8601 UTC timestamp, e.g. 2026-05-01T00:00:00Z");
        }
    }
}
