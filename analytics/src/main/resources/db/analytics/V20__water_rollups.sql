-- Electricity-to-water rollups (以电折水), docs/conversion.md. Per well and local clock hour: energy drawn,
-- water computed from it with the coefficient valid at the time, metered volume, their ratio; days, months
-- and years built from the hours. The hours are computed by analytics (wellwatch.analytics.rollup) from
-- telemetry.reading (a cross-schema read of ingest's table) and kept current by a scheduled refresh.
--
-- Two storage modes, chosen here like ingest's V1 chooses its own (pg_extension) and recorded in
-- analytics.rollup_mode:
--   plain        analytics.water_daily_rollup is a table the refresh job keeps current from the hours;
--   timescaledb  analytics.water_hourly_device is a hypertable and analytics.water_daily_rollup a continuous
--                aggregate over it (real-time, refreshed by a policy). Not executed in CI (no TimescaleDB).
-- Either way the views below have the same columns, so readers (REST, ledgers) need not care.
--
-- Stable interface for other modules: analytics.water_year (well_id, year, water_m3, energy_kwh, metered_m3,
-- then further columns). Columns are only ever appended.

CREATE TABLE analytics.rollup_mode (
    mode      text        NOT NULL CHECK (mode IN ('timescaledb', 'plain')),
    chosen_at timestamptz NOT NULL DEFAULT now()
);

-- One row per well, device and local clock hour that any interval between two consecutive readings of the
-- device overlaps. An interval (t0, t1] is shared among the hours it overlaps in proportion to time (as
-- wellwatch.analytics.conversion.Rollup.split); a counter that went back gives nothing and is counted.
CREATE TABLE analytics.water_hourly_device (
    well_id              text             NOT NULL,
    device_id            text             NOT NULL,
    -- Start of the local clock hour (an instant).
    hour                 timestamptz      NOT NULL,
    -- Energy drawn (shares of positive energy register deltas), kWh.
    energy_kwh           double precision NOT NULL DEFAULT 0,
    -- That energy x the well's coefficient valid when it was drawn, m3.
    water_from_energy_m3 double precision NOT NULL DEFAULT 0,
    -- The part of energy_kwh drawn while no coefficient applied (not converted, never guessed), kWh.
    uncovered_energy_kwh double precision NOT NULL DEFAULT 0,
    -- Metered volume (shares of positive volume register deltas), m3.
    metered_m3           double precision NOT NULL DEFAULT 0,
    -- How many energy / volume intervals overlap the hour (0: the register did not report here).
    energy_intervals     integer          NOT NULL DEFAULT 0,
    volume_intervals     integer          NOT NULL DEFAULT 0,
    -- Intervals ending in this hour over which the register went back (beyond the counter tolerance):
    -- excluded from the sums above.
    energy_regressions   integer          NOT NULL DEFAULT 0,
    volume_regressions   integer          NOT NULL DEFAULT 0,
    computed_at          timestamptz      NOT NULL DEFAULT now(),
    PRIMARY KEY (well_id, hour, device_id)
);

-- How far the refresh has read: 'readings' = telemetry.reading.stored_at, 'coefficients' =
-- registry.coefficient.updated_at. Everything stored up to 'at' is in the rollups.
CREATE TABLE analytics.rollup_watermark (
    name       text        PRIMARY KEY,
    at         timestamptz NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO analytics.rollup_watermark (name, at) VALUES ('readings', now()), ('coefficients', now());

-- Ranges of a well to compute again (a coefficient registered or changed, a backfill, readings older than
-- the refresh's late window). The refresh works through them a bounded chunk at a time. Backfill by hand:
--   INSERT INTO analytics.rollup_backlog (well_id, from_ts, to_ts, reason)
--   SELECT well_id, '2026-01-01', now(), 'backfill' FROM registry.well;
CREATE TABLE analytics.rollup_backlog (
    id        bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    well_id   text        NOT NULL,
    from_ts   timestamptz NOT NULL,
    to_ts     timestamptz NOT NULL CHECK (to_ts > from_ts),
    reason    text        NOT NULL,
    queued_at timestamptz NOT NULL DEFAULT now()
);

-- Wells whose water is their flow meter's: a flow meter registered at the well and not known to be
-- unqualified or broken (the registry directory's own rule). All other wells: water from energy.
CREATE VIEW analytics.well_flow_metered AS
SELECT DISTINCT well_id
  FROM registry.device
 WHERE kind = 'flow_meter' AND well_id IS NOT NULL AND qualified IS NOT FALSE AND working IS NOT FALSE;

-- Per well and hour, all devices together. A figure is NULL where its register did not report at all.
-- metered_to_energy_ratio: metered / water from energy (1.0 when they agree; below 1: the meter shows less).
CREATE VIEW analytics.water_hourly AS
SELECT well_id,
       hour,
       CASE WHEN sum(energy_intervals) > 0 THEN sum(energy_kwh) END           AS energy_kwh,
       CASE WHEN sum(energy_intervals) > 0 THEN sum(water_from_energy_m3) END AS water_from_energy_m3,
       CASE WHEN sum(volume_intervals) > 0 THEN sum(metered_m3) END           AS metered_m3,
       CASE WHEN sum(volume_intervals) > 0 AND sum(water_from_energy_m3) > 0
            THEN sum(metered_m3) / sum(water_from_energy_m3) END               AS metered_to_energy_ratio,
       sum(uncovered_energy_kwh)                                               AS uncovered_energy_kwh,
       sum(energy_regressions)::integer                                        AS energy_regressions,
       sum(volume_regressions)::integer                                        AS volume_regressions,
       sum(energy_intervals)::integer                                          AS energy_intervals,
       sum(volume_intervals)::integer                                          AS volume_intervals
  FROM analytics.water_hourly_device
 GROUP BY well_id, hour;

DO $$
DECLARE
    has_timescale boolean := EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'timescaledb');
BEGIN
    IF has_timescale THEN
        -- TimescaleDB (>= 2.8: time_bucket with a time zone in continuous aggregates). Not run in CI.
        PERFORM create_hypertable('analytics.water_hourly_device', 'hour', chunk_time_interval => interval '30 days');
        EXECUTE $ddl$
            CREATE MATERIALIZED VIEW analytics.water_daily_rollup
            WITH (timescaledb.continuous, timescaledb.materialized_only = false) AS
            SELECT well_id,
                   time_bucket(interval '1 day', hour, '${rollup_zone}') AS day_start,
                   sum(energy_kwh)           AS energy_kwh,
                   sum(water_from_energy_m3) AS water_from_energy_m3,
                   sum(uncovered_energy_kwh) AS uncovered_energy_kwh,
                   sum(metered_m3)           AS metered_m3,
                   sum(energy_intervals)     AS energy_intervals,
                   sum(volume_intervals)     AS volume_intervals,
                   sum(energy_regressions)   AS energy_regressions,
                   sum(volume_regressions)   AS volume_regressions
              FROM analytics.water_hourly_device
             GROUP BY well_id, time_bucket(interval '1 day', hour, '${rollup_zone}')
            WITH NO DATA $ddl$;
        -- Late readings and coefficient changes rewrite old hours: refresh every invalidated range.
        PERFORM add_continuous_aggregate_policy('analytics.water_daily_rollup',
                start_offset => NULL, end_offset => NULL, schedule_interval => interval '5 minutes');
        EXECUTE $ddl$
            CREATE VIEW analytics.water_daily AS
            SELECT well_id,
                   (day_start AT TIME ZONE '${rollup_zone}')::date                     AS day,
                   extract(year FROM day_start AT TIME ZONE '${rollup_zone}')::integer AS year,
                   CASE WHEN energy_intervals > 0 THEN energy_kwh END           AS energy_kwh,
                   CASE WHEN energy_intervals > 0 THEN water_from_energy_m3 END AS water_from_energy_m3,
                   CASE WHEN volume_intervals > 0 THEN metered_m3 END           AS metered_m3,
                   CASE WHEN volume_intervals > 0 AND water_from_energy_m3 > 0
                        THEN metered_m3 / water_from_energy_m3 END               AS metered_to_energy_ratio,
                   uncovered_energy_kwh,
                   energy_regressions::integer AS energy_regressions,
                   volume_regressions::integer AS volume_regressions,
                   energy_intervals::integer   AS energy_intervals,
                   volume_intervals::integer   AS volume_intervals
              FROM analytics.water_daily_rollup $ddl$;
        INSERT INTO analytics.rollup_mode (mode) VALUES ('timescaledb');
    ELSE
        -- Plain PostgreSQL: the refresh job recomputes the days of every hour it recomputes, in the same
        -- transaction, so days always agree with hours.
        CREATE TABLE analytics.water_daily_rollup (
            well_id              text             NOT NULL,
            -- Local calendar day, and its year.
            day                  date             NOT NULL,
            year                 integer          NOT NULL,
            energy_kwh           double precision NOT NULL,
            water_from_energy_m3 double precision NOT NULL,
            uncovered_energy_kwh double precision NOT NULL,
            metered_m3           double precision NOT NULL,
            energy_intervals     integer          NOT NULL,
            volume_intervals     integer          NOT NULL,
            energy_regressions   integer          NOT NULL,
            volume_regressions   integer          NOT NULL,
            PRIMARY KEY (well_id, day)
        );
        CREATE INDEX water_daily_rollup_by_year ON analytics.water_daily_rollup (year, well_id);
        CREATE VIEW analytics.water_daily AS
        SELECT well_id,
               day,
               year,
               CASE WHEN energy_intervals > 0 THEN energy_kwh END           AS energy_kwh,
               CASE WHEN energy_intervals > 0 THEN water_from_energy_m3 END AS water_from_energy_m3,
               CASE WHEN volume_intervals > 0 THEN metered_m3 END           AS metered_m3,
               CASE WHEN volume_intervals > 0 AND water_from_energy_m3 > 0
                    THEN metered_m3 / water_from_energy_m3 END               AS metered_to_energy_ratio,
               uncovered_energy_kwh,
               energy_regressions,
               volume_regressions,
               energy_intervals,
               volume_intervals
          FROM analytics.water_daily_rollup;
        INSERT INTO analytics.rollup_mode (mode) VALUES ('plain');
    END IF;
END $$;

-- Per well and local calendar month (month = its first day).
CREATE VIEW analytics.water_monthly AS
SELECT well_id,
       date_trunc('month', day)::date AS month,
       year,
       sum(energy_kwh)           AS energy_kwh,
       sum(water_from_energy_m3) AS water_from_energy_m3,
       sum(metered_m3)           AS metered_m3,
       CASE WHEN sum(water_from_energy_m3) > 0 THEN sum(metered_m3) / sum(water_from_energy_m3) END AS metered_to_energy_ratio,
       sum(uncovered_energy_kwh)         AS uncovered_energy_kwh,
       sum(energy_regressions)::integer  AS energy_regressions,
       sum(volume_regressions)::integer  AS volume_regressions
  FROM analytics.water_daily
 GROUP BY well_id, date_trunc('month', day), year;

-- Per well and local calendar year: the register of water users' "actual volume" (divide by 10,000 for
-- 万m3). water_m3 is the best estimate, the same rule as the live year-to-date counter: the flow meter's
-- volume where the well has a working flow meter (analytics.well_flow_metered), else water from energy.
-- NULL where that figure's register never reported in the year. Judged by today's registry for the whole
-- year (the registry keeps no history of meters).
CREATE VIEW analytics.water_year AS
SELECT d.well_id,
       d.year,
       CASE WHEN m.well_id IS NOT NULL THEN sum(d.metered_m3) ELSE sum(d.water_from_energy_m3) END AS water_m3,
       sum(d.energy_kwh)           AS energy_kwh,
       sum(d.metered_m3)           AS metered_m3,
       sum(d.water_from_energy_m3) AS water_from_energy_m3,
       CASE WHEN sum(d.water_from_energy_m3) > 0 THEN sum(d.metered_m3) / sum(d.water_from_energy_m3) END AS metered_to_energy_ratio,
       sum(d.uncovered_energy_kwh)         AS uncovered_energy_kwh,
       sum(d.energy_regressions)::integer  AS energy_regressions,
       sum(d.volume_regressions)::integer  AS volume_regressions,
       CASE WHEN m.well_id IS NOT NULL THEN 'metered' ELSE 'energy' END AS basis
  FROM analytics.water_daily d
  LEFT JOIN analytics.well_flow_metered m ON m.well_id = d.well_id
 GROUP BY d.well_id, d.year, m.well_id;
