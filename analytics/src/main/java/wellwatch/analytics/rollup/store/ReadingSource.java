package wellwatch.analytics.rollup.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import wellwatch.analytics.rollup.DeviceSeries;
import wellwatch.analytics.rollup.HourlyRollup;
import wellwatch.analytics.rollup.RecomputeRange;

/**
 * Reads ingest's {@code telemetry.reading} for the rollups (a cross-schema read; analytics never writes it).
 * Every query is set-based, one round trip for all wells of a run, and uses the primary key
 * {@code (well_id, ts, device_id, seq)} for per-well time ranges and neighbour look-ups.
 */
public final class ReadingSource {

    /** Per (well, device) of the pending readings: their time span and the neighbouring readings per register. */
    private static final String RANGES = """
            SELECT p.well_id, p.device_id, p.lo, p.hi,
                   (SELECT r.ts FROM telemetry.reading r WHERE r.well_id = p.well_id AND r.device_id = p.device_id
                       AND r.ts < p.lo AND r.energy_kwh IS NOT NULL ORDER BY r.ts DESC LIMIT 1),
                   (SELECT r.ts FROM telemetry.reading r WHERE r.well_id = p.well_id AND r.device_id = p.device_id
                       AND r.ts < p.lo AND r.volume_m3 IS NOT NULL ORDER BY r.ts DESC LIMIT 1),
                   (SELECT r.ts FROM telemetry.reading r WHERE r.well_id = p.well_id AND r.device_id = p.device_id
                       AND r.ts > p.hi AND r.energy_kwh IS NOT NULL ORDER BY r.ts LIMIT 1),
                   (SELECT r.ts FROM telemetry.reading r WHERE r.well_id = p.well_id AND r.device_id = p.device_id
                       AND r.ts > p.hi AND r.volume_m3 IS NOT NULL ORDER BY r.ts LIMIT 1)
              FROM pending p""";

    /** Readings stored in a stored_at window (the refresh). */
    private static final String PENDING_SINCE = """
            WITH pending AS (
                SELECT well_id, device_id, min(ts) AS lo, max(ts) AS hi FROM telemetry.reading
                 WHERE stored_at > ? AND stored_at <= ? AND ts >= ?
                 GROUP BY well_id, device_id)
            """ + RANGES;

    /** Readings of given wells stored after the watermark (the year-to-date restore). */
    private static final String PENDING_OF_WELLS = """
            WITH pending AS (
                SELECT well_id, device_id, min(ts) AS lo, max(ts) AS hi FROM telemetry.reading
                 WHERE well_id = ANY(?::text[]) AND stored_at > ? AND ts >= ?
                 GROUP BY well_id, device_id)
            """ + RANGES;

    /**
     * Per range: the last value of each register before it, every reading inside, the first value of each
     * register at or after its end. The edge rows carry only their register.
     */
    private static final String SERIES = """
            WITH g(well_id, device_id, a, b) AS (
                SELECT * FROM unnest(?::text[], ?::text[], ?::text[]::timestamptz[], ?::text[]::timestamptz[]))
            SELECT g.well_id, g.device_id, x.ts, x.seq, x.energy_kwh, x.volume_m3
              FROM g CROSS JOIN LATERAL (
                  (SELECT r.ts, r.seq, r.energy_kwh, NULL::double precision AS volume_m3 FROM telemetry.reading r
                    WHERE r.well_id = g.well_id AND r.device_id = g.device_id AND r.ts < g.a AND r.energy_kwh IS NOT NULL
                    ORDER BY r.ts DESC, r.seq DESC LIMIT 1)
                  UNION ALL
                  (SELECT r.ts, r.seq, NULL, r.volume_m3 FROM telemetry.reading r
                    WHERE r.well_id = g.well_id AND r.device_id = g.device_id AND r.ts < g.a AND r.volume_m3 IS NOT NULL
                    ORDER BY r.ts DESC, r.seq DESC LIMIT 1)
                  UNION ALL
                  (SELECT r.ts, r.seq, r.energy_kwh, r.volume_m3 FROM telemetry.reading r
                    WHERE r.well_id = g.well_id AND r.device_id = g.device_id AND r.ts >= g.a AND r.ts < g.b)
                  UNION ALL
                  (SELECT r.ts, r.seq, r.energy_kwh, NULL FROM telemetry.reading r
                    WHERE r.well_id = g.well_id AND r.device_id = g.device_id AND r.ts >= g.b AND r.energy_kwh IS NOT NULL
                    ORDER BY r.ts, r.seq LIMIT 1)
                  UNION ALL
                  (SELECT r.ts, r.seq, NULL, r.volume_m3 FROM telemetry.reading r
                    WHERE r.well_id = g.well_id AND r.device_id = g.device_id AND r.ts >= g.b AND r.volume_m3 IS NOT NULL
                    ORDER BY r.ts, r.seq LIMIT 1)
              ) x""";

    private static final String DEVICES = """
            SELECT DISTINCT device_id FROM telemetry.reading WHERE well_id = ? AND ts >= ? AND ts < ?
            UNION
            SELECT DISTINCT device_id FROM analytics.water_hourly_device WHERE well_id = ? AND hour >= ? AND hour < ?""";

    private ReadingSource() {}

    /** Whether ingest's readings table is in this database (analytics can run without it: nothing to roll up then). */
    public static boolean available(Connection c) throws SQLException {
        return Sql.exists(c, "telemetry.reading");
    }

    /**
     * The hours that readings stored in {@code (storedAfter, storedUpTo]} change, per device: their own hours
     * and those of the intervals they split. Readings timed before {@code tsFrom} are left out (see
     * {@code wellwatch.rollup.late-window}).
     */
    public static List<RecomputeRange> changedBy(Connection c, Instant storedAfter, Instant storedUpTo, Instant tsFrom, HourlyRollup hours)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(PENDING_SINCE)) {
            ps.setObject(1, Sql.at(storedAfter));
            ps.setObject(2, Sql.at(storedUpTo));
            ps.setObject(3, Sql.at(tsFrom));
            return ranges(ps, hours);
        }
    }

    /** As {@link #changedBy}, for the readings of {@code wellIds} stored after {@code storedAfter}. */
    public static List<RecomputeRange> pendingOf(Connection c, Collection<String> wellIds, Instant storedAfter, Instant tsFrom, HourlyRollup hours)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(PENDING_OF_WELLS)) {
            ps.setArray(1, Sql.texts(c, wellIds));
            ps.setObject(2, Sql.at(storedAfter));
            ps.setObject(3, Sql.at(tsFrom));
            return ranges(ps, hours);
        }
    }

    private static List<RecomputeRange> ranges(PreparedStatement ps, HourlyRollup hours) throws SQLException {
        List<RecomputeRange> ranges = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Instant previous = earliest(Sql.instant(rs, 5), Sql.instant(rs, 6));
                Instant next = latest(Sql.instant(rs, 7), Sql.instant(rs, 8));
                ranges.add(RecomputeRange.around(rs.getString(1), rs.getString(2), previous, Sql.instant(rs, 3), Sql.instant(rs, 4), next, hours));
            }
        }
        return ranges;
    }

    /** The register series each range needs, keyed by well and device ({@link #key}). Ranges must not overlap. */
    public static Map<String, DeviceSeries> series(Connection c, List<RecomputeRange> ranges) throws SQLException {
        Map<String, DeviceSeries> series = new LinkedHashMap<>();
        if (ranges.isEmpty()) {
            return series;
        }
        List<String> wells = new ArrayList<>(ranges.size());
        List<String> devices = new ArrayList<>(ranges.size());
        List<Instant> from = new ArrayList<>(ranges.size());
        List<Instant> to = new ArrayList<>(ranges.size());
        for (RecomputeRange r : ranges) {
            wells.add(r.wellId());
            devices.add(r.deviceId());
            from.add(r.from());
            to.add(r.to());
            series.putIfAbsent(key(r.wellId(), r.deviceId()), new DeviceSeries(r.wellId(), r.deviceId()));
        }
        try (PreparedStatement ps = c.prepareStatement(SERIES)) {
            ps.setArray(1, Sql.texts(c, wells));
            ps.setArray(2, Sql.texts(c, devices));
            ps.setArray(3, Sql.instants(c, from));
            ps.setArray(4, Sql.instants(c, to));
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    DeviceSeries s = series.get(key(rs.getString(1), rs.getString(2)));
                    s.add(Sql.instant(rs, 3).toEpochMilli(), rs.getLong(4), Sql.nullableDouble(rs, 5), Sql.nullableDouble(rs, 6));
                }
            }
        }
        return series;
    }

    /** Devices of a well with readings or rollup rows in {@code [from, to)}. */
    public static Set<String> devices(Connection c, String wellId, Instant from, Instant to) throws SQLException {
        Set<String> devices = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement(DEVICES)) {
            ps.setString(1, wellId);
            ps.setObject(2, Sql.at(from));
            ps.setObject(3, Sql.at(to));
            ps.setString(4, wellId);
            ps.setObject(5, Sql.at(from));
            ps.setObject(6, Sql.at(to));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    devices.add(rs.getString(1));
                }
            }
        }
        return devices;
    }

    public static String key(String wellId, String deviceId) {
        return wellId + '\u0000' + deviceId;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
