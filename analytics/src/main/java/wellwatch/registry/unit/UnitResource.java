package wellwatch.registry.unit;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import wellwatch.analytics.api.Roles;
import wellwatch.registry.WellDirectory;
import wellwatch.registry.api.JsonBody;
import wellwatch.registry.api.RegistryException;
import wellwatch.registry.api.Requests;
import wellwatch.registry.db.Tx;
import wellwatch.registry.permit.PermitStore;
import wellwatch.registry.permit.PlanRecord;
import wellwatch.registry.permit.PlanStore;
import wellwatch.registry.permit.QuotaScope;
import wellwatch.registry.well.WellQuery;
import wellwatch.registry.well.WellStore;

/** Water users (units): read by analysts and the registry administrator, written by the administrator. */
@Path("/api/registry/units")
@RolesAllowed({Roles.REGISTRY_ADMIN, Roles.BUREAU_ANALYST})
@Produces(MediaType.APPLICATION_JSON)
public class UnitResource {

    static final Set<String> UNIT_FIELDS = Set.of("name", "industry", "district", "township", "waterSource", "remarks");

    private final Tx tx;
    private final UnitStore units;
    private final WellStore wells;
    private final PermitStore permits;
    private final PlanStore plans;
    private final WellDirectory directory;
    private final SecurityIdentity identity;

    public UnitResource(Tx tx, UnitStore units, WellStore wells, PermitStore permits, PlanStore plans, WellDirectory directory, SecurityIdentity identity) {
        this.tx = tx;
        this.units = units;
        this.wells = wells;
        this.permits = permits;
        this.plans = plans;
        this.directory = directory;
        this.identity = identity;
    }

    @GET
    @Path("/{unitId}")
    public UnitView get(@PathParam("unitId") String unitId) throws SQLException {
        String id = Requests.id("unitId", unitId);
        return tx.read(c -> {
            UnitRecord unit = units.find(c, id).orElseThrow(() -> RegistryException.notFound("unit", id));
            return new UnitView(unit, permits.unitWide(c, id), plans.of(c, QuotaScope.UNIT, id),
                    wells.list(c, new WellQuery(id, null, null, null, null, null, Requests.MAX_LIMIT, 0)));
        });
    }

    @GET
    public List<UnitRecord> list(
            @QueryParam("industry") String industry,
            @QueryParam("district") String district,
            @QueryParam("township") String township,
            @QueryParam("limit") @DefaultValue("100") int limit,
            @QueryParam("offset") @DefaultValue("0") int offset) throws SQLException {
        Requests.paging(limit, offset);
        return tx.read(c -> units.list(c, industry, district, township, limit, offset));
    }

    /** Registers or updates a unit; {@code name} is required for a new one. Absent fields keep their value, null clears. */
    @PUT
    @Path("/{unitId}")
    @RolesAllowed(Roles.REGISTRY_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public UnitView put(@PathParam("unitId") String unitId, JsonNode json) throws SQLException {
        String id = Requests.id("unitId", unitId);
        JsonBody body = JsonBody.of(json, UNIT_FIELDS);
        String actor = Requests.actor(identity);
        tx.run(c -> {
            UnitRecord b = units.lock(c, id).orElse(null);
            UnitRecord after = Requests.fields(() -> new UnitRecord(id, body.text("name", b == null ? null : b.name()),
                    body.text("industry", b == null ? null : b.industry()),
                    body.text("district", b == null ? null : b.district()),
                    body.text("township", b == null ? null : b.township()),
                    Requests.waterSource("waterSource", body.text("waterSource", b == null || b.waterSource() == null ? null : b.waterSource().code())),
                    body.text("remarks", b == null ? null : b.remarks())));
            return units.save(c, actor, b, after);
        });
        directory.refreshUnit(id);
        return get(id);
    }

    /** Sets the unit's planned volume for a year (m3), for all its wells together. */
    @PUT
    @Path("/{unitId}/plans/{year}")
    @RolesAllowed(Roles.REGISTRY_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public PlanRecord putPlan(@PathParam("unitId") String unitId, @PathParam("year") String yearText, JsonNode json) throws SQLException {
        String id = Requests.id("unitId", unitId);
        int year = Requests.year(yearText);
        JsonBody body = JsonBody.of(json, Set.of("plannedM3"));
        String actor = Requests.actor(identity);
        PlanRecord saved = tx.run(c -> {
            units.lock(c, id).orElseThrow(() -> RegistryException.notFound("unit", id));
            PlanRecord before = plans.lock(c, QuotaScope.UNIT, id, year).orElse(null);
            PlanRecord after = Requests.fields(() -> new PlanRecord(QuotaScope.UNIT, id, year, body.number("plannedM3", before == null ? null : before.plannedM3())));
            plans.save(c, actor, before, after);
            return after;
        });
        directory.refreshUnit(id);
        return saved;
    }
}
