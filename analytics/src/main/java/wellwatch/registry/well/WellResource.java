package wellwatch.registry.well;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import wellwatch.analytics.api.Roles;
import wellwatch.registry.WellDirectory;
import wellwatch.registry.WellStatus;
import wellwatch.registry.api.JsonBody;
import wellwatch.registry.api.RegistryException;
import wellwatch.registry.api.Requests;
import wellwatch.registry.db.Tx;
import wellwatch.registry.metering.CoefficientRecord;
import wellwatch.registry.metering.CoefficientStore;
import wellwatch.registry.permit.PlanRecord;
import wellwatch.registry.permit.PlanStore;
import wellwatch.registry.permit.QuotaScope;
import wellwatch.registry.unit.UnitStore;

/**
 * Wells: read by the bureau's analysts and the registry administrator, written by the administrator only.
 * Also the well's annual plans and its electricity-to-water coefficients. See docs/api/registry.md.
 */
@Path("/api/registry/wells")
@RolesAllowed({Roles.REGISTRY_ADMIN, Roles.BUREAU_ANALYST})
@Produces(MediaType.APPLICATION_JSON)
public class WellResource {

    static final Set<String> WELL_FIELDS = Set.of("unitId", "status", "statusSince", "lat", "lon", "waterSource", "depthM", "pipeDiameterCm",
            "inNetworkCoverage", "ratedCapacityM3h", "reportingIntervalS", "remarks");
    static final Set<String> PLAN_FIELDS = Set.of("plannedM3");
    static final Set<String> COEFFICIENT_FIELDS = Set.of("m3PerKwh", "effectiveFrom", "effectiveTo", "source");

    private final Tx tx;
    private final WellStore wells;
    private final UnitStore units;
    private final PlanStore plans;
    private final CoefficientStore coefficients;
    private final WellViews views;
    private final WellDirectory directory;
    private final SecurityIdentity identity;

    public WellResource(Tx tx, WellStore wells, UnitStore units, PlanStore plans, CoefficientStore coefficients, WellViews views, WellDirectory directory,
            SecurityIdentity identity) {
        this.tx = tx;
        this.wells = wells;
        this.units = units;
        this.plans = plans;
        this.coefficients = coefficients;
        this.views = views;
        this.directory = directory;
        this.identity = identity;
    }

    @GET
    @Path("/{wellId}")
    public WellView get(@PathParam("wellId") String wellId) throws SQLException {
        String id = Requests.id("wellId", wellId);
        return tx.read(c -> views.find(c, id, directory.today())).orElseThrow(() -> RegistryException.notFound("well", id));
    }

    @GET
    public List<WellSummary> list(
            @QueryParam("unitId") String unitId,
            @QueryParam("status") String status,
            @QueryParam("waterSource") String waterSource,
            @QueryParam("inNetworkCoverage") String inNetworkCoverage,
            @QueryParam("district") String district,
            @QueryParam("township") String township,
            @QueryParam("limit") @DefaultValue("100") int limit,
            @QueryParam("offset") @DefaultValue("0") int offset) throws SQLException {
        Requests.paging(limit, offset);
        WellQuery q = new WellQuery(unitId == null ? null : Requests.id("unitId", unitId), Requests.status("status", status),
                Requests.waterSource("waterSource", waterSource), Requests.bool("inNetworkCoverage", inNetworkCoverage), district, township, limit, offset);
        return tx.read(c -> wells.list(c, q));
    }

    /**
     * Registers or updates a well. {@code status} is required; every other field is optional: an absent
     * field keeps the registered value, {@code null} clears it. {@code statusSince} defaults to the
     * registered one when the status does not change, to now when it does.
     */
    @PUT
    @Path("/{wellId}")
    @RolesAllowed(Roles.REGISTRY_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public WellView put(@PathParam("wellId") String wellId, JsonNode json) throws SQLException {
        String id = Requests.id("wellId", wellId);
        JsonBody body = JsonBody.of(json, WELL_FIELDS);
        WellStatus status = Requests.status("status", body.text("status", null));
        if (status == null) {
            throw RegistryException.badRequest("status", "status is required (active, seasonally_stopped, sealed, cancelled)");
        }
        String actor = Requests.actor(identity);
        tx.run(c -> {
            WellRecord b = wells.lock(c, id).orElse(null);
            Instant given = body.instant("statusSince", null);
            Instant since = given != null ? given
                    : b != null && b.status() == status ? b.statusSince() : Instant.now().truncatedTo(ChronoUnit.MILLIS);
            String unitId = Requests.id("unitId", body.text("unitId", b == null ? null : b.unitId()));
            if (unitId != null && (b == null || !unitId.equals(b.unitId())) && !units.exists(c, unitId)) {
                throw RegistryException.conflict("unitId", "unit '" + unitId + "' is not registered; register it first (PUT /api/registry/units/" + unitId + ")");
            }
            WellRecord after = Requests.fields(() -> new WellRecord(id, unitId, status, since,
                    body.number("lat", b == null ? null : b.lat()),
                    body.number("lon", b == null ? null : b.lon()),
                    Requests.waterSource("waterSource", body.text("waterSource", b == null || b.waterSource() == null ? null : b.waterSource().code())),
                    body.number("depthM", b == null ? null : b.depthM()),
                    body.number("pipeDiameterCm", b == null ? null : b.pipeDiameterCm()),
                    body.bool("inNetworkCoverage", b == null ? null : b.inNetworkCoverage()),
                    body.number("ratedCapacityM3h", b == null ? null : b.ratedCapacityM3h()),
                    body.integer("reportingIntervalS", b == null ? null : b.reportingIntervalS()),
                    body.text("remarks", b == null ? null : b.remarks())));
            return wells.save(c, actor, b, after);
        });
        directory.refreshWell(id);
        return get(id);
    }

    /** Sets the well's planned volume for a year (m3). */
    @PUT
    @Path("/{wellId}/plans/{year}")
    @RolesAllowed(Roles.REGISTRY_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public PlanRecord putPlan(@PathParam("wellId") String wellId, @PathParam("year") String yearText, JsonNode json) throws SQLException {
        String id = Requests.id("wellId", wellId);
        int year = Requests.year(yearText);
        JsonBody body = JsonBody.of(json, PLAN_FIELDS);
        String actor = Requests.actor(identity);
        PlanRecord saved = tx.run(c -> {
            wells.lock(c, id).orElseThrow(() -> RegistryException.notFound("well", id));
            PlanRecord before = plans.lock(c, QuotaScope.WELL, id, year).orElse(null);
            PlanRecord after = Requests.fields(() -> new PlanRecord(QuotaScope.WELL, id, year, body.number("plannedM3", before == null ? null : before.plannedM3())));
            plans.save(c, actor, before, after);
            return after;
        });
        directory.refreshWell(id);
        return saved;
    }

    /**
     * Adds a coefficient period. Without {@code effectiveTo} it becomes the current coefficient and closes
     * the current one where it starts; with one, it fills a gap in the history. Overlaps are a 409; the same
     * period sent again changes nothing. Returns the well's coefficient history.
     */
    @POST
    @Path("/{wellId}/coefficients")
    @RolesAllowed(Roles.REGISTRY_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public List<CoefficientRecord> addCoefficient(@PathParam("wellId") String wellId, JsonNode json) throws SQLException {
        String id = Requests.id("wellId", wellId);
        JsonBody body = JsonBody.of(json, COEFFICIENT_FIELDS);
        String actor = Requests.actor(identity);
        List<CoefficientRecord> history = tx.run(c -> {
            wells.lock(c, id).orElseThrow(() -> RegistryException.notFound("well", id));
            String source = body.text("source", null);
            if (source == null) {
                throw RegistryException.badRequest("source", "source is required (pump_test, fitted or default)");
            }
            CoefficientRecord added = Requests.fields(() -> new CoefficientRecord(0, id, body.number("m3PerKwh", null), body.instant("effectiveFrom", null),
                    body.instant("effectiveTo", null), CoefficientRecord.source("source", source)));
            coefficients.add(c, actor, added, false);
            return coefficients.history(c, id);
        });
        directory.refreshWell(id);
        return history;
    }
}
