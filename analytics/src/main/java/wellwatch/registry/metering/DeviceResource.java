package wellwatch.registry.metering;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import java.util.Set;
import wellwatch.analytics.api.Roles;
import wellwatch.registry.WellDirectory;
import wellwatch.registry.api.JsonBody;
import wellwatch.registry.api.RegistryException;
import wellwatch.registry.api.Requests;
import wellwatch.registry.db.Tx;
import wellwatch.registry.well.WellStore;

/** Flow meters and RTUs: where they are installed, their calibration, whether they are qualified and working. */
@Path("/api/registry/devices")
@RolesAllowed({Roles.REGISTRY_ADMIN, Roles.BUREAU_ANALYST})
@Produces(MediaType.APPLICATION_JSON)
public class DeviceResource {

    static final Set<String> FIELDS = Set.of("kind", "wellId", "model", "calibratedOn", "qualified", "working");

    private final Tx tx;
    private final DeviceStore devices;
    private final WellStore wells;
    private final MeterAssignments assignments;
    private final WellDirectory directory;
    private final SecurityIdentity identity;

    public DeviceResource(Tx tx, DeviceStore devices, WellStore wells, MeterAssignments assignments, WellDirectory directory, SecurityIdentity identity) {
        this.tx = tx;
        this.devices = devices;
        this.wells = wells;
        this.assignments = assignments;
        this.directory = directory;
        this.identity = identity;
    }

    @GET
    @Path("/{deviceId}")
    public DeviceRecord get(@PathParam("deviceId") String deviceId) throws SQLException {
        String id = Requests.id("deviceId", deviceId);
        return tx.read(c -> devices.find(c, id)).orElseThrow(() -> RegistryException.notFound("device", id));
    }

    /**
     * Registers or updates a device; {@code kind} is required for a new one. {@code wellId} installs it at a
     * well, {@code null} removes it from its well. Absent fields keep their value.
     */
    @PUT
    @Path("/{deviceId}")
    @RolesAllowed(Roles.REGISTRY_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public DeviceRecord put(@PathParam("deviceId") String deviceId, JsonNode json) throws SQLException {
        String id = Requests.id("deviceId", deviceId);
        JsonBody body = JsonBody.of(json, FIELDS);
        String actor = Requests.actor(identity);
        DeviceRecord[] change = tx.run(c -> {
            DeviceRecord b = devices.lock(c, id).orElse(null);
            String kind = body.text("kind", b == null ? null : b.kind().code());
            if (kind == null) {
                throw RegistryException.badRequest("kind", "kind is required (flow_meter or rtu)");
            }
            DeviceRecord wanted = Requests.fields(() -> new DeviceRecord(id, DeviceKind.of("kind", kind),
                    Requests.id("wellId", body.text("wellId", b == null ? null : b.wellId())),
                    body.text("model", b == null ? null : b.model()),
                    body.date("calibratedOn", b == null ? null : b.calibratedOn()),
                    body.bool("qualified", b == null ? null : b.qualified()),
                    body.bool("working", b == null ? null : b.working())));
            if (wanted.wellId() != null && wells.lock(c, wanted.wellId()).isEmpty()) {
                throw RegistryException.conflict("wellId", "well '" + wanted.wellId() + "' is not registered; register it first");
            }
            assignments.installDevice(c, actor, b, wanted, false);
            return new DeviceRecord[] {b, wanted};
        });
        if (change[0] != null && change[0].wellId() != null) {
            directory.refreshWell(change[0].wellId());
        }
        if (change[1].wellId() != null) {
            directory.refreshWell(change[1].wellId());
        }
        return change[1];
    }
}
