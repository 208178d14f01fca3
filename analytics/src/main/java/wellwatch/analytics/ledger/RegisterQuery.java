package wellwatch.analytics.ledger;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import wellwatch.registry.WaterSource;

/**
 * The register of water users (取用水单位名录台账) from the registry: every unit of {@code registry.unit}, and
 * every unit id wells name that is not described yet (named by its id), in unit-id order.
 * <ul>
 * <li>permitted: the annual volumes of the permits valid on the reference day (31 December of the year, or
 * today while the year runs) that the unit holds or that are issued for its wells;
 * <li>planned: the unit's plan for the year, else the sum of its wells' plans;
 * <li>actual: the sum over its wells of {@code analytics.water_year} for the year; when that view does not
 * exist (the rollups are not installed) the column stays empty and {@link Result#actualAvailable()} says so.
 * </ul>
 */
@Singleton
public class RegisterQuery {

    /** The rollup view of water abstracted per well and calendar year. */
    public static final String WATER_YEAR = "analytics.water_year";

    private static final String ACTUAL = "(SELECT sum(y.water_m3) FROM analytics.water_year y JOIN registry.well w ON w.well_id = y.well_id "
            + "WHERE w.unit_id = u.unit_id AND y.year = ?)";

    private final AgroalDataSource dataSource;

    public RegisterQuery(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The register as of {@code referenceDay} (within {@code year}). */
    public Result load(int year, LocalDate referenceDay) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean actual = exists(c, WATER_YEAR);
            String sql = """
                    WITH u AS (
                        SELECT unit_id, name, industry, water_source, remarks FROM registry.unit
                        UNION ALL
                        SELECT DISTINCT w.unit_id, w.unit_id, NULL, NULL, NULL FROM registry.well w
                         WHERE w.unit_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM registry.unit x WHERE x.unit_id = w.unit_id))
                    SELECT u.unit_id, u.name, u.industry,
                           COALESCE(u.water_source, (SELECT string_agg(DISTINCT w.water_source, ',' ORDER BY w.water_source)
                                                       FROM registry.well w WHERE w.unit_id = u.unit_id)) AS water_source,
                           (SELECT sum(p.annual_volume_m3) FROM registry.permit p
                             WHERE (p.unit_id = u.unit_id OR p.well_id IN (SELECT w.well_id FROM registry.well w WHERE w.unit_id = u.unit_id))
                               AND (p.valid_from IS NULL OR p.valid_from <= ?) AND (p.valid_to IS NULL OR p.valid_to >= ?)) AS permitted_m3,
                           COALESCE((SELECT pl.planned_m3 FROM registry.plan pl WHERE pl.unit_id = u.unit_id AND pl.year = ?),
                                    (SELECT sum(pl.planned_m3) FROM registry.plan pl JOIN registry.well w ON w.well_id = pl.well_id
                                      WHERE w.unit_id = u.unit_id AND pl.year = ?)) AS planned_m3,
                           %s AS actual_m3,
                           u.remarks
                      FROM u
                     ORDER BY u.unit_id""".formatted(actual ? ACTUAL : "NULL::double precision");
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setObject(1, referenceDay);
                ps.setObject(2, referenceDay);
                ps.setInt(3, year);
                ps.setInt(4, year);
                if (actual) {
                    ps.setInt(5, year);
                }
                List<RegisterRow> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new RegisterRow(rs.getString("unit_id"), rs.getString("name"), rs.getString("industry"),
                                sources(rs.getString("water_source")), number(rs, "permitted_m3"), number(rs, "planned_m3"), number(rs, "actual_m3"),
                                rs.getString("remarks")));
                    }
                }
                return new Result(rows, actual);
            }
        }
    }

    /** Source codes ({@code groundwater,geothermal}) as the ledger's terms (地下水、地热水). */
    static String sources(String codes) {
        if (codes == null || codes.isBlank()) {
            return null;
        }
        return Arrays.stream(codes.split(",")).map(code -> {
            try {
                return WaterSource.ofCodeOrNull(code.strip()).chinese();
            } catch (RuntimeException e) {
                return code.strip();
            }
        }).collect(Collectors.joining("、"));
    }

    private static boolean exists(Connection c, String relation) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            ps.setString(1, relation);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static Double number(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    /** The register's rows, and whether actual volumes could be read at all. */
    public record Result(List<RegisterRow> rows, boolean actualAvailable) {}
}
