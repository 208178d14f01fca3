package wellwatch.ingest.storage;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import wellwatch.contract.reading.Alarm;
import wellwatch.contract.reading.Reading;

/**
 * Writes readings to {@code telemetry.reading}: one COPY into a session-local staging table, then one
 * INSERT ... ON CONFLICT DO NOTHING, in one transaction ({@link StagedInsert}). COPY is the fastest way in;
 * the conflict clause makes a redelivered reading a no-op, so the caller may retry a batch as often as it
 * needs to.
 */
@Singleton
public class ReadingStore {

    public static final String TABLE = "telemetry.reading";
    private static final String COLUMNS = "well_id, device_id, seq, ts, volume_m3, flow_m3h, level_m, pump_on, power_kw, energy_kwh, alarms";

    private final AgroalDataSource dataSource;

    public ReadingStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Creates fallback partitions covering the given window (a no-op with TimescaleDB). */
    public int ensurePartitions(Instant now, Duration back, Duration ahead) throws SQLException {
        return Partitions.ensure(dataSource, "telemetry.ensure_reading_partitions", now, back, ahead);
    }

    /** Stores a batch; returns how many rows were new (the rest were already stored). */
    public int store(List<Reading> readings) throws SQLException {
        if (readings.isEmpty()) {
            return 0;
        }
        return StagedInsert.run(dataSource, TABLE, "reading_staging", COLUMNS, copyText(readings), readings.size());
    }

    /** COPY text format: tab-separated, \N for null. Ids are validated ([A-Za-z0-9._-]), so need no escaping. */
    static String copyText(List<Reading> readings) {
        StringBuilder sb = new StringBuilder(readings.size() * 128);
        for (Reading r : readings) {
            sb.append(r.wellId()).append('\t')
                    .append(r.deviceId()).append('\t')
                    .append(r.seq()).append('\t')
                    .append(r.ts()).append('\t');
            num(sb, r.volumeM3()).append('\t');
            num(sb, r.flowM3h()).append('\t');
            num(sb, r.levelM()).append('\t');
            if (r.pumpOn() == null) {
                sb.append("\\N");
            } else {
                sb.append(r.pumpOn() ? 't' : 'f');
            }
            sb.append('\t');
            num(sb, r.powerKw()).append('\t');
            num(sb, r.energyKwh()).append('\t');
            if (r.alarms().isEmpty()) {
                sb.append("{}");
            } else {
                sb.append('{');
                boolean first = true;
                for (Alarm a : r.alarms()) {
                    if (!first) {
                        sb.append(',');
                    }
                    sb.append(a.code());
                    first = false;
                }
                sb.append('}');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static StringBuilder num(StringBuilder sb, Double value) {
        return value == null ? sb.append("\\N") : sb.append(value.doubleValue());
    }
}
