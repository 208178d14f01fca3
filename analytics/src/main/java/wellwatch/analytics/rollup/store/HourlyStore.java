package wellwatch.analytics.rollup.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wellwatch.analytics.rollup.HourRow;
import wellwatch.analytics.rollup.RecomputeRange;

/**
 * Writes the rollups: the hourly rows of recomputed ranges, the days they belong to (plain mode), the
 * watermarks and the backlog. Call inside the refresh's transaction.
 */
public final class HourlyStore {

    /** A range of a well queued for recomputation. */
    public record BacklogItem(long id, String wellId, Instant from, Instant to, String reason) {}

    private HourlyStore() {}

    /** Replaces the rows of every range with {@code rows} (which must lie inside the ranges). */
    public static int replaceHours(Connection c, List<RecomputeRange> ranges, List<HourRow> rows) throws SQLException {
        if (ranges.isEmpty()) {
            return 0;
        }
        List<String> wells = new ArrayList<>();
        List<String> devices = new ArrayList<>();
        List<Instant> from = new ArrayList<>();
        List<Instant> to = new ArrayList<>();
        for (RecomputeRange r : ranges) {
            wells.add(r.wellId());
            devices.add(r.deviceId());
            from.add(r.from());
            to.add(r.to());
        }
        try (PreparedStatement ps = c.prepareStatement("""
                DELETE FROM analytics.water_hourly_device h
                 USING unnest(?::text[], ?::text[], ?::text[]::timestamptz[], ?::text[]::timestamptz[]) AS r(well_id, device_id, a, b)
                 WHERE h.well_id = r.well_id AND h.device_id = r.device_id AND h.hour >= r.a AND h.hour < r.b""")) {
            ps.setArray(1, Sql.texts(c, wells));
            ps.setArray(2, Sql.texts(c, devices));
            ps.setArray(3, Sql.instants(c, from));
            ps.setArray(4, Sql.instants(c, to));
            ps.executeUpdate();
        }
        if (rows.isEmpty()) {
            return 0;
        }
        int n = rows.size();
        List<String> rw = new ArrayList<>(n);
        List<String> rd = new ArrayList<>(n);
        List<Instant> rh = new ArrayList<>(n);
        double[] energy = new double[n];
        double[] water = new double[n];
        double[] uncovered = new double[n];
        double[] metered = new double[n];
        int[] ei = new int[n];
        int[] vi = new int[n];
        int[] er = new int[n];
        int[] vr = new int[n];
        for (int i = 0; i < n; i++) {
            HourRow r = rows.get(i);
            rw.add(r.wellId());
            rd.add(r.deviceId());
            rh.add(r.hour());
            energy[i] = r.energyKwh();
            water[i] = r.waterFromEnergyM3();
            uncovered[i] = r.uncoveredEnergyKwh();
            metered[i] = r.meteredM3();
            ei[i] = r.energyIntervals();
            vi[i] = r.volumeIntervals();
            er[i] = r.energyRegressions();
            vr[i] = r.volumeRegressions();
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO analytics.water_hourly_device (well_id, device_id, hour, energy_kwh, water_from_energy_m3, uncovered_energy_kwh,
                       metered_m3, energy_intervals, volume_intervals, energy_regressions, volume_regressions)
                SELECT * FROM unnest(?::text[], ?::text[], ?::text[]::timestamptz[], ?::float8[], ?::float8[], ?::float8[], ?::float8[],
                                     ?::int4[], ?::int4[], ?::int4[], ?::int4[])""")) {
            ps.setArray(1, Sql.texts(c, rw));
            ps.setArray(2, Sql.texts(c, rd));
            ps.setArray(3, Sql.instants(c, rh));
            ps.setArray(4, Sql.doubles(c, energy));
            ps.setArray(5, Sql.doubles(c, water));
            ps.setArray(6, Sql.doubles(c, uncovered));
            ps.setArray(7, Sql.doubles(c, metered));
            ps.setArray(8, Sql.ints(c, ei));
            ps.setArray(9, Sql.ints(c, vi));
            ps.setArray(10, Sql.ints(c, er));
            ps.setArray(11, Sql.ints(c, vr));
            return ps.executeUpdate();
        }
    }

    /**
     * Recomputes, from the hours, every local day that a range touches (plain mode: with TimescaleDB the
     * continuous aggregate does this). One span of days per well, so no day is written twice.
     */
    public static int replaceDays(Connection c, List<RecomputeRange> ranges, ZoneId zone) throws SQLException {
        Map<String, LocalDate[]> days = new LinkedHashMap<>();
        for (RecomputeRange r : ranges) {
            LocalDate first = r.from().atZone(zone).toLocalDate();
            LocalDate last = r.to().minusMillis(1).atZone(zone).toLocalDate();
            days.merge(r.wellId(), new LocalDate[] {first, last}, (a, b) -> new LocalDate[] {
                    a[0].isBefore(b[0]) ? a[0] : b[0], a[1].isAfter(b[1]) ? a[1] : b[1]});
        }
        if (days.isEmpty()) {
            return 0;
        }
        List<String> wells = new ArrayList<>(days.keySet());
        List<Instant> from = new ArrayList<>();
        List<Instant> to = new ArrayList<>();
        for (LocalDate[] span : days.values()) {
            from.add(span[0].atStartOfDay(zone).toInstant());
            to.add(span[1].plusDays(1).atStartOfDay(zone).toInstant());
        }
        try (PreparedStatement ps = c.prepareStatement("""
                DELETE FROM analytics.water_daily_rollup d
                 USING unnest(?::text[], ?::text[]::timestamptz[], ?::text[]::timestamptz[]) AS r(well_id, a, b)
                 WHERE d.well_id = r.well_id AND d.day >= (r.a AT TIME ZONE ?)::date AND d.day < (r.b AT TIME ZONE ?)::date""")) {
            ps.setArray(1, Sql.texts(c, wells));
            ps.setArray(2, Sql.instants(c, from));
            ps.setArray(3, Sql.instants(c, to));
            ps.setString(4, zone.getId());
            ps.setString(5, zone.getId());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO analytics.water_daily_rollup (well_id, day, year, energy_kwh, water_from_energy_m3, uncovered_energy_kwh, metered_m3,
                       energy_intervals, volume_intervals, energy_regressions, volume_regressions)
                SELECT h.well_id, (h.hour AT TIME ZONE ?)::date, extract(year FROM h.hour AT TIME ZONE ?)::integer,
                       sum(h.energy_kwh), sum(h.water_from_energy_m3), sum(h.uncovered_energy_kwh), sum(h.metered_m3),
                       sum(h.energy_intervals), sum(h.volume_intervals), sum(h.energy_regressions), sum(h.volume_regressions)
                  FROM unnest(?::text[], ?::text[]::timestamptz[], ?::text[]::timestamptz[]) AS r(well_id, a, b)
                  JOIN analytics.water_hourly_device h ON h.well_id = r.well_id AND h.hour >= r.a AND h.hour < r.b
                 GROUP BY 1, 2, 3""")) {
            ps.setString(1, zone.getId());
            ps.setString(2, zone.getId());
            ps.setArray(3, Sql.texts(c, wells));
            ps.setArray(4, Sql.instants(c, from));
            ps.setArray(5, Sql.instants(c, to));
            return ps.executeUpdate();
        }
    }

    /** The storage mode V20 chose: {@code plain} or {@code timescaledb}. */
    public static String mode(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT mode FROM analytics.rollup_mode LIMIT 1"); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : "plain";
        }
    }

    public static Instant watermark(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT at FROM analytics.rollup_watermark WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("rollup watermark '" + name + "' missing (migration V20 not applied?)");
                }
                return Sql.instant(rs, 1);
            }
        }
    }

    public static void setWatermark(Connection c, String name, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE analytics.rollup_watermark SET at = ?, updated_at = now() WHERE name = ?")) {
            ps.setObject(1, Sql.at(at));
            ps.setString(2, name);
            ps.executeUpdate();
        }
    }

    /** Takes at most {@code limit} backlog items, oldest first, locked until the transaction ends. */
    public static List<BacklogItem> backlog(Connection c, int limit) throws SQLException {
        List<BacklogItem> items = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, well_id, from_ts, to_ts, reason FROM analytics.rollup_backlog ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(new BacklogItem(rs.getLong(1), rs.getString(2), Sql.instant(rs, 3), Sql.instant(rs, 4), rs.getString(5)));
                }
            }
        }
        return items;
    }

    public static void enqueue(Connection c, String wellId, Instant from, Instant to, String reason) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO analytics.rollup_backlog (well_id, from_ts, to_ts, reason) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, wellId);
            ps.setObject(2, Sql.at(from));
            ps.setObject(3, Sql.at(to));
            ps.setString(4, reason);
            ps.executeUpdate();
        }
    }

    /** Records that an item is done up to {@code doneUpTo}: removed when that reaches its end. */
    public static void advance(Connection c, BacklogItem item, Instant doneUpTo) throws SQLException {
        boolean done = !doneUpTo.isBefore(item.to());
        try (PreparedStatement ps = c.prepareStatement(done
                ? "DELETE FROM analytics.rollup_backlog WHERE id = ?"
                : "UPDATE analytics.rollup_backlog SET from_ts = ? WHERE id = ?")) {
            if (done) {
                ps.setLong(1, item.id());
            } else {
                ps.setObject(1, Sql.at(doneUpTo));
                ps.setLong(2, item.id());
            }
            ps.executeUpdate();
        }
    }

    /** The first hour a well has rows for, or {@code null}. */
    public static Instant firstHour(Connection c, String wellId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT min(hour) FROM analytics.water_hourly_device WHERE well_id = ?")) {
            ps.setString(1, wellId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return Sql.instant(rs, 1);
            }
        }
    }
}
