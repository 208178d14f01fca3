# shellcheck shell=bash
# The bench's own database (wellwatch_bench, owned by the wellwatch role) and the queries that account for
# a run. Superuser access as deploy/local/infra.sh gets it: psql -U postgres over TCP, else runuser.

BENCH_DB=wellwatch_bench
DB_HOST=127.0.0.1
DB_PORT=${WELLWATCH_DB_PORT:-5432}
PG_SUPER_MODE=

pg_super() { # SQL on stdin, as superuser, on database postgres
  if [[ -z $PG_SUPER_MODE ]]; then
    if psql -h "$DB_HOST" -p "$DB_PORT" -U postgres -w -d postgres -Atqc 'select 1' >/dev/null 2>&1; then PG_SUPER_MODE=tcp
    elif ((EUID == 0)) && (cd / && runuser -u postgres -- psql -p "$DB_PORT" -d postgres -Atqc 'select 1') >/dev/null 2>&1; then PG_SUPER_MODE=runuser
    else die "no superuser access to PostgreSQL on port $DB_PORT (tried psql -U postgres and runuser -u postgres)"; fi
  fi
  if [[ $PG_SUPER_MODE == tcp ]]; then psql -h "$DB_HOST" -p "$DB_PORT" -U postgres -w -d postgres -v ON_ERROR_STOP=1 -Atq
  else (cd / && runuser -u postgres -- psql -p "$DB_PORT" -d postgres -v ON_ERROR_STOP=1 -Atq); fi
}

# psql on the bench database as the wellwatch role (the owner): SQL on stdin or as arguments (-c ...).
bench_psql() {
  PGPASSWORD=$WELLWATCH_DB_PASSWORD psql -h "$DB_HOST" -p "$DB_PORT" -U "$WELLWATCH_DB_USER" -d "$BENCH_DB" -w \
    -v ON_ERROR_STOP=1 -Atq -F $'\t' "$@"
}

bench_db_url() { echo "jdbc:postgresql://$DB_HOST:$DB_PORT/$BENCH_DB"; }

drop_bench_db() {
  pg_super >/dev/null <<SQL
SET client_min_messages = warning;
DROP DATABASE IF EXISTS $BENCH_DB WITH (FORCE);
SQL
}

create_bench_db() {
  drop_bench_db
  pg_super >/dev/null <<SQL
CREATE DATABASE $BENCH_DB OWNER $WELLWATCH_DB_USER;
SQL
  log "database $BENCH_DB created (owner $WELLWATCH_DB_USER)"
}

# Pids of the PostgreSQL processes that work for the bench: backends of the bench database and the
# server's background processes (WAL writer, checkpointer...); backends of other databases are left out.
postgres_pids() {
  pg_super <<SQL
SELECT pid FROM pg_stat_activity WHERE datname = '$BENCH_DB' OR datname IS NULL;
SQL
}

# Everything the bench needs to know about the rows of one run, one tab-separated line:
# rows distinct first_stored_ms last_stored_ms p10_stored_ms p90_stored_ms lat_p50_ms lat_p95_ms lat_p99_ms lat_max_ms
# Latency is stored_at - ts, over the readings with ts at or after LATENCY_FROM_MS (0: all of them).
run_rows() { # FIRST_WELL_ID LAST_WELL_ID FIRST_SEQ COUNT LATENCY_FROM_MS  (fields separated by |)
  bench_psql -F '|' <<SQL
WITH r AS (
  SELECT well_id, device_id, seq, ts, stored_at,
         extract(epoch FROM stored_at) * 1000 AS stored_ms,
         CASE WHEN ts >= to_timestamp(${5:-0} / 1000.0) THEN extract(epoch FROM stored_at - ts) * 1000 END AS latency_ms
  FROM telemetry.reading
  WHERE well_id BETWEEN '$1' AND '$2' AND seq >= $3 AND seq < $3 + $4)
SELECT count(*),
       count(DISTINCT (well_id, device_id, seq)),
       round(min(stored_ms)), round(max(stored_ms)),
       round(percentile_cont(0.1) WITHIN GROUP (ORDER BY stored_ms)::numeric),
       round(percentile_cont(0.9) WITHIN GROUP (ORDER BY stored_ms)::numeric),
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY latency_ms)::numeric, 1),
       round(percentile_cont(0.95) WITHIN GROUP (ORDER BY latency_ms)::numeric, 1),
       round(percentile_cont(0.99) WITHIN GROUP (ORDER BY latency_ms)::numeric, 1),
       round(max(latency_ms)::numeric, 1)
FROM r;
SQL
}

# Alerts of the given wells: "created_ms first_seen_ms" per alert (first_seen = ts of the reading that opened it).
alerts_of() { # WELL_ID...
  local list
  list=$(printf "'%s'," "$@")
  bench_psql <<SQL
SELECT round(extract(epoch FROM created_at) * 1000), round(extract(epoch FROM first_seen) * 1000)
FROM analytics.alert WHERE well_id IN (${list%,}) ORDER BY well_id;
SQL
}
