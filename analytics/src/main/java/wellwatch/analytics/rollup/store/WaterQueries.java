package wellwatch.analytics.rollup.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wellwatch.analytics.conversion.Granularity;
import wellwatch.analytics.rollup.WaterFigures;

/** Reads the rollup views ({@code analytics.water_hourly|daily|monthly|year}) for the API and the calibration. */
public final class WaterQueries {

    private static final String FIGURES = "energy_kwh, water_from_energy_m3, metered_m3, metered_to_energy_ratio, uncovered_energy_kwh, "
            + "energy_regressions, volume_regressions";

    private WaterQueries() {}

    /**
     * A well's periods whose start lies in {@code [from, to)} (bucket-aligned by the caller), oldest first.
     */
    public static List<WaterFigures> periods(Connection c, String wellId, Granularity granularity, Instant from, Instant to, ZoneId zone)
            throws SQLException {
        String sql = switch (granularity) {
            case HOUR -> "SELECT hour, " + FIGURES + " FROM analytics.water_hourly WHERE well_id = ? AND hour >= ? AND hour < ? ORDER BY hour";
            case DAY -> "SELECT day, " + FIGURES + " FROM analytics.water_daily WHERE well_id = ? AND day >= ?::date AND day < ?::date ORDER BY day";
            case MONTH -> "SELECT month, " + FIGURES + " FROM analytics.water_monthly WHERE well_id = ? AND month >= ?::date AND month < ?::date ORDER BY month";
            case YEAR -> "SELECT year, " + FIGURES + " FROM analytics.water_year WHERE well_id = ? AND year >= ? AND year < ? ORDER BY year";
        };
        List<WaterFigures> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, wellId);
            switch (granularity) {
                case HOUR -> {
                    ps.setObject(2, Sql.at(from));
                    ps.setObject(3, Sql.at(to));
                }
                case DAY, MONTH -> {
                    ps.setString(2, from.atZone(zone).toLocalDate().toString());
                    ps.setString(3, to.atZone(zone).toLocalDate().toString());
                }
                case YEAR -> {
                    ps.setInt(2, from.atZone(zone).getYear());
                    ps.setInt(3, to.atZone(zone).getYear());
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Instant start = switch (granularity) {
                        case HOUR -> Sql.instant(rs, 1);
                        case DAY, MONTH -> rs.getObject(1, LocalDate.class).atStartOfDay(zone).toInstant();
                        case YEAR -> LocalDate.of(rs.getInt(1), 1, 1).atStartOfDay(zone).toInstant();
                    };
                    rows.add(figures(rs, start));
                }
            }
        }
        return rows;
    }

    /** The hours of several wells in {@code [from, to)}, per well, oldest first. */
    public static Map<String, List<WaterFigures>> hours(Connection c, Collection<String> wellIds, Instant from, Instant to) throws SQLException {
        Map<String, List<WaterFigures>> hours = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT well_id, hour, " + FIGURES
                + " FROM analytics.water_hourly WHERE well_id = ANY(?::text[]) AND hour >= ? AND hour < ? ORDER BY well_id, hour")) {
            ps.setArray(1, Sql.texts(c, wellIds));
            ps.setObject(2, Sql.at(from));
            ps.setObject(3, Sql.at(to));
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    hours.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(figures(rs, 1, Sql.instant(rs, 2)));
                }
            }
        }
        return hours;
    }

    /** Wells whose water is their flow meter's ({@code analytics.well_flow_metered}). */
    public static List<String> flowMeteredWells(Connection c) throws SQLException {
        List<String> wells = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT well_id FROM analytics.well_flow_metered ORDER BY well_id"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                wells.add(rs.getString(1));
            }
        }
        return wells;
    }

    public static boolean flowMetered(Connection c, String wellId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM analytics.well_flow_metered WHERE well_id = ?)")) {
            ps.setString(1, wellId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static WaterFigures figures(ResultSet rs, Instant start) throws SQLException {
        return figures(rs, 0, start);
    }

    /** The figure columns, which follow {@code offset + 1} leading columns. */
    private static WaterFigures figures(ResultSet rs, int offset, Instant start) throws SQLException {
        int i = offset + 2;
        return new WaterFigures(start, Sql.nullableDouble(rs, i), Sql.nullableDouble(rs, i + 1), Sql.nullableDouble(rs, i + 2),
                Sql.nullableDouble(rs, i + 3), rs.getDouble(i + 4), rs.getInt(i + 5), rs.getInt(i + 6));
    }
}
