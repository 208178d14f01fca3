package wellwatch.analytics.rollup.restore;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jboss.logging.Logger;
import wellwatch.analytics.rollup.DeviceSeries;
import wellwatch.analytics.rollup.HourlyRollup;
import wellwatch.analytics.rollup.RecomputeRange;
import wellwatch.analytics.rollup.RollupConfig;
import wellwatch.analytics.rollup.RollupTables;
import wellwatch.analytics.rollup.YearToDate;
import wellwatch.analytics.rollup.store.HourlyStore;
import wellwatch.analytics.rollup.store.ReadingSource;
import wellwatch.analytics.rollup.store.Sql;
import wellwatch.analytics.rules.Detector;
import wellwatch.contract.reading.Alarm;
import wellwatch.contract.reading.Reading;
import wellwatch.registry.Well;
import wellwatch.registry.WellDirectory;

/**
 * Restores what the detector cannot rebuild from the next readings when this instance takes wells over
 * (docs/detections.md, "State, restore and eviction"): each well's last stored readings
 * ({@link Detector#restore}) and its year-to-date volume up to and including them
 * ({@link Detector#restoreYearToDate}).
 *
 * <p>The year-to-date volume is the rollup's settled hours (days, then hours) plus, for devices with readings
 * the rollup has not yet taken in (stored after its watermark), those readings counted here the way the live
 * counter counts them ({@link YearToDate}). All of it is read in one repeatable-read snapshot, in a fixed
 * number of set-based queries whatever the number of wells.
 */
@Singleton
public class YearToDateRestore {

    private static final Logger LOG = Logger.getLogger(YearToDateRestore.class);
    /** Open end for the tail of a device: everything stored after the cut. */
    private static final Instant OPEN = Instant.parse("9999-01-01T00:00:00Z");

    private static final String LAST_READINGS = """
            SELECT x.well_id, x.device_id, x.seq, x.ts, x.volume_m3, x.flow_m3h, x.level_m, x.pump_on, x.power_kw, x.energy_kwh, x.alarms
              FROM unnest(?::text[]) AS w(well_id) CROSS JOIN LATERAL (
                  (SELECT r.* FROM telemetry.reading r WHERE r.well_id = w.well_id ORDER BY r.ts DESC, r.seq DESC LIMIT 1)
                  UNION
                  (SELECT r.* FROM telemetry.reading r WHERE r.well_id = w.well_id AND r.energy_kwh IS NOT NULL ORDER BY r.ts DESC, r.seq DESC LIMIT 1)
                  UNION
                  (SELECT r.* FROM telemetry.reading r WHERE r.well_id = w.well_id AND r.volume_m3 IS NOT NULL ORDER BY r.ts DESC, r.seq DESC LIMIT 1)
              ) x""";

    private static final String SETTLED_DAYS = """
            SELECT d.well_id, coalesce(sum(d.metered_m3), 0), coalesce(sum(d.water_from_energy_m3), 0)
              FROM unnest(?::text[], ?::text[]::date[], ?::text[]::date[]) AS r(well_id, d0, d1)
              JOIN analytics.water_daily d ON d.well_id = r.well_id AND d.day >= r.d0 AND d.day < r.d1
             GROUP BY d.well_id""";

    private static final String SETTLED_HOURS = """
            SELECT h.well_id, h.device_id, h.hour, h.metered_m3, h.water_from_energy_m3
              FROM unnest(?::text[], ?::text[]::timestamptz[], ?::text[]::timestamptz[]) AS r(well_id, a, b)
              JOIN analytics.water_hourly_device h ON h.well_id = r.well_id AND h.hour >= r.a AND h.hour < r.b""";

    private final AgroalDataSource dataSource;
    private final Detector detector;
    private final WellDirectory wells;
    private final RollupConfig config;
    private final HourlyRollup hours;
    private final YearToDate yearToDate;

    public YearToDateRestore(AgroalDataSource dataSource, Detector detector, WellDirectory wells, RollupConfig config) {
        this.dataSource = dataSource;
        this.detector = detector;
        this.wells = wells;
        this.config = config;
        this.hours = new HourlyRollup(detector.settings().zone(), detector.settings().counters());
        this.yearToDate = new YearToDate(detector.settings());
    }

    /**
     * Restores the registered wells that {@code owned} selects and the detector does not track yet. Never
     * throws: without the database the detector starts from the next readings (and counts the year from 0).
     *
     * @return the number of wells restored
     */
    public int restore(Predicate<String> owned) {
        try {
            if (wells.size() == 0) {
                wells.reload(); // assignment can come before the start-up load
            }
            List<String> ids = new ArrayList<>();
            for (Well w : wells.all()) {
                if (owned.test(w.id()) && detector.track(w.id()).isEmpty()) {
                    ids.add(w.id());
                }
            }
            if (ids.isEmpty()) {
                return 0;
            }
            Map<String, Restored> restored = read(ids);
            int applied = 0;
            synchronized (detector) {
                for (Restored r : restored.values()) {
                    if (detector.track(r.well.id()).isPresent()) {
                        continue; // readings arrived meanwhile: the live state is newer
                    }
                    for (Reading reading : r.readings) {
                        detector.restore(r.well, reading);
                    }
                    detector.restoreYearToDate(r.well.id(), r.year, r.yearToDateM3);
                    applied++;
                }
            }
            return applied;
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("Year-to-date restore failed (%s); the wells' counters start from their next readings", e.getMessage());
            return 0;
        }
    }

    /** What one well gets back. */
    record Restored(Well well, List<Reading> readings, int year, double yearToDateM3) {}

    /** Reads the wells' last readings and year-to-date volumes in one snapshot. */
    Map<String, Restored> read(List<String> ids) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            try {
                if (!ReadingSource.available(c)) {
                    return Map.of();
                }
                return read(c, ids);
            } finally {
                c.rollback();
                c.setReadOnly(false);
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                c.setAutoCommit(true);
            }
        }
    }

    private Map<String, Restored> read(Connection c, List<String> ids) throws SQLException {
        Map<String, List<Reading>> last = lastReadings(c, ids);
        if (last.isEmpty()) {
            return Map.of();
        }
        Instant watermark = HourlyStore.watermark(c, RollupTables.WATERMARK_READINGS);

        // Devices with readings the rollup has not taken in yet: their hours from the cut on are counted here.
        Map<String, RecomputeRange> tails = new HashMap<>();
        for (RecomputeRange r : ReadingSource.pendingOf(c, last.keySet(), watermark, watermark.minus(config.restoreLookback()), hours)) {
            tails.put(ReadingSource.key(r.wellId(), r.deviceId()), new RecomputeRange(r.wellId(), r.deviceId(), r.from(), OPEN));
        }
        Map<String, DeviceSeries> series = ReadingSource.series(c, new ArrayList<>(tails.values()));

        // Per well: its year, and where whole settled days end (the day of its earliest cut).
        Map<String, Instant> yearStart = new HashMap<>();
        Map<String, Instant> yearEnd = new HashMap<>();
        Map<String, Instant> daysEnd = new HashMap<>();
        for (Map.Entry<String, List<Reading>> e : last.entrySet()) {
            int year = yearToDate.yearOf(e.getValue().get(e.getValue().size() - 1).ts());
            yearStart.put(e.getKey(), yearToDate.yearStart(year));
            yearEnd.put(e.getKey(), yearToDate.yearStart(year + 1));
            daysEnd.put(e.getKey(), yearToDate.yearStart(year + 1));
        }
        for (RecomputeRange t : tails.values()) {
            Instant dayStart = t.from().atZone(hours.zone()).toLocalDate().atStartOfDay(hours.zone()).toInstant();
            daysEnd.merge(t.wellId(), dayStart, (a, b) -> a.isBefore(b) ? a : b);
        }

        Map<String, double[]> settled = settledDays(c, last.keySet(), yearStart, daysEnd);
        addSettledHours(c, tails, yearStart, yearEnd, daysEnd, settled);

        Map<String, List<RecomputeRange>> tailsOfWell = new HashMap<>();
        tails.values().forEach(t -> tailsOfWell.computeIfAbsent(t.wellId(), k -> new ArrayList<>(1)).add(t));
        Map<String, Restored> restored = new LinkedHashMap<>();
        for (Map.Entry<String, List<Reading>> e : last.entrySet()) {
            Well well = wells.find(e.getKey());
            if (well == null) {
                continue;
            }
            double[] s = settled.getOrDefault(e.getKey(), new double[2]);
            double m3 = YearToDate.settled(well, s[0], s[1]);
            long y0 = yearStart.get(e.getKey()).toEpochMilli();
            for (RecomputeRange t : tailsOfWell.getOrDefault(e.getKey(), List.of())) {
                m3 += yearToDate.after(well, series.get(ReadingSource.key(t.wellId(), t.deviceId())), Math.max(t.from().toEpochMilli(), y0));
            }
            Instant lastTs = e.getValue().get(e.getValue().size() - 1).ts();
            restored.put(e.getKey(), new Restored(well, e.getValue(), yearToDate.yearOf(lastTs), m3));
        }
        return restored;
    }

    /** Per well, its latest reading and the latest carrying each register, oldest first, without repeats. */
    private static Map<String, List<Reading>> lastReadings(Connection c, List<String> ids) throws SQLException {
        Map<String, List<Reading>> last = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(LAST_READINGS)) {
            ps.setArray(1, Sql.texts(c, ids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    last.computeIfAbsent(rs.getString(1), k -> new ArrayList<>(3)).add(reading(rs));
                }
            }
        }
        last.values().forEach(list -> list.sort(Comparator.comparing(Reading::ts).thenComparingLong(Reading::seq)));
        return last;
    }

    private static Reading reading(ResultSet rs) throws SQLException {
        Set<Alarm> alarms = EnumSet.noneOf(Alarm.class);
        Array array = rs.getArray(11);
        if (array != null) {
            for (Object code : (Object[]) array.getArray()) {
                Alarm a = Alarm.ofCode(String.valueOf(code));
                if (a != null) {
                    alarms.add(a);
                }
            }
        }
        Boolean pumpOn = rs.getBoolean(8);
        if (rs.wasNull()) {
            pumpOn = null;
        }
        return new Reading(rs.getString(1), rs.getString(2), rs.getLong(3), Sql.instant(rs, 4), Sql.nullableDouble(rs, 5),
                Sql.nullableDouble(rs, 6), Sql.nullableDouble(rs, 7), pumpOn, Sql.nullableDouble(rs, 9), Sql.nullableDouble(rs, 10), alarms);
    }

    /** Sums of whole days from the start of each well's year up to its first unsettled day: {metered, from energy}. */
    private Map<String, double[]> settledDays(Connection c, Iterable<String> ids, Map<String, Instant> from, Map<String, Instant> to)
            throws SQLException {
        List<String> wellIds = new ArrayList<>();
        List<String> d0 = new ArrayList<>();
        List<String> d1 = new ArrayList<>();
        for (String id : ids) {
            LocalDate first = from.get(id).atZone(hours.zone()).toLocalDate();
            LocalDate end = to.get(id).atZone(hours.zone()).toLocalDate();
            if (end.isAfter(first)) {
                wellIds.add(id);
                d0.add(first.toString());
                d1.add(end.toString());
            }
        }
        Map<String, double[]> sums = new HashMap<>();
        if (wellIds.isEmpty()) {
            return sums;
        }
        try (PreparedStatement ps = c.prepareStatement(SETTLED_DAYS)) {
            ps.setArray(1, Sql.texts(c, wellIds));
            ps.setArray(2, c.createArrayOf("text", d0.toArray()));
            ps.setArray(3, c.createArrayOf("text", d1.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sums.put(rs.getString(1), new double[] {rs.getDouble(2), rs.getDouble(3)});
                }
            }
        }
        return sums;
    }

    /**
     * Adds the settled hours of wells with a tail: from their first unsettled day to the end of their year,
     * leaving out the hours of each pending device from its cut on (the tail counts those).
     */
    private void addSettledHours(Connection c, Map<String, RecomputeRange> tails, Map<String, Instant> yearStart, Map<String, Instant> yearEnd,
            Map<String, Instant> daysEnd, Map<String, double[]> settled) throws SQLException {
        Map<String, Instant> wellsWithTail = new LinkedHashMap<>();
        tails.values().forEach(t -> wellsWithTail.put(t.wellId(), daysEnd.get(t.wellId())));
        if (wellsWithTail.isEmpty()) {
            return;
        }
        List<String> ids = new ArrayList<>();
        List<Instant> from = new ArrayList<>();
        List<Instant> to = new ArrayList<>();
        wellsWithTail.forEach((id, start) -> {
            ids.add(id);
            from.add(start.isAfter(yearStart.get(id)) ? start : yearStart.get(id));
            to.add(yearEnd.get(id));
        });
        try (PreparedStatement ps = c.prepareStatement(SETTLED_HOURS)) {
            ps.setArray(1, Sql.texts(c, ids));
            ps.setArray(2, Sql.instants(c, from));
            ps.setArray(3, Sql.instants(c, to));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    RecomputeRange tail = tails.get(ReadingSource.key(rs.getString(1), rs.getString(2)));
                    Instant hour = Sql.instant(rs, 3);
                    if (tail != null && !hour.isBefore(tail.from())) {
                        continue;
                    }
                    double[] s = settled.computeIfAbsent(rs.getString(1), k -> new double[2]);
                    s[0] += rs.getDouble(4);
                    s[1] += rs.getDouble(5);
                }
            }
        }
    }
}
