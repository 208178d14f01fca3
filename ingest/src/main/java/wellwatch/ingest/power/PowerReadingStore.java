package wellwatch.ingest.power;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import wellwatch.contract.power.PowerReading;
import wellwatch.ingest.storage.Partitions;
import wellwatch.ingest.storage.StagedInsert;

/**
 * {@code telemetry.power_reading}: the power storage writer's idempotent bulk insert (COPY + ON CONFLICT DO
 * NOTHING on (meter_no, interval_start, interval_end)), and the upload's look-up of what is already stored.
 */
@Singleton
public class PowerReadingStore {

    public static final String TABLE = "telemetry.power_reading";
    private static final String COLUMNS = "meter_no, well_id, interval_start, interval_end, kwh, kw, batch";

    private final AgroalDataSource dataSource;

    public PowerReadingStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Creates fallback partitions covering the given window (a no-op with TimescaleDB). */
    public int ensurePartitions(Instant now, Duration back, Duration ahead) throws SQLException {
        return Partitions.ensure(dataSource, "telemetry.ensure_power_reading_partitions", now, back, ahead);
    }

    /** Stores a batch; returns how many rows were new (the rest were already stored). */
    public int store(List<PowerReading> readings) throws SQLException {
        if (readings.isEmpty()) {
            return 0;
        }
        return StagedInsert.run(dataSource, TABLE, "power_reading_staging", COLUMNS, copyText(readings), readings.size());
    }

    /**
     * The stored intervals of the candidates' meters that overlap a candidate's interval (identical ones
     * included). One query; the scan is bounded to the candidates' time span widened by {@code maxInterval},
     * so partitions outside it are not touched.
     */
    public List<PowerReading> overlapping(List<PowerReading> candidates, Duration maxInterval) throws SQLException {
        if (candidates.isEmpty()) {
            return List.of();
        }
        String[] meters = new String[candidates.size()];
        String[] starts = new String[candidates.size()];
        String[] ends = new String[candidates.size()];
        Instant from = Instant.MAX;
        Instant to = Instant.MIN;
        for (int i = 0; i < candidates.size(); i++) {
            PowerReading r = candidates.get(i);
            meters[i] = r.meterNo();
            starts[i] = r.intervalStart().toString();
            ends[i] = r.intervalEnd().toString();
            from = r.intervalStart().isBefore(from) ? r.intervalStart() : from;
            to = r.intervalEnd().isAfter(to) ? r.intervalEnd() : to;
        }
        String sql = "SELECT DISTINCT p.meter_no, p.well_id, p.interval_start, p.interval_end, p.kwh, p.kw, p.batch"
                + " FROM unnest(?::text[], ?::text[], ?::text[]) AS u(meter_no, s, e)"
                + " JOIN " + TABLE + " p ON p.meter_no = u.meter_no"
                + "  AND p.interval_start < u.e::timestamptz AND p.interval_end > u.s::timestamptz"
                + " WHERE p.interval_start >= ? AND p.interval_start < ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("text", meters));
            ps.setArray(2, c.createArrayOf("text", starts));
            ps.setArray(3, c.createArrayOf("text", ends));
            ps.setObject(4, OffsetDateTime.ofInstant(from.minus(maxInterval), ZoneOffset.UTC));
            ps.setObject(5, OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
            List<PowerReading> stored = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double kwValue = rs.getDouble(6);
                    Double kw = rs.wasNull() ? null : kwValue; // wasNull() speaks of the column read last
                    stored.add(new PowerReading(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getObject(3, OffsetDateTime.class).toInstant(),
                            rs.getObject(4, OffsetDateTime.class).toInstant(),
                            rs.getDouble(5),
                            kw,
                            rs.getString(7)));
                }
            }
            return stored;
        }
    }

    /** COPY text format: tab-separated, \N for null; text that is not a validated id is escaped. */
    static String copyText(List<PowerReading> readings) {
        StringBuilder sb = new StringBuilder(readings.size() * 112);
        for (PowerReading r : readings) {
            escaped(sb, r.meterNo()).append('\t');
            escaped(sb, r.wellId()).append('\t');
            sb.append(r.intervalStart()).append('\t')
                    .append(r.intervalEnd()).append('\t')
                    .append(r.kwh()).append('\t');
            if (r.kw() == null) {
                sb.append("\\N");
            } else {
                sb.append(r.kw().doubleValue());
            }
            sb.append('\t');
            escaped(sb, r.batch()).append('\n');
        }
        return sb.toString();
    }

    private static StringBuilder escaped(StringBuilder sb, String text) {
        if (text == null) {
            return sb.append("\\N");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
        return sb;
    }
}
