package wellwatch.analytics.rollup.refresh;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;
import wellwatch.analytics.rollup.DeviceSeries;
import wellwatch.analytics.rollup.HourRow;
import wellwatch.analytics.rollup.HourlyRollup;
import wellwatch.analytics.rollup.RecomputeRange;
import wellwatch.analytics.rollup.RollupConfig;
import wellwatch.analytics.rollup.RollupTables;
import wellwatch.analytics.rollup.store.CoefficientSource;
import wellwatch.analytics.rollup.store.HourlyStore;
import wellwatch.analytics.rollup.store.ReadingSource;
import wellwatch.analytics.rollup.store.Sql;
import wellwatch.analytics.rules.Detector;
import wellwatch.registry.CoefficientHistory;

/**
 * Keeps the hourly rollup (and, without TimescaleDB, the daily one) current, incrementally. Each run, in one
 * transaction, under an advisory lock so that one analytics instance runs it at a time:
 *
 * <ol>
 *   <li>readings stored since the watermark ({@code stored_at}, not {@code ts}: a late reading is picked up
 *       by the run after it is stored), up to {@code now - settle} and at most {@code max-span} further:
 *       per device, the hours they change (their own, and those of the intervals they split);
 *   <li>coefficient periods the registry wrote since the coefficient watermark: queued in the backlog;
 *   <li>up to {@code backlog-per-run} backlog items, one chunk each;
 *   <li>those hours are computed again from the stored readings ({@link HourlyRollup}) and replace what was
 *       there (idempotent: a run repeated after a crash writes the same rows); the days they touch follow;
 *   <li>the watermarks advance.
 * </ol>
 */
@Singleton
public class RollupRefresh {

    private static final Logger LOG = Logger.getLogger(RollupRefresh.class);
    private static final String COEFFICIENT_REASON = "coefficient";

    private final AgroalDataSource dataSource;
    private final RollupConfig config;
    private final HourlyRollup hours;
    private final Counter rowsWritten;
    private final Counter runs;
    private final AtomicLong watermarkMillis = new AtomicLong();
    private volatile String mode;

    public RollupRefresh(AgroalDataSource dataSource, RollupConfig config, Detector detector, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.config = config;
        this.hours = new HourlyRollup(detector.settings().zone(), detector.settings().counters());
        this.rowsWritten = Counter.builder("wellwatch.analytics.rollup.hours.written").description("Hourly rollup rows written").register(registry);
        this.runs = Counter.builder("wellwatch.analytics.rollup.runs").description("Rollup refresh runs that did work").register(registry);
        Gauge.builder("wellwatch.analytics.rollup.lag.seconds", watermarkMillis,
                        w -> w.get() == 0 ? Double.NaN : (System.currentTimeMillis() - w.get()) / 1000.0)
                .description("How far the rollup's readings watermark is behind the clock").register(registry);
    }

    @Scheduled(every = "${wellwatch.rollup.every:1m}", delayed = "${wellwatch.rollup.every:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        if (!config.enabled()) {
            return;
        }
        try {
            refresh();
        } catch (SQLException e) {
            LOG.warnf("Rollup refresh failed (%s); the next run retries from the same watermark", e.getMessage());
        }
    }

    /** One run; returns the hourly rows written (0 when another instance holds the lock or nothing changed). */
    public int refresh() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                int written = run(c);
                c.commit();
                return written;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private int run(Connection c) throws SQLException {
        if (!ReadingSource.available(c) || !lock(c)) {
            return 0;
        }
        if (mode == null) {
            mode = HourlyStore.mode(c);
        }
        Instant now = Sql.now(c);
        Instant settled = now.minus(config.settle());
        List<RecomputeRange> ranges = new ArrayList<>();

        Instant watermark = HourlyStore.watermark(c, RollupTables.WATERMARK_READINGS);
        Instant cut = min(settled, watermark.plus(config.maxSpan()));
        if (cut.isAfter(watermark)) {
            // Late is measured from the watermark: after an outage, what was stored meanwhile is still read.
            ranges.addAll(ReadingSource.changedBy(c, watermark, cut, watermark.minus(config.lateWindow()), hours));
        }
        queueCoefficientChanges(c, now, settled);
        List<HourlyStore.BacklogItem> items = HourlyStore.backlog(c, config.backlogPerRun());
        for (HourlyStore.BacklogItem item : items) {
            ranges.addAll(backlogChunk(c, item));
        }

        int written = recompute(c, RecomputeRange.merge(ranges));
        if (cut.isAfter(watermark)) {
            HourlyStore.setWatermark(c, RollupTables.WATERMARK_READINGS, cut);
            watermarkMillis.set(cut.toEpochMilli());
        } else {
            watermarkMillis.set(watermark.toEpochMilli());
        }
        if (!ranges.isEmpty()) {
            runs.increment();
            rowsWritten.increment(written);
            LOG.debugf("Rollup refresh: %d device ranges, %d hourly rows, %d backlog items, watermark %s", ranges.size(), written, items.size(), cut);
        }
        return written;
    }

    /** Computes the ranges again from the stored readings and replaces their rows (and days). */
    private int recompute(Connection c, List<RecomputeRange> ranges) throws SQLException {
        if (ranges.isEmpty()) {
            return 0;
        }
        Set<String> wells = new LinkedHashSet<>();
        ranges.forEach(r -> wells.add(r.wellId()));
        Map<String, CoefficientHistory> histories = CoefficientSource.load(c, wells, config.defaultM3PerKwh());
        Map<String, DeviceSeries> series = ReadingSource.series(c, ranges);
        List<HourRow> rows = new ArrayList<>();
        for (RecomputeRange r : ranges) {
            DeviceSeries s = series.get(ReadingSource.key(r.wellId(), r.deviceId()));
            rows.addAll(hours.compute(s, r.from(), r.to(), histories.getOrDefault(r.wellId(), CoefficientHistory.empty())));
        }
        int written = HourlyStore.replaceHours(c, ranges, rows);
        if ("plain".equals(mode)) {
            HourlyStore.replaceDays(c, ranges, hours.zone());
        }
        return written;
    }

    /** Coefficient periods written or closed since the last run: their hours go to the backlog. */
    private void queueCoefficientChanges(Connection c, Instant now, Instant settled) throws SQLException {
        if (!CoefficientSource.available(c)) {
            return;
        }
        Instant watermark = HourlyStore.watermark(c, RollupTables.WATERMARK_COEFFICIENTS);
        if (!settled.isAfter(watermark)) {
            return;
        }
        for (CoefficientSource.Change change : CoefficientSource.changes(c, watermark, settled)) {
            Instant end = change.to() == null || change.to().isAfter(now) ? now : change.to();
            if (end.isAfter(change.from())) {
                HourlyStore.enqueue(c, change.wellId(), hours.hourStart(change.from()), hours.hourAfter(end), COEFFICIENT_REASON);
            }
        }
        HourlyStore.setWatermark(c, RollupTables.WATERMARK_COEFFICIENTS, settled);
    }

    /** The ranges of one backlog chunk, per device of the well there; advances the item past the chunk. */
    private List<RecomputeRange> backlogChunk(Connection c, HourlyStore.BacklogItem item) throws SQLException {
        Instant from = hours.hourStart(item.from());
        if (COEFFICIENT_REASON.equals(item.reason())) {
            // Nothing was ever computed before the well's first hour: the new coefficient applies there anyway.
            Instant first = HourlyStore.firstHour(c, item.wellId());
            if (first == null || !first.isBefore(item.to())) {
                HourlyStore.advance(c, item, item.to());
                return List.of();
            }
            from = first.isAfter(from) ? first : from;
        }
        Instant chunkEnd = from.plus(config.backlogChunk());
        Instant to = hours.hourAfter((chunkEnd.isBefore(item.to()) ? chunkEnd : item.to()).minusMillis(1));
        List<RecomputeRange> ranges = new ArrayList<>();
        for (String device : ReadingSource.devices(c, item.wellId(), from, to)) {
            ranges.add(new RecomputeRange(item.wellId(), device, from, to));
        }
        HourlyStore.advance(c, item, to);
        return ranges;
    }

    private static boolean lock(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_xact_lock(hashtext('wellwatch.analytics.rollup'))");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
