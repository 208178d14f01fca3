package wellwatch.analytics.rollup.api;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import wellwatch.analytics.api.Roles;
import wellwatch.analytics.rollup.calibration.CoefficientFit;
import wellwatch.analytics.rollup.calibration.FitStore;

/** A well's latest coefficient fits, newest first: {@code GET /api/wells/{id}/calibration}. */
@Path("/api/wells/{wellId}/calibration")
@RolesAllowed(Roles.BUREAU_ANALYST)
public class CalibrationResource {

    static final int MAX_LIMIT = 100;

    /** The fits of a well. */
    @RegisterForReflection
    public record Fits(String wellId, List<CoefficientFit> fits) {}

    private final AgroalDataSource dataSource;

    public CalibrationResource(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Fits fits(@PathParam("wellId") String wellId, @QueryParam("limit") @DefaultValue("10") int limit) throws SQLException {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadRequestException("limit must be 1-" + MAX_LIMIT);
        }
        try (Connection c = dataSource.getConnection()) {
            return new Fits(wellId, FitStore.latest(c, wellId, limit));
        }
    }
}
