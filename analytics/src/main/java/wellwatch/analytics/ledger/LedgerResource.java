package wellwatch.analytics.ledger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import wellwatch.analytics.api.ApiException;
import wellwatch.analytics.api.Roles;

/**
 * The campaign's ledgers as files: {@code GET /api/ledgers/{register|leads|cases|supervised}} and the weekly
 * report {@code GET /api/ledgers/weekly}, as CSV (UTF-8 with BOM) or XLSX. See docs/api/ledgers.md.
 */
@Path("/api/ledgers")
@RolesAllowed(Roles.BUREAU_ANALYST)
public class LedgerResource {

    /** Set on the register when actual volumes could not be read (no {@code analytics.water_year}). */
    public static final String ACTUAL_VOLUME_HEADER = "X-WellWatch-Actual-Volume";

    private final Ledgers ledgers;

    public LedgerResource(Ledgers ledgers) {
        this.ledgers = ledgers;
    }

    @GET
    @Path("/weekly")
    public Response weekly(@QueryParam("week") String week, @QueryParam("format") @DefaultValue("csv") String format,
            @QueryParam("part") @DefaultValue("activity") String part) throws SQLException {
        WeekWindow window;
        try {
            window = ledgers.window(week);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("week", e.getMessage());
        }
        WeeklyReport report = ledgers.weekly(window);
        String name = "周报-" + window.week();
        return switch (format) {
            case "json" -> Response.ok(report, MediaType.APPLICATION_JSON).build();
            case "xlsx" -> file(XlsxWriter.write(ledgers.weeklyWorkbook(window, report)), XlsxWriter.MEDIA_TYPE, name, "weekly-" + window.week(), "xlsx");
            case "csv" -> {
                Sheet sheet = switch (part) {
                    case "activity" -> report.activitySheet(window);
                    case "summary" -> report.summarySheet(window);
                    default -> throw ApiException.badRequest("part", "part must be activity or summary, got '" + part + "'");
                };
                yield file(CsvWriter.write(sheet), CsvWriter.MEDIA_TYPE, name + "-" + sheet.name(), "weekly-" + window.week() + "-" + part, "csv");
            }
            default -> throw ApiException.badRequest("format", "format must be csv, xlsx or json, got '" + format + "'");
        };
    }

    @GET
    @Path("/{kind}")
    public Response ledger(@PathParam("kind") String kind, @QueryParam("format") @DefaultValue("csv") String format,
            @QueryParam("year") Integer year) throws SQLException {
        LedgerKind k;
        try {
            k = LedgerKind.ofCode(kind);
        } catch (IllegalArgumentException e) {
            throw new ApiException(404, null, e.getMessage());
        }
        if (year != null && (year < 2000 || year > 2100)) {
            throw ApiException.badRequest("year", "year must be between 2000 and 2100, got " + year);
        }
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw ApiException.badRequest("format", "format must be csv or xlsx, got '" + format + "'");
        }
        Ledgers.Built built = ledgers.ledger(k, year);
        String suffix = year == null ? "" : "-" + year;
        Response.ResponseBuilder r = format.equals("csv")
                ? builder(CsvWriter.write(built.sheet()), CsvWriter.MEDIA_TYPE, k.title() + suffix, k.code() + suffix, "csv")
                : builder(XlsxWriter.write(List.of(built.sheet())), XlsxWriter.MEDIA_TYPE, k.title() + suffix, k.code() + suffix, "xlsx");
        if (!built.actualVolumesAvailable()) {
            r.header(ACTUAL_VOLUME_HEADER, "unavailable: " + RegisterQuery.WATER_YEAR + " does not exist, actual volumes are left empty");
        }
        return r.build();
    }

    private static Response file(byte[] body, String mediaType, String name, String asciiName, String extension) {
        return builder(body, mediaType, name, asciiName, extension).build();
    }

    /** The file with its Chinese name (RFC 6266 {@code filename*}) and an ASCII name for older clients. */
    private static Response.ResponseBuilder builder(byte[] body, String mediaType, String name, String asciiName, String extension) {
        String encoded = URLEncoder.encode(name + "." + extension, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(body, mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + asciiName + "." + extension + "\"; filename*=UTF-8''" + encoded);
    }
}
