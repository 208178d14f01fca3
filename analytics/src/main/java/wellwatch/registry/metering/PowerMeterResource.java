package wellwatch.registry.metering;

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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import wellwatch.analytics.api.Roles;
import wellwatch.registry.WellDirectory;
import wellwatch.registry.api.JsonBody;
import wellwatch.registry.api.RegistryException;
import wellwatch.registry.api.Requests;
import wellwatch.registry.db.Tx;
import wellwatch.registry.well.WellStore;

/**
 * The well-power table (井电对应): which well a utility meter number supplies. Looked up by the utility's
 * meter number, e.g. to attribute the utility's electricity data to a well.
 */
@Path("/api/registry/power-meters")
@RolesAllowed({Roles.REGISTRY_ADMIN, Roles.BUREAU_ANALYST})
@Produces(MediaType.APPLICATION_JSON)
public class PowerMeterResource {

    private final Tx tx;
    private final PowerMeterStore powerMeters;
    private final WellStore wells;
    private final MeterAssignments assignments;
    private final WellDirectory directory;
    private final SecurityIdentity identity;

    public PowerMeterResource(Tx tx, PowerMeterStore powerMeters, WellStore wells, MeterAssignments assignments, WellDirectory directory,
            SecurityIdentity identity) {
        this.tx = tx;
        this.powerMeters = powerMeters;
        this.wells = wells;
        this.assignments = assignments;
        this.directory = directory;
        this.identity = identity;
    }

    @GET
    @Path("/{meterNo}")
    public PowerMeterView get(@PathParam("meterNo") String meterNo) throws SQLException {
        String no = Requests.id("meterNo", meterNo);
        return tx.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT pm.meter_no, pm.well_id, w.unit_id, u.name, w.status
                      FROM registry.power_meter pm JOIN registry.well w ON w.well_id = pm.well_id
                      LEFT JOIN registry.unit u ON u.unit_id = w.unit_id
                     WHERE pm.meter_no = ?""")) {
                ps.setString(1, no);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new PowerMeterView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                            : Optional.<PowerMeterView>empty();
                }
            }
        }).orElseThrow(() -> RegistryException.notFound("power meter", no));
    }

    /** Ties the meter to a well: {@code {"wellId": "W000001"}}. 409 when either is tied to another. */
    @PUT
    @Path("/{meterNo}")
    @RolesAllowed(Roles.REGISTRY_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public PowerMeterView put(@PathParam("meterNo") String meterNo, JsonNode json) throws SQLException {
        String no = Requests.id("meterNo", meterNo);
        JsonBody body = JsonBody.of(json, Set.of("wellId"));
        String wellId = Requests.id("wellId", body.text("wellId", null));
        if (wellId == null) {
            throw RegistryException.badRequest("wellId", "wellId is required");
        }
        String actor = Requests.actor(identity);
        tx.run(c -> {
            if (wells.lock(c, wellId).isEmpty()) {
                throw RegistryException.conflict("wellId", "well '" + wellId + "' is not registered; register it first");
            }
            return assignments.tiePowerMeter(c, actor, no, wellId, false);
        });
        directory.refreshWell(wellId);
        return get(no);
    }

    /** Unties the meter from its well. */
    @DELETE
    @Path("/{meterNo}")
    @RolesAllowed(Roles.REGISTRY_ADMIN)
    public void delete(@PathParam("meterNo") String meterNo) throws SQLException {
        String no = Requests.id("meterNo", meterNo);
        String actor = Requests.actor(identity);
        PowerMeterRecord removed = tx.run(c -> {
            PowerMeterRecord b = powerMeters.lock(c, no).orElseThrow(() -> RegistryException.notFound("power meter", no));
            powerMeters.delete(c, actor, b);
            return b;
        });
        directory.refreshWell(removed.wellId());
    }
}
