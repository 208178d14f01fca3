package wellwatch.analytics.rollup.calibration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import wellwatch.analytics.conversion.Calibration;
import wellwatch.analytics.rollup.store.Sql;
import wellwatch.registry.ConversionCoefficient;

/** The calibration history in {@code analytics.coefficient_fit}. */
public final class FitStore {

    private static final String COLUMNS = "fit_id, well_id, computed_at, requested_from, requested_to, window_from, window_to, status, m3_per_kwh, "
            + "samples, ignored, outliers, median_ratio, mad, relative_spread, registered_m3_per_kwh, registered_source, relative_change, drift";

    private FitStore() {}

    public static void insert(Connection c, String wellId, Instant requestedFrom, Instant requestedTo, Calibration fit,
            ConversionCoefficient registered, boolean drift) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO analytics.coefficient_fit (well_id, requested_from, requested_to, window_from, window_to, status, m3_per_kwh,
                       samples, ignored, outliers, median_ratio, mad, relative_spread, registered_m3_per_kwh, registered_source,
                       relative_change, drift)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setString(1, wellId);
            ps.setObject(2, Sql.at(requestedFrom));
            ps.setObject(3, Sql.at(requestedTo));
            ps.setObject(4, Sql.at(fit.windowFrom()));
            ps.setObject(5, Sql.at(fit.windowTo()));
            ps.setString(6, fit.status().code());
            Sql.setFinite(ps, 7, fit.m3PerKwh());
            ps.setInt(8, fit.samples());
            ps.setInt(9, fit.ignored());
            ps.setInt(10, fit.outliers());
            Sql.setFinite(ps, 11, fit.medianRatio());
            Sql.setFinite(ps, 12, fit.mad());
            Sql.setFinite(ps, 13, fit.relativeSpread());
            Sql.setFinite(ps, 14, registered == null ? Double.NaN : registered.m3PerKwh());
            ps.setString(15, registered == null ? null : registered.source().code());
            Sql.setFinite(ps, 16, registered == null ? Double.NaN : fit.m3PerKwh() / registered.m3PerKwh() - 1);
            ps.setBoolean(17, drift);
            ps.executeUpdate();
        }
    }

    /** The latest fits of a well, newest first. */
    public static List<CoefficientFit> latest(Connection c, String wellId, int limit) throws SQLException {
        List<CoefficientFit> fits = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM analytics.coefficient_fit WHERE well_id = ? ORDER BY computed_at DESC, fit_id DESC LIMIT ?")) {
            ps.setString(1, wellId);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    fits.add(new CoefficientFit(rs.getLong(1), rs.getString(2), Sql.instant(rs, 3), Sql.instant(rs, 4), Sql.instant(rs, 5),
                            Sql.instant(rs, 6), Sql.instant(rs, 7), rs.getString(8), Sql.nullableDouble(rs, 9), rs.getInt(10), rs.getInt(11),
                            rs.getInt(12), Sql.nullableDouble(rs, 13), Sql.nullableDouble(rs, 14), Sql.nullableDouble(rs, 15),
                            Sql.nullableDouble(rs, 16), rs.getString(17), Sql.nullableDouble(rs, 18), rs.getBoolean(19)));
                }
            }
        }
        return fits;
    }
}
