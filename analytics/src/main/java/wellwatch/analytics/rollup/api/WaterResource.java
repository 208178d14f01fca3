package wellwatch.analytics.rollup.api;

import io.agroal.api.AgroalDataSource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import wellwatch.analytics.api.Roles;
import wellwatch.analytics.rollup.WaterFigures;
import wellwatch.analytics.rollup.store.WaterQueries;
import wellwatch.analytics.rules.Detector;

/** A well's electricity-to-water figures per hour, day, month or year: {@code GET /api/wells/{id}/water}. */
@Path("/api/wells/{wellId}/water")
@RolesAllowed(Roles.BUREAU_ANALYST)
public class WaterResource {

    private final AgroalDataSource dataSource;
    private final ZoneId zone;

    public WaterResource(AgroalDataSource dataSource, Detector detector) {
        this.dataSource = dataSource;
        this.zone = detector.settings().zone();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public WaterSeries water(
            @PathParam("wellId") String wellId,
            @QueryParam("granularity") String granularity,
            @QueryParam("from") String from,
            @QueryParam("to") String to) throws SQLException {
        PeriodRange range;
        try {
            range = PeriodRange.of(granularity, from, to, zone, Instant.now());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        try (Connection c = dataSource.getConnection()) {
            boolean metered = WaterQueries.flowMetered(c, wellId);
            List<WaterFigures> figures = WaterQueries.periods(c, wellId, range.granularity(), range.from(), range.to(), zone);
            List<WaterSeries.Period> periods = figures.stream()
                    .map(f -> new WaterSeries.Period(f.start(), PeriodRange.label(range.granularity(), f.start(), zone), f.energyKwh(),
                            f.waterFromEnergyM3(), f.meteredM3(), f.ratio(), f.waterM3(metered), f.uncoveredEnergyKwh(), f.energyRegressions(),
                            f.volumeRegressions()))
                    .toList();
            return new WaterSeries(wellId, range.granularity().name().toLowerCase(Locale.ROOT), zone.getId(), range.from(), range.to(),
                    metered ? "metered" : "energy", periods);
        }
    }
}
