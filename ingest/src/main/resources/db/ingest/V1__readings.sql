-- Readings as time series. With the timescaledb extension installed in this database (by the DBA or
-- deploy/local/infra.sh), telemetry.reading is a hypertable with compression and retention policies;
-- without it, a table range-partitioned by month on ts (PostgreSQL native partitioning).
-- Identity of a reading: (well_id, device_id, seq, ts). The storage writer inserts with
-- ON CONFLICT DO NOTHING on that key, so a redelivered reading is stored once.

CREATE TABLE IF NOT EXISTS storage_mode (
    mode text NOT NULL CHECK (mode IN ('timescaledb', 'partitioned')),
    chosen_at timestamptz NOT NULL DEFAULT now()
);

DO $$
DECLARE
    has_timescale boolean := EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'timescaledb');
    partitioning text := CASE WHEN has_timescale THEN '' ELSE ' PARTITION BY RANGE (ts)' END;
BEGIN
    EXECUTE 'CREATE TABLE reading (
        well_id    text             NOT NULL,
        device_id  text             NOT NULL,
        seq        bigint           NOT NULL,
        ts         timestamptz      NOT NULL,
        volume_m3  double precision,
        flow_m3h   double precision,
        level_m    double precision,
        pump_on    boolean,
        power_kw   double precision,
        energy_kwh double precision,
        alarms     text[],
        stored_at  timestamptz      NOT NULL DEFAULT now(),
        PRIMARY KEY (well_id, ts, device_id, seq)
    )' || partitioning;

    IF has_timescale THEN
        PERFORM create_hypertable('reading', 'ts', chunk_time_interval => interval '1 day');
        EXECUTE 'ALTER TABLE reading SET (timescaledb.compress, timescaledb.compress_segmentby = ''well_id'', timescaledb.compress_orderby = ''ts'')';
        PERFORM add_compression_policy('reading', interval '7 days');
        -- Readings are enforcement evidence: keep them six years (limitation periods), then drop chunks.
        PERFORM add_retention_policy('reading', interval '6 years');
        INSERT INTO storage_mode (mode) VALUES ('timescaledb');
    ELSE
        EXECUTE 'CREATE TABLE reading_default PARTITION OF reading DEFAULT';
        INSERT INTO storage_mode (mode) VALUES ('partitioned');
    END IF;
END $$;

-- Monthly partitions for the fallback; a no-op on a hypertable. The storage writer calls it at start-up
-- and daily for the window of timestamps ingest accepts, so the default partition stays empty.
CREATE OR REPLACE FUNCTION ensure_reading_partitions(from_ts timestamptz, to_ts timestamptz) RETURNS integer
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    month_start timestamptz := date_trunc('month', from_ts, 'UTC');
    part_name text;
    created integer := 0;
BEGIN
    IF (SELECT mode FROM storage_mode LIMIT 1) <> 'partitioned' THEN
        RETURN 0;
    END IF;
    WHILE month_start <= to_ts LOOP
        part_name := 'reading_' || to_char(month_start AT TIME ZONE 'UTC', 'YYYYMM');
        IF to_regclass(part_name) IS NULL THEN
            EXECUTE format('CREATE TABLE %I PARTITION OF reading FOR VALUES FROM (%L) TO (%L)',
                           part_name, month_start, month_start + interval '1 month');
            created := created + 1;
        END IF;
        month_start := date_trunc('month', month_start + interval '32 days', 'UTC');
    END LOOP;
    RETURN created;
END $$;
