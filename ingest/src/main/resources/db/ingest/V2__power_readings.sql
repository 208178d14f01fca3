-- Pump-meter electricity from the power utility (POST /api/power-readings -> Kafka wellwatch.power.v1 ->
-- the power storage writer). One row per meter and interval; the interval's identity is
-- (meter_no, interval_start, interval_end), and the writer inserts with ON CONFLICT DO NOTHING on it, so a
-- re-uploaded or redelivered interval is stored once.
-- Same storage mode as telemetry.reading (chosen by V1 and recorded in storage_mode): a hypertable with
-- TimescaleDB, else a table range-partitioned by month on interval_start.
-- well_id is the well the registry tied the meter to at upload time, NULL when the meter was not registered.

DO $$
DECLARE
    timescale boolean := (SELECT mode FROM storage_mode LIMIT 1) = 'timescaledb';
    partitioning text := CASE WHEN timescale THEN '' ELSE ' PARTITION BY RANGE (interval_start)' END;
BEGIN
    EXECUTE 'CREATE TABLE power_reading (
        meter_no       text             NOT NULL,
        well_id        text,
        interval_start timestamptz      NOT NULL,
        interval_end   timestamptz      NOT NULL,
        kwh            double precision NOT NULL CHECK (kwh >= 0),
        kw             double precision,
        batch          text             NOT NULL,
        stored_at      timestamptz      NOT NULL DEFAULT now(),
        CHECK (interval_end > interval_start),
        PRIMARY KEY (meter_no, interval_start, interval_end)
    )' || partitioning;

    IF timescale THEN
        -- Far fewer rows than readings (one per meter per 15 min at most): weekly chunks.
        PERFORM create_hypertable('power_reading', 'interval_start', chunk_time_interval => interval '7 days');
        -- Compress late: the utility re-sends and backfills weeks-old data.
        EXECUTE 'ALTER TABLE power_reading SET (timescaledb.compress, timescaledb.compress_segmentby = ''meter_no'', timescaledb.compress_orderby = ''interval_start'')';
        PERFORM add_compression_policy('power_reading', interval '60 days');
        -- Enforcement evidence like readings: six years.
        PERFORM add_retention_policy('power_reading', interval '6 years');
    ELSE
        EXECUTE 'CREATE TABLE power_reading_default PARTITION OF power_reading DEFAULT';
    END IF;
END $$;

-- Analytics and the API read a well's electricity over a time range.
CREATE INDEX power_reading_by_well ON power_reading (well_id, interval_start) WHERE well_id IS NOT NULL;

-- Monthly partitions for the fallback; a no-op on a hypertable. The power storage writer calls it at
-- start-up and every 12 h for the window of interval starts ingest accepts.
CREATE OR REPLACE FUNCTION ensure_power_reading_partitions(from_ts timestamptz, to_ts timestamptz) RETURNS integer
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
        part_name := 'power_reading_' || to_char(month_start AT TIME ZONE 'UTC', 'YYYYMM');
        IF to_regclass(part_name) IS NULL THEN
            EXECUTE format('CREATE TABLE %I PARTITION OF power_reading FOR VALUES FROM (%L) TO (%L)',
                           part_name, month_start, month_start + interval '1 month');
            created := created + 1;
        END IF;
        month_start := date_trunc('month', month_start + interval '32 days', 'UTC');
    END LOOP;
    RETURN created;
END $$;
