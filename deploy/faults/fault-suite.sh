#!/usr/bin/env bash
# WellWatch fault suite: while the device simulator publishes a known set of identifiable readings, kill -9
# one part of the pipeline (then restart it), stop PostgreSQL or Kafka for ~10 s, or push a burst bigger than
# ingest's receive window; wait until the pipeline has drained, then account for every reading and alert.
#
#   deploy/faults/fault-suite.sh [--only NAME[,...]] [--repeat N] [--accept-loss NAME[,...]] [--list] [--keep-infra]
#   ./wellwatch faults ...                       (same)
#
#   --only        run these scenarios (default: every scenario not marked "experiment"; see --list)
#   --repeat N    run each selected scenario N times (fresh readings each time), to check that a verdict holds
#   --accept-loss report these scenarios' lost readings as a known limit (verdict LIMIT) instead of failing;
#                 the loss is still counted and shown. Everything else about them must still pass.
#   --keep-infra  leave the suite's own Mosquitto and Kafka running at the end
#
# Output: the table on stdout; table.txt, results.csv, results.json, each scenario's simulator output and
# evidence, and the services' logs under .wellwatch/faults/<timestamp>/ (.wellwatch/faults/latest links to it).
# Exit status: 0 when every scenario lost nothing, doubled nothing and has exactly the alerts it should and
# every part recovered; 1 when any did not; 2 when the suite itself could not run.
#
# Isolation: the suite runs its own Mosquitto and Kafka (deploy/local/infra.sh with WELLWATCH_HOME=
# .wellwatch/faults/infra and ports 21883 / 29092 / 29093), so killing them touches nobody else, and no other
# ingest on the machine forwards (or hides the loss of) the suite's readings. PostgreSQL is the machine's shared
# cluster: the suite uses its own database wellwatch_faults, but its PostgreSQL scenarios stop the whole
# cluster for a few seconds (every user of 127.0.0.1:5432 sees that) and always start it again, also on Ctrl-C.
# See docs/reliability.md.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
INFRA_SH=$ROOT/deploy/local/infra.sh
MAIN_HOME=${WELLWATCH_HOME:-$ROOT/.wellwatch}
[[ $MAIN_HOME == /* ]] || MAIN_HOME=$PWD/$MAIN_HOME
FAULTS_HOME=$MAIN_HOME/faults
INFRA_HOME=$FAULTS_HOME/infra
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
RUN_DIR=$FAULTS_HOME/$STAMP

MQTT_PORT=${WELLWATCH_FAULTS_MQTT_PORT:-21883}
KAFKA_PORT=${WELLWATCH_FAULTS_KAFKA_PORT:-29092}
KAFKA_CTRL_PORT=${WELLWATCH_FAULTS_KAFKA_CONTROLLER_PORT:-29093}
DB_PORT=${WELLWATCH_DB_PORT:-5432}
INGEST_PORT=28081 ANALYTICS_PORT=28082 STORAGE_PORT=28083
DB_NAME=wellwatch_faults
MQTT_CLIENT_ID=wellwatch-ingest-faults
STORAGE_GROUP=wellwatch-storage-faults
ANALYTICS_GROUP=wellwatch-analytics-faults

# Load of one scenario: 200 wells x 75 readings, one every 200 ms per well (1 000 readings/s for 15 s).
WELLS=200 COUNT=75 INTERVAL_MS=200
INTERVAL=${INTERVAL_MS}ms
BURST_WELLS=5000 BURST_COUNT=10             # 50 000 readings, unpaced (simulated interval: the simulator's default 5 s)
KILL_AFTER=5                                # s of publishing before the fault
KILL_DOWN=4                                 # s a killed part stays down
OUTAGE=10                                   # s PostgreSQL / Kafka stay stopped in the back-pressure scenarios
START_DEADLINE=120                          # s for a service to become ready
RECOVERY_DEADLINE=90                        # s from the restart to "the pipeline stores again"
DRAIN_DEADLINE=120                          # s after the simulator's end for the pipeline to drain
QUIET=8                                     # s without progress, and nothing left unread on Kafka, end the wait (what is missing then stays missing)
BUDGET=${WELLWATCH_FAULTS_BUDGET:-420}      # s: scenarios not started by then are reported as not run (and fail)
# Broker settings the kill-mosquitto-backlog-variant experiment runs with, ';'-separated: autosave_* lines replace
# infra.sh's "autosave_interval 10", other lines are added at the end (they apply to its listener).
VARIANT_SETTINGS=${WELLWATCH_FAULTS_MOSQUITTO_SETTINGS:-"autosave_interval 1"}

# name | default or experiment | what happens. The position in this list fixes the scenario's wells
# (W800001 + 10000 x position ...) and sequence numbers (1 000 000 x (position + 1) ...); burst stays last.
ALL_SCENARIOS=(
  "kill-ingest|default|kill -9 of the ingest MQTT bridge, restarted after ${KILL_DOWN} s"
  "kill-storage|default|kill -9 of the storage writer, restarted after ${KILL_DOWN} s"
  "kill-analytics|default|kill -9 of analytics, restarted after ${KILL_DOWN} s"
  "kill-kafka|default|kill -9 of the Kafka broker, restarted after ${KILL_DOWN} s"
  "kill-mosquitto|default|kill -9 of Mosquitto with ingest connected, restarted after ${KILL_DOWN} s"
  "kill-mosquitto-backlog|default|kill -9 of Mosquitto while it queues for a crashed ingest (ingest killed ${KILL_DOWN} s before), both restarted"
  "kill-postgres|default|kill -9 of the PostgreSQL postmaster, started again after ${KILL_DOWN} s"
  "stop-postgres|default|back-pressure: PostgreSQL stopped for ${OUTAGE} s under load"
  "stop-kafka|default|back-pressure: Kafka stopped (SIGTERM) for ${OUTAGE} s under load"
  "kill-mosquitto-backlog-variant|experiment|kill-mosquitto-backlog with other broker settings: ${VARIANT_SETTINGS} (WELLWATCH_FAULTS_MOSQUITTO_SETTINGS)"
  "burst|default|burst: $((BURST_WELLS * BURST_COUNT)) readings as fast as the simulator can publish (ingest's receive window: 1000)"
)

say() { printf '[faults %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { say "error: $*"; exit 2; }
usage() { sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; }
scenario_field() { local s; for s in "${ALL_SCENARIOS[@]}"; do [[ ${s%%|*} == "$1" ]] && { cut -d'|' -f"$2" <<<"$s"; return 0; }; done; return 1; }
scenario_index() { local i; for i in "${!ALL_SCENARIOS[@]}"; do [[ ${ALL_SCENARIOS[$i]%%|*} == "$1" ]] && { echo "$i"; return 0; }; done; return 1; }
list_scenarios() {
  local s; for s in "${ALL_SCENARIOS[@]}"; do
    printf '  %-32s %s%s\n' "${s%%|*}" "$(cut -d'|' -f3 <<<"$s")" "$([[ $(cut -d'|' -f2 <<<"$s") == experiment ]] && echo ' [experiment: only with --only]')"
  done
}

SELECTED=() REPEAT=1 KEEP_INFRA=0 ACCEPT_LOSS=()
for s in "${ALL_SCENARIOS[@]}"; do [[ $(cut -d'|' -f2 <<<"$s") == default ]] && SELECTED+=("${s%%|*}"); done
while (($#)); do
  case "$1" in
    --only) [[ $# -ge 2 ]] || die "--only needs a list"; IFS=, read -r -a SELECTED <<<"$2"; shift 2 ;;
    --repeat) [[ ${2:-} =~ ^[1-9]$ ]] || die "--repeat needs 1..9"; REPEAT=$2; shift 2 ;;
    --keep-infra) KEEP_INFRA=1; shift ;;
    --accept-loss) [[ $# -ge 2 ]] || die "--accept-loss needs a list"; IFS=, read -r -a ACCEPT_LOSS <<<"$2"; shift 2 ;;
    --list) list_scenarios; exit 0 ;;
    -h | --help) usage; echo; list_scenarios; exit 0 ;;
    *) die "unknown option $1 (see --help)" ;;
  esac
done
for s in "${SELECTED[@]}" "${ACCEPT_LOSS[@]}"; do scenario_index "$s" >/dev/null || die "unknown scenario '$s' (see --list)"; done

# ------------------------------------------------------------------------------------------ scenario data
wells_of() { [[ $1 == burst ]] && echo $BURST_WELLS || echo $WELLS; }
count_of() { [[ $1 == burst ]] && echo $BURST_COUNT || echo $COUNT; }
well_base() { # name rep: first well number
  local i; i=$(scenario_index "$1")
  if [[ $1 == burst ]]; then echo $((800001 + i * 10000 + $2 * BURST_WELLS)); else echo $((800001 + i * 10000 + $2 * 1000)); fi
}
seq_base() { echo $((($(scenario_index "$1") + 1) * 1000000 + $2 * 1000)); }
is_sealed() { local o=$(($1 - $2)); ((o == 7 || o == 77 || o == 177)); } # well base

# ------------------------------------------------------------------------------------------ infrastructure
# Our own Mosquitto + Kafka: the project's infra.sh with another home and other ports.
infra() {
  WELLWATCH_HOME=$INFRA_HOME WELLWATCH_MQTT_PORT=$MQTT_PORT WELLWATCH_KAFKA_PORT=$KAFKA_PORT \
    WELLWATCH_KAFKA_CONTROLLER_PORT=$KAFKA_CTRL_PORT WELLWATCH_DB_PORT=$DB_PORT "$INFRA_SH" "$@"
}
infra_up() { infra up >>"$RUN_DIR/infra.log" 2>&1; }
pid_of_file() { # pidfile marker: the pid if that process runs and its command line has the marker
  local pid; [[ -s $1 ]] || return 1; pid=$(<"$1")
  [[ $pid =~ ^[0-9]+$ && -r /proc/$pid/cmdline ]] || return 1
  [[ $(tr '\0' ' ' <"/proc/$pid/cmdline") == *"$2"* ]] || return 1
  echo "$pid"
}
kafka_pid() { pid_of_file "$INFRA_HOME/kafka/kafka.pid" "$INFRA_HOME/kafka/server.properties"; }
mosquitto_pid() { pid_of_file "$INFRA_HOME/mosquitto/mosquitto.pid" "$INFRA_HOME/mosquitto/"; }
alive() { [[ -e /proc/$1 ]] && ! grep -q '^State:[[:space:]]*Z' "/proc/$1/status" 2>/dev/null; }
wait_gone() { local end=$((SECONDS + $2)); while alive "$1"; do ((SECONDS < end)) || return 1; sleep 0.05; done; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
# Records of the readings topic not yet consumed (committed) by our storage writer and analytics; "?" when a
# partition has no committed offset or Kafka does not answer.
kafka_lag() {
  timeout 30 java -cp "$INFRA_HOME/kafka/lib/*" org.apache.kafka.tools.consumer.group.ConsumerGroupCommand \
    --bootstrap-server "127.0.0.1:$KAFKA_PORT" --describe --group "$STORAGE_GROUP" --group "$ANALYTICS_GROUP" 2>/dev/null |
    awk '$2 == "wellwatch.readings.v1" { n++; if ($6 !~ /^[0-9]+$/) bad = 1; else lag += $6 } END { if (bad || !n) print "?"; else print lag }'
}

# PostgreSQL: the cluster listening on DB_PORT (the machine's, shared with everyone).
PG_VER='' PG_CLUSTER='' PG_DATA=''
pg_find_cluster() {
  read -r PG_VER PG_CLUSTER PG_DATA < <(pg_lsclusters -h 2>/dev/null | awk -v p="$DB_PORT" '$3 == p { print $1, $2, $6; exit }')
  [[ -n $PG_VER ]] || die "no PostgreSQL cluster on port $DB_PORT in pg_lsclusters"
}
pg_postmaster_pid() { local pid; pid=$(head -1 "$PG_DATA/postmaster.pid" 2>/dev/null) && [[ -e /proc/$pid ]] && echo "$pid"; }
pg_start() {
  pg_ctlcluster --skip-systemctl-redirect "$PG_VER" "$PG_CLUSTER" start >>"$RUN_DIR/infra.log" 2>&1 # "already running" is fine
  local end=$((SECONDS + 30))
  until port_open "$DB_PORT" && db -c 'select 1' >/dev/null 2>&1; do ((SECONDS < end)) || return 1; sleep 0.1; done
}
PG_SUPER=''
pg_super() { # SQL on stdin, as superuser, on database postgres
  if [[ -z $PG_SUPER ]]; then
    if psql -h 127.0.0.1 -p "$DB_PORT" -U postgres -w -d postgres -Atqc 'select 1' >/dev/null 2>&1; then PG_SUPER=tcp
    elif (cd / && runuser -u postgres -- psql -p "$DB_PORT" -d postgres -Atqc 'select 1') >/dev/null 2>&1; then PG_SUPER=runuser
    else die "no superuser access to PostgreSQL on port $DB_PORT"; fi
  fi
  if [[ $PG_SUPER == tcp ]]; then psql -h 127.0.0.1 -p "$DB_PORT" -U postgres -w -d postgres -v ON_ERROR_STOP=1 -Atq
  else (cd / && runuser -u postgres -- psql -p "$DB_PORT" -d postgres -v ON_ERROR_STOP=1 -Atq); fi
}
db() { PGPASSWORD=$WELLWATCH_DB_PASSWORD PGCONNECT_TIMEOUT=3 psql -h 127.0.0.1 -p "$DB_PORT" -U "$WELLWATCH_DB_USER" -d "$DB_NAME" -w -v ON_ERROR_STOP=1 -Atq "$@"; }
# While our PostgreSQL outage lasts, another user's 'infra.sh up' finds port 5432 closed, starts the cluster
# itself and records "started-by-infra" in its home, after which its 'down' would stop the shared cluster.
# We put that record back the way it was (only in the main home: the one we know).
PG_MARKER=$MAIN_HOME/postgres/started-by-infra PG_MARKER_BEFORE=0
pg_marker_remember() { [[ -e $PG_MARKER ]] && PG_MARKER_BEFORE=1 || PG_MARKER_BEFORE=0; }
pg_marker_restore() {
  if ((PG_MARKER_BEFORE == 0)) && [[ -e $PG_MARKER ]]; then
    rm -f "$PG_MARKER"; rmdir "$(dirname "$PG_MARKER")" 2>/dev/null
    echo "someone's infra.sh up started PostgreSQL during our outage and marked it as its own in $PG_MARKER: marker removed"
  fi
}

# ------------------------------------------------------------------------------------------ services
# Started and stopped only through deploy/local/services.sh; pid files under .wellwatch/faults/run.
BRIDGE=faults-ingest STORAGE=faults-storage ANALYTICS=faults-analytics
port_of() { case $1 in "$BRIDGE") echo $INGEST_PORT ;; "$STORAGE") echo $STORAGE_PORT ;; "$ANALYTICS") echo $ANALYTICS_PORT ;; esac; }
start_named() {
  case $1 in
    "$BRIDGE") start_service "$BRIDGE" ingest $INGEST_PORT WELLWATCH_STORAGE_ENABLED=false WELLWATCH_MQTT_CLIENT_ID=$MQTT_CLIENT_ID ;;
    "$STORAGE") start_service "$STORAGE" ingest $STORAGE_PORT WELLWATCH_INGEST_MQTT_ENABLED=false WELLWATCH_STORAGE_CONSUMER_GROUP=$STORAGE_GROUP ;;
    "$ANALYTICS") start_service "$ANALYTICS" analytics $ANALYTICS_PORT WELLWATCH_ANALYTICS_GROUP=$ANALYTICS_GROUP WELLWATCH_REGISTRY_SEED="$RUN_DIR/registry.csv" ;;
  esac
  local rc=$?
  disown 2>/dev/null # no "Killed" job notice when a scenario kills it
  return $rc
}
ready() { curl -fsS -m 2 "http://127.0.0.1:$(port_of "$1")/q/health/ready" >/dev/null 2>&1; }
pid_of_service() { local p; p=$(service_pid "$1") && [[ -n $p && -e /proc/$p ]] && echo "$p"; }
rss_mb() { awk '/^VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$1/status" 2>/dev/null; }
published_counter() { metric $INGEST_PORT wellwatch_ingest_readings_published_total; }
received_counter() { metric $INGEST_PORT wellwatch_ingest_readings_received_total; }
dup_counter() { metric $STORAGE_PORT wellwatch_ingest_readings_duplicates_total; }
stored_counter() { echo $(($(metric $STORAGE_PORT wellwatch_ingest_readings_stored_total) + $(dup_counter))); }
analyzed_counter() { metric $ANALYTICS_PORT wellwatch_analytics_readings_analyzed_total; }
inflight_now() { curl -fsS -m 1 "http://127.0.0.1:$INGEST_PORT/q/health/ready" 2>/dev/null | grep -o '"mqttInFlight": *[0-9]*' | grep -o '[0-9]*$'; }
sim_acked() { grep -o 'acked=[0-9]*' "$1/simulator.log" 2>/dev/null | tail -1 | cut -d= -f2; }
now() { date +%s.%N; }
since() { awk -v a="$(now)" -v b="$1" 'BEGIN { printf "%.1f", a - b }'; }

# ------------------------------------------------------------------------------------------ clean-up
OUTAGE_PG=0 SIM_PID='' SAMPLER_PID=''
# shellcheck disable=SC2317 # run by the EXIT trap
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  [[ -n $SIM_PID ]] && kill -TERM "$SIM_PID" 2>/dev/null
  [[ -n $SAMPLER_PID ]] && kill "$SAMPLER_PID" 2>/dev/null
  # Whatever happened, the shared PostgreSQL runs again when we leave.
  if [[ -n $PG_VER ]] && { ((OUTAGE_PG)) || ! port_open "$DB_PORT"; }; then
    say "starting PostgreSQL $PG_VER/$PG_CLUSTER again"
    pg_start || say "PostgreSQL did not come back: run pg_ctlcluster --skip-systemctl-redirect $PG_VER $PG_CLUSTER start"
    ((OUTAGE_PG)) && pg_marker_restore >/dev/null
  fi
  if declare -F stop_service >/dev/null; then stop_service "$BRIDGE"; stop_service "$STORAGE"; stop_service "$ANALYTICS"; fi
  # infra.sh down stops PostgreSQL only if its home says it started it: never the shared cluster.
  rm -f "$INFRA_HOME/postgres/started-by-infra"
  local mp; mp=$(mosquitto_pid) && [[ $(tr '\0' ' ' <"/proc/$mp/cmdline") != *"$INFRA_HOME/mosquitto/mosquitto.conf"* ]] && { kill -TERM "$mp"; wait_gone "$mp" 30; }
  if ((KEEP_INFRA)); then infra_up || say "infra.sh up failed: see $RUN_DIR/infra.log"
  else infra down >>"$RUN_DIR/infra.log" 2>&1 || true; fi
  rm -rf "$FAULTS_HOME/app"
  exit "$rc"
}

# ------------------------------------------------------------------------------------------ set-up
setup() {
  mkdir -p "$RUN_DIR/logs" "$INFRA_HOME/secrets" || die "cannot create $RUN_DIR"
  chmod 700 "$INFRA_HOME/secrets"
  say "results and logs: $RUN_DIR"

  export WELLWATCH_HOME=$FAULTS_HOME
  SERVICES_ROOT=$ROOT
  # shellcheck source=deploy/local/services.sh
  source "$ROOT/deploy/local/services.sh"
  local n pid p mp
  for n in "$BRIDGE" "$STORAGE" "$ANALYTICS"; do # left over from an interrupted run, if the pid is still ours
    pid=$(service_pid "$n") || continue
    if [[ -n $pid && -r /proc/$pid/cmdline && $(tr '\0' ' ' <"/proc/$pid/cmdline") == *"$FAULTS_HOME/app/"* ]]; then
      say "stopping $n (pid $pid) left over from an interrupted run"; stop_service "$n" KILL
    fi
    rm -f "$FAULTS_HOME/run/$n.pid"
  done
  for p in $INGEST_PORT $ANALYTICS_PORT $STORAGE_PORT; do
    ! port_open "$p" || die "port $p is in use by another process ($(ss -Hltnp "( sport = :$p )" | grep -o 'users:.*'))"
  done

  # The same role password as the main home: infra.sh sets the password of the shared role 'wellwatch' on
  # every 'up', and two homes with different secrets would lock each other's services out.
  [[ -s $MAIN_HOME/secrets/db.password ]] && install -m 600 "$MAIN_HOME/secrets/db.password" "$INFRA_HOME/secrets/db.password"

  # A fresh broker and Kafka: no session, topic or consumer group from an earlier run.
  rm -f "$INFRA_HOME/postgres/started-by-infra"
  mp=$(mosquitto_pid) && { kill -TERM "$mp"; wait_gone "$mp" 30; } # an experiment's broker, if one was left
  infra down >>"$RUN_DIR/infra.log" 2>&1 || true
  rm -rf "$INFRA_HOME/kafka/data" "$INFRA_HOME/mosquitto/data"
  say "starting the suite's own Mosquitto (127.0.0.1:$MQTT_PORT) and Kafka (127.0.0.1:$KAFKA_PORT) with deploy/local/infra.sh"
  infra_up || die "infra.sh up failed: see $RUN_DIR/infra.log"
  eval "$(infra env)" || die "infra.sh env failed"
  export WELLWATCH_HOME=$FAULTS_HOME
  export WELLWATCH_DB_URL="jdbc:postgresql://127.0.0.1:$DB_PORT/$DB_NAME"
  unset WELLWATCH_DEVICES_FILE # device ids RTU-<well>: our wells are not in the devices file
  pg_find_cluster
  pg_super >/dev/null <<SQL || die "could not recreate database $DB_NAME"
SET client_min_messages = warning;
DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE);
CREATE DATABASE $DB_NAME OWNER $WELLWATCH_DB_USER;
SQL

  # Build if a jar is missing, then run a frozen copy: a rebuild by someone else during the suite must not
  # swap the classes under a running or restarting service.
  build_services || die "build failed"
  rm -rf "$FAULTS_HOME/app"
  mkdir -p "$FAULTS_HOME/app/ingest/target" "$FAULTS_HOME/app/analytics/target" "$FAULTS_HOME/app/device-simulator/target"
  cp -r "$ROOT/ingest/target/quarkus-app" "$FAULTS_HOME/app/ingest/target/" &&
    cp -r "$ROOT/analytics/target/quarkus-app" "$FAULTS_HOME/app/analytics/target/" &&
    cp "$SIMULATOR_JAR" "$FAULTS_HOME/app/device-simulator/target/" || die "could not copy the built services"
  # shellcheck disable=SC2034 # read by services.sh
  SERVICES_ROOT=$FAULTS_HOME/app
  SIMULATOR_JAR=$FAULTS_HOME/app/device-simulator/target/wellwatch-device-simulator.jar
  rm -rf "$FAULTS_HOME/logs"; ln -sfn "$RUN_DIR/logs" "$FAULTS_HOME/logs"

  # Registry: the first 200 wells of every scenario (and repetition), active, except three sealed wells in each
  # (the burst's other wells stay unregistered: a smaller seed keeps analytics' start-up short).
  { echo "well_id,unit_id,status,status_since"
    local s name rep base w
    for s in "${ALL_SCENARIOS[@]}"; do
      name=${s%%|*}
      for ((rep = 0; rep < REPEAT; rep++)); do
        base=$(well_base "$name" $rep)
        for ((w = base; w < base + WELLS; w++)); do
          if is_sealed "$w" "$base"; then echo "W$w,U-FAULTS,sealed,2020-01-01T00:00:00Z"
          else echo "W$w,U-FAULTS,active,2020-01-01T00:00:00Z"; fi
        done
      done
    done; } >"$RUN_DIR/registry.csv"

  say "starting storage writer (:$STORAGE_PORT), analytics (:$ANALYTICS_PORT) and the ingest MQTT bridge (:$INGEST_PORT)"
  start_named "$STORAGE"; start_named "$ANALYTICS"; start_named "$BRIDGE" # each creates missing topics
  wait_ready "$STORAGE" $STORAGE_PORT $START_DEADLINE || die "storage writer did not start: $RUN_DIR/logs/$STORAGE.log"
  wait_ready "$ANALYTICS" $ANALYTICS_PORT $START_DEADLINE || die "analytics did not start: $RUN_DIR/logs/$ANALYTICS.log"
  wait_ready "$BRIDGE" $INGEST_PORT $START_DEADLINE || die "ingest did not start: $RUN_DIR/logs/$BRIDGE.log"
}

# ------------------------------------------------------------------------------------------ accounting
# Sets ACC_* for the readings of one scenario: wells W<lo>..W<hi>, seq s0..s1, sealed wells (W..,W..).
account() { # lo hi s0 s1 sealed
  local sealed_values out
  sealed_values=$(sed "s/\([^,]*\)/('\1')/g" <<<"$5")
  out=$(db <<SQL
WITH run AS (
  SELECT well_id, device_id, seq, ts, stored_at FROM telemetry.reading
   WHERE well_id BETWEEN 'W$1' AND 'W$2' AND seq BETWEEN $3 AND $4),
expected AS (
  SELECT 'W' || w AS well_id, 'RTU-W' || w AS device_id, s AS seq FROM generate_series($1, $2) w, generate_series($3, $4) s),
sealed(well_id) AS (VALUES $sealed_values),
per_well AS (SELECT well_id, count(DISTINCT seq) AS readings, max(ts) AS newest FROM run GROUP BY well_id),
alerts AS (
  SELECT well_id, count(*) AS n, max(occurrences) AS occ, max(last_seen) AS last_seen, bool_and(published_at IS NOT NULL) AS published
    FROM analytics.alert WHERE type = 'sealed_well_reactivation' AND well_id BETWEEN 'W$1' AND 'W$2' GROUP BY well_id)
SELECT (SELECT count(*) FROM run),
       (SELECT count(*) FROM (SELECT DISTINCT well_id, device_id, seq FROM run) d),
       (SELECT count(*) FROM expected e WHERE NOT EXISTS
          (SELECT 1 FROM run r WHERE r.well_id = e.well_id AND r.device_id = e.device_id AND r.seq = e.seq)),
       (SELECT count(*) FROM (SELECT 1 FROM run GROUP BY well_id, device_id, seq HAVING count(DISTINCT ts) > 1) t),
       (SELECT count(*) FROM (SELECT stored_at < lag(stored_at) OVER (PARTITION BY well_id ORDER BY seq) AS inv FROM run) o WHERE inv),
       (SELECT count(*) FROM sealed),
       (SELECT count(*) FROM sealed JOIN alerts USING (well_id) WHERE alerts.n = 1),
       (SELECT count(*) FROM alerts WHERE well_id NOT IN (SELECT well_id FROM sealed)),
       (SELECT count(*) FROM sealed JOIN alerts USING (well_id) JOIN per_well USING (well_id)
         WHERE alerts.n = 1 AND alerts.last_seen = per_well.newest AND alerts.published),
       (SELECT string_agg(well_id || ':' || coalesce(a.n, 0) || ' alert(s), ' || coalesce(a.occ, 0) || ' occurrences, '
                          || CASE WHEN a.last_seen = p.newest THEN 'up to its newest reading' ELSE 'last_seen '
                             || coalesce(to_char(a.last_seen AT TIME ZONE 'UTC', 'HH24:MI:SS.MS'), '-') || ' newest reading '
                             || coalesce(to_char(p.newest AT TIME ZONE 'UTC', 'HH24:MI:SS.MS'), '-') END
                          || CASE WHEN a.published THEN '' ELSE ', not published' END, ' / ' ORDER BY well_id)
          FROM sealed LEFT JOIN alerts a USING (well_id) LEFT JOIN per_well p USING (well_id)),
       (SELECT coalesce(string_agg(type || '=' || c, ' ' ORDER BY type), '') FROM (SELECT type, count(*) c FROM analytics.alert
          WHERE well_id BETWEEN 'W$1' AND 'W$2' AND type <> 'sealed_well_reactivation' GROUP BY type) x)
SQL
) || return 1
  IFS='|' read -r ACC_ROWS ACC_DISTINCT ACC_NOT_STORED ACC_TWO_TS ACC_INVERSIONS ACC_SEALED ACC_ALERT_ONCE \
    ACC_ALERT_EXTRA ACC_ALERT_EXACT ACC_ALERT_DETAIL ACC_OTHER_ALERTS <<<"$out"
}
# Progress signature: rows of the scenario, and occurrences / unpublished versions of its sealed-well alerts.
progress() { # lo hi s0 s1
  db -c "SELECT (SELECT count(*) FROM telemetry.reading WHERE well_id BETWEEN 'W$1' AND 'W$2' AND seq BETWEEN $3 AND $4)
           || '/' || (SELECT coalesce(sum(occurrences), 0) || '/' || count(*) FILTER (WHERE published_at IS NULL) FROM analytics.alert
                        WHERE type = 'sealed_well_reactivation' AND well_id BETWEEN 'W$1' AND 'W$2')" 2>/dev/null
}
drained() { # lo hi s0 s1 acked sealed: every acknowledged reading is stored; every sealed well's alert has its newest reading and is published
  local sealed_values; sealed_values=$(sed "s/\([^,]*\)/('\1')/g" <<<"$6")
  [[ $(db 2>/dev/null <<SQL
WITH sealed(well_id) AS (VALUES $sealed_values)
SELECT (SELECT count(*) FROM (SELECT DISTINCT well_id, seq FROM telemetry.reading
          WHERE well_id BETWEEN 'W$1' AND 'W$2' AND seq BETWEEN $3 AND $4) d) >= $5
   AND (SELECT count(*) FROM sealed s JOIN analytics.alert a ON a.well_id = s.well_id AND a.type = 'sealed_well_reactivation'
         WHERE a.published_at IS NOT NULL AND a.last_seen =
               (SELECT max(ts) FROM telemetry.reading r WHERE r.well_id = s.well_id AND r.seq BETWEEN $3 AND $4))
       = (SELECT count(*) FROM sealed)
SQL
) == t ]]
}
# Evidence for missing readings: the list, and when they were measured.
missing_evidence() { # lo hi s0 s1 dir interval-ms
  db -c "SELECT e.well_id, e.seq FROM (SELECT 'W' || w AS well_id, s AS seq FROM generate_series($1, $2) w, generate_series($3, $4) s) e
         WHERE NOT EXISTS (SELECT 1 FROM telemetry.reading r WHERE r.well_id = e.well_id AND r.seq = e.seq)
         ORDER BY e.seq, e.well_id" >"$5/missing.txt" 2>/dev/null
  # A reading's measurement time is exact: ts of the well's first stored reading + (seq - its seq) x interval
  # (the simulator's readings of a well are exactly one interval apart).
  db -c "WITH m AS (SELECT e.well_id, e.seq FROM (SELECT 'W' || w AS well_id, s AS seq FROM generate_series($1, $2) w, generate_series($3, $4) s) e
                    WHERE NOT EXISTS (SELECT 1 FROM telemetry.reading r WHERE r.well_id = e.well_id AND r.seq = e.seq)),
              f AS (SELECT DISTINCT ON (well_id) well_id, seq, ts FROM telemetry.reading
                     WHERE well_id BETWEEN 'W$1' AND 'W$2' AND seq BETWEEN $3 AND $4 ORDER BY well_id, seq),
              t AS (SELECT m.seq, m.well_id, f.ts + (m.seq - f.seq) * interval '$6 milliseconds' AS ts FROM m JOIN f USING (well_id))
         SELECT 'seq ' || min(seq) || '..' || max(seq) || ' of ' || count(DISTINCT well_id) || ' wells, measured '
                || to_char(min(ts) AT TIME ZONE 'UTC', 'HH24:MI:SS.MS') || '..' || to_char(max(ts) AT TIME ZONE 'UTC', 'HH24:MI:SS.MS') || ' UTC'
           FROM t" 2>/dev/null
}

# ------------------------------------------------------------------------------------------ faults
# inject: the fault; restart: bring the part back; recovered: true once that part does its job again
# (compared with the counters P0 / S0 taken just before the restart).
P0=0 S0=0 FAULT_NOTES=()
kill_service() { stop_service "$1" KILL; }
kill_kafka() { local pid; pid=$(kafka_pid) || return 1; kill -KILL "$pid"; wait_gone "$pid" 10; }
stop_kafka() { local pid; pid=$(kafka_pid) || return 1; kill -TERM "$pid"; wait_gone "$pid" 60; }
kill_mosquitto() {
  local pid; pid=$(mosquitto_pid) || return 1
  # When it last saved its in-memory database: the persistence file's modification time.
  local db=$INFRA_HOME/mosquitto/data/mosquitto.db saved t
  saved=$(stat -c %.3Y "$db" 2>/dev/null)
  kill -KILL "$pid"; t=$(now)
  if [[ -n $saved ]]; then
    FAULT_NOTES+=("Mosquitto killed at $(date -u -d "@$t" +%H:%M:%S.%3N) UTC, $(awk -v a="$t" -v b="$saved" 'BEGIN { printf "%.3f", a - b }') s after its last save ($(date -u -d "@$saved" +%H:%M:%S.%3N)): at $((WELLS * 1000 / INTERVAL_MS)) readings/s that is ~$(awk -v a="$t" -v b="$saved" -v r=$((WELLS * 1000 / INTERVAL_MS)) 'BEGIN { printf "%d", (a - b) * r }') readings acknowledged after that save, in memory only while queued for ingest")
  else
    FAULT_NOTES+=("Mosquitto killed at $(date -u -d "@$t" +%H:%M:%S.%3N) UTC, before it ever saved its database")
  fi
  wait_gone "$pid" 10
}
kill_postgres() {
  local pid children c; pid=$(pg_postmaster_pid) || return 1
  children=$(pgrep -P "$pid" | tr '\n' ' ')
  pg_marker_remember; OUTAGE_PG=1; kill -KILL "$pid"; wait_gone "$pid" 10
  # Its children (backends, checkpointer...) notice the postmaster's death and exit; a new postmaster
  # refuses to start while one of them still holds the old shared memory.
  for c in $children; do wait_gone "$c" 20 || say "PostgreSQL child $c still alive"; done
}
stop_postgres() { pg_marker_remember; OUTAGE_PG=1; pg_ctlcluster --skip-systemctl-redirect "$PG_VER" "$PG_CLUSTER" stop -m fast >>"$RUN_DIR/infra.log" 2>&1; }
restart_infra() { infra_up || { say "infra.sh up failed, retrying"; infra_up; }; }
restart_postgres() {
  port_open "$DB_PORT" && FAULT_NOTES+=("PostgreSQL was already running again before our restart (started by someone else)")
  pg_start; local rc=$?; OUTAGE_PG=0
  local m; m=$(pg_marker_restore) && [[ -n $m ]] && FAULT_NOTES+=("$m")
  return $rc
}
# The *-variant experiment: our broker with a copy of infra.sh's generated configuration changed by
# VARIANT_SETTINGS; the infra.sh up after the scenario puts the generated one back.
start_mosquitto_variant() {
  local conf=$INFRA_HOME/mosquitto/variant.conf
  local settings; settings=$(tr ';' '\n' <<<"$VARIANT_SETTINGS" | sed 's/^ *//')
  if grep -q '^autosave_' <<<"$settings"; then
    { grep -v '^autosave_' "$INFRA_HOME/mosquitto/mosquitto.conf"; echo "$settings"; } >"$conf"
  else
    { cat "$INFRA_HOME/mosquitto/mosquitto.conf"; echo "$settings"; } >"$conf"
  fi
  PATH=$PATH:/usr/sbin mosquitto -c "$conf" -d >>"$RUN_DIR/infra.log" 2>&1 || return 1
  local end=$((SECONDS + 10)); until port_open "$MQTT_PORT"; do ((SECONDS < end)) || return 1; sleep 0.1; done
}
stop_mosquitto() { local pid; pid=$(mosquitto_pid) || return 0; kill -TERM "$pid"; wait_gone "$pid" 30; }

inject() {
  case $1 in
    kill-ingest | kill-mosquitto-backlog*) kill_service "$BRIDGE" ;;
    kill-storage) kill_service "$STORAGE" ;;
    kill-analytics) kill_service "$ANALYTICS" ;;
    kill-kafka) kill_kafka ;;
    kill-mosquitto) kill_mosquitto ;;
    kill-postgres) kill_postgres ;;
    stop-postgres) stop_postgres ;;
    stop-kafka) stop_kafka ;;
  esac
}
restart() {
  case $1 in
    kill-ingest) start_named "$BRIDGE" ;;
    kill-storage) start_named "$STORAGE" ;;
    kill-analytics) start_named "$ANALYTICS" ;;
    kill-kafka | stop-kafka | kill-mosquitto) restart_infra ;;
    kill-mosquitto-backlog) kill_mosquitto && restart_infra && start_named "$BRIDGE" ;;
    kill-mosquitto-backlog-variant) kill_mosquitto && start_mosquitto_variant && start_named "$BRIDGE" ;;
    kill-postgres | stop-postgres) restart_postgres ;;
  esac
}
recovered() {
  case $1 in
    kill-ingest | kill-mosquitto-backlog*) (($(published_counter) > 0)) ;;
    kill-storage) (($(stored_counter) > 0)) ;;
    kill-analytics) (($(analyzed_counter) > 0)) ;;
    kill-kafka | stop-kafka | kill-mosquitto) (($(published_counter) > P0 && $(stored_counter) > S0)) ;;
    kill-postgres | stop-postgres) (($(stored_counter) > S0)) ;;
  esac
}
restarted_service() { case $1 in kill-ingest | kill-mosquitto-backlog*) echo "$BRIDGE" ;; kill-storage) echo "$STORAGE" ;; kill-analytics) echo "$ANALYTICS" ;; esac; }
down_for() { case $1 in stop-*) echo $OUTAGE ;; *) echo $KILL_DOWN ;; esac; }

# ------------------------------------------------------------------------------------------ one scenario
ROWS_CSV='' ROWS_JSON=() TABLE_ROWS=() FAILED=0 PRE_NOTES=''
ensure_pipeline() { # before a scenario: infrastructure up, every service ready (restarted if not)
  local notes=() n end
  port_open "$DB_PORT" || { notes+=("PostgreSQL was down: started"); pg_start; }
  infra status >/dev/null 2>&1 || { notes+=("infrastructure was down: infra.sh up"); restart_infra; }
  for n in "$STORAGE" "$ANALYTICS" "$BRIDGE"; do
    end=$((SECONDS + 10)); until ready "$n" || ((SECONDS > end)); do sleep 0.5; done
    if ! ready "$n"; then
      notes+=("$n was not ready: restarted"); stop_service "$n" KILL; start_named "$n"
      wait_ready "$n" "$(port_of "$n")" $START_DEADLINE || notes+=("$n did not start")
    fi
  done
  PRE_NOTES=''
  ((${#notes[@]} == 0)) || { say "${notes[*]}"; PRE_NOTES="${notes[*]}"; }
}

run_scenario() { # name rep
  local name=$1 rep=$2 label n count base s0 s1 lo hi sealed=() w dir
  label=$name; ((REPEAT > 1)) && label="$name#$((rep + 1))"
  n=$(wells_of "$name"); count=$(count_of "$name"); base=$(well_base "$name" "$rep"); s0=$(seq_base "$name" "$rep")
  s1=$((s0 + count - 1)); lo=$base; hi=$((base + n - 1))
  for ((w = base; w < base + n; w++)); do is_sealed "$w" "$base" && sealed+=("W$w"); done
  local sealed_csv; sealed_csv=$(IFS=,; echo "${sealed[*]}")
  dir=$RUN_DIR/${label/\#/-}; mkdir -p "$dir"
  say "=== $label: $(scenario_field "$name" 3) — W$lo..W$hi x $count readings (seq $s0..$s1), sealed $sealed_csv"
  ensure_pipeline
  FAULT_NOTES=()
  local notes=()

  if [[ $name == *-variant ]]; then # swap our broker for the experiment's configuration
    stop_mosquitto; start_mosquitto_variant || { say "could not start Mosquitto with: $VARIANT_SETTINGS"; return 1; }
    local end=$((SECONDS + 30)); until ready "$BRIDGE" || ((SECONDS > end)); do sleep 0.2; done
  fi

  ( while :; do # peak RSS of each service during the scenario
      for s in "$BRIDGE" "$STORAGE" "$ANALYTICS"; do p=$(pid_of_service "$s") && echo "$s $(rss_mb "$p")"; done
      sleep 0.5
    done ) >"$dir/rss.txt" 2>/dev/null &
  SAMPLER_PID=$!

  local sim_args=(--broker "$WELLWATCH_MQTT_URL" --wells "$n" --first-well "$base" --count "$count"
    --start-seq "$s0" --seed $(($(scenario_index "$name") + 1)) --report-every 1s --drain-timeout 30s
    --client-id-prefix "wellwatch-faults-${label/\#/-}" --scenario "sealed-pumping=$sealed_csv")
  if [[ $name == burst ]]; then sim_args+=(--time-scale max); else sim_args+=(--interval "$INTERVAL"); fi
  local r0 d_start d_killed=0; r0=$(received_counter); d_start=$(dup_counter)
  java -jar "$SIMULATOR_JAR" "${sim_args[@]}" >"$dir/simulator.out" 2>"$dir/simulator.log" &
  SIM_PID=$!
  local end=$((SECONDS + 60))
  until (($(received_counter) > r0)) || ((SECONDS > end)) || ! alive "$SIM_PID"; do sleep 0.1; done

  local t_fault t_restart recovery=- fault_ok=1 restart_ok=1 peak_inflight=0 during=''
  if [[ $name != burst ]]; then
    sleep $KILL_AFTER
    local a0 p0 s0c; a0=$(sim_acked "$dir"); p0=$(published_counter); s0c=$(stored_counter)
    [[ $name == kill-storage ]] && d_killed=$(($(dup_counter) - d_start))
    t_fault=$(now)
    inject "$name" || { fault_ok=0; notes+=("fault injection failed"); }
    say "$label: fault injected after ${KILL_AFTER} s of publishing (simulator acked ${a0:-?})"
    local until_t; until_t=$(awk -v t="$t_fault" -v d="$(down_for "$name")" 'BEGIN { printf "%.3f", t + d }')
    while awk -v a="$(now)" -v b="$until_t" 'BEGIN { exit !(a < b) }'; do
      local f; f=$(inflight_now); ((${f:-0} > peak_inflight)) && peak_inflight=$f
      sleep 0.2
    done
    local a1; a1=$(sim_acked "$dir")
    P0=$(published_counter) S0=$(stored_counter)
    # What the parts that still ran did meanwhile: the evidence of back-pressure.
    during="while down: simulator acked +$((${a1:-0} - ${a0:-0})), ingest published to Kafka +$((P0 > p0 ? P0 - p0 : 0)), storage wrote +$((S0 > s0c ? S0 - s0c : 0)), ingest in flight peak $peak_inflight"
    t_restart=$(now)
    restart "$name" || { restart_ok=0; notes+=("restart failed"); }
    say "$label: restart issued $(awk -v a="$t_restart" -v b="$t_fault" 'BEGIN { printf "%.1f", a - b }') s after the fault, took $(since "$t_restart") s; $during"
    end=$((SECONDS + RECOVERY_DEADLINE))
    until recovered "$name"; do
      ((SECONDS < end)) || { notes+=("not working again ${RECOVERY_DEADLINE} s after the restart"); break; }
      sleep 0.1
    done
    recovered "$name" && recovery=$(since "$t_restart")
    say "$label: working again ${recovery} s after the restart"
    local svc; svc=$(restarted_service "$name")
    [[ -z $svc ]] || wait_ready "$svc" "$(port_of "$svc")" $START_DEADLINE || notes+=("$svc not ready after the restart")
  fi

  # The simulator ends by itself: count reached, every reading acknowledged (or its 30 s drain timeout).
  end=$((SECONDS + 60))
  while alive "$SIM_PID"; do
    ((SECONDS < end)) || { notes+=("simulator did not end: stopped"); kill -TERM "$SIM_PID"; sleep 2; break; }
    sleep 0.2
  done
  wait "$SIM_PID" 2>/dev/null; local sim_rc=$?
  SIM_PID=''
  local t_sim_end=$SECONDS summary sent acked failed
  summary=$(tail -n 1 "$dir/simulator.out" 2>/dev/null)
  sent=$(sed -n 's/.*"sent":\([0-9]*\).*/\1/p' <<<"$summary"); acked=$(sed -n 's/.*"acked":\([0-9]*\).*/\1/p' <<<"$summary")
  failed=$(sed -n 's/.*"failed":\([0-9]*\).*/\1/p' <<<"$summary")
  sent=${sent:-0} acked=${acked:-0} failed=${failed:-0}
  ((sim_rc == 0)) || notes+=("simulator exit status $sim_rc")

  # Drained: every acknowledged reading is stored and every sealed well's alert is complete; or nothing
  # moved for QUIET s and Kafka holds nothing our consumers have not committed (what is missing then is lost,
  # not late); or the deadline.
  local last='' last_change=$SECONDS drain_state=deadline p lag
  end=$((SECONDS + DRAIN_DEADLINE))
  while ((SECONDS < end)); do
    if drained "$lo" "$hi" "$s0" "$s1" "$acked" "$sealed_csv"; then drain_state=complete; break; fi
    p=$(progress "$lo" "$hi" "$s0" "$s1")
    [[ $p != "$last" ]] && { last=$p; last_change=$SECONDS; }
    if ((SECONDS - last_change >= QUIET)); then
      lag=$(kafka_lag)
      if [[ $lag == 0 ]]; then drain_state="no progress for ${QUIET} s and nothing left on Kafka"; break; fi
      say "$label: no progress for ${QUIET} s but Kafka lag is $lag: waiting on"; last_change=$SECONDS
    fi
    sleep 0.5
  done
  local drain_s=$((SECONDS - t_sim_end))
  kill "$SAMPLER_PID" 2>/dev/null; wait "$SAMPLER_PID" 2>/dev/null; SAMPLER_PID=''
  # Redelivered readings the storage key absorbed (the writer's duplicates counter; a killed writer's count is
  # what it had before the kill plus the new process's).
  local absorbed
  if [[ $name == kill-storage ]]; then absorbed=$((d_killed + $(dup_counter))); else absorbed=$(($(dup_counter) - d_start)); fi

  local unhealthy=() s
  for s in "$BRIDGE" "$STORAGE" "$ANALYTICS"; do ready "$s" || unhealthy+=("$s"); done
  ((${#unhealthy[@]} == 0)) || notes+=("not ready at the end: ${unhealthy[*]}")
  [[ -n $PRE_NOTES ]] && notes+=("before the scenario: $PRE_NOTES")
  [[ $drain_state == complete ]] || notes+=("drain: $drain_state")

  if ! account "$lo" "$hi" "$s0" "$s1" "$sealed_csv"; then
    notes+=("accounting query failed")
    ACC_ROWS=0 ACC_DISTINCT=0 ACC_NOT_STORED=$sent ACC_TWO_TS=0 ACC_INVERSIONS=0 ACC_SEALED=${#sealed[@]} ACC_ALERT_ONCE=0
    ACC_ALERT_EXTRA=0 ACC_ALERT_EXACT=0 ACC_ALERT_DETAIL='' ACC_OTHER_ALERTS=''
  fi
  local expected=$((n * count))
  ((sent == expected)) || notes+=("simulator sent $sent of $expected")
  # Missing = acknowledged by the broker but not stored: acked - stored. Exact when every reading sent was
  # acknowledged (failed = 0); otherwise a lower bound (a reading whose PUBACK was lost may be stored).
  local missing=$((acked - ACC_DISTINCT)); ((missing < 0)) && missing=0
  ((failed == 0)) || notes+=("$failed readings never acknowledged by the broker: missing is a lower bound")
  local duplicated=$((ACC_ROWS - ACC_DISTINCT))
  local alerts_ok=no
  ((ACC_SEALED > 0 && ACC_ALERT_ONCE == ACC_SEALED && ACC_ALERT_EXTRA == 0 && ACC_ALERT_EXACT == ACC_SEALED)) && alerts_ok=yes
  local alerts_cell="$alerts_ok ${ACC_ALERT_ONCE}/${ACC_SEALED}"
  ((ACC_ALERT_EXTRA == 0)) || alerts_cell+=" +${ACC_ALERT_EXTRA}"
  [[ $alerts_ok == yes ]] || notes+=("sealed-well alerts: $ACC_ALERT_DETAIL")
  if ((missing > 0)); then
    local when; when=$(missing_evidence "$lo" "$hi" "$s0" "$s1" "$dir" "$([[ $name == burst ]] && echo 5000 || echo "$INTERVAL_MS")")
    notes+=("$missing readings acknowledged but never stored (${label/\#/-}/missing.txt), $when")
  fi
  ((${#FAULT_NOTES[@]} == 0)) || notes+=("${FAULT_NOTES[@]}")
  [[ -n $during ]] && notes+=("$during")

  local peak_bridge peak_storage peak_analytics
  peak_bridge=$(awk -v s="$BRIDGE" '$1 == s && $2 > m { m = $2 } END { print m + 0 }' "$dir/rss.txt")
  peak_storage=$(awk -v s="$STORAGE" '$1 == s && $2 > m { m = $2 } END { print m + 0 }' "$dir/rss.txt")
  peak_analytics=$(awk -v s="$ANALYTICS" '$1 == s && $2 > m { m = $2 } END { print m + 0 }' "$dir/rss.txt")

  local verdict=PASS
  if ((missing > 0)); then
    if [[ " ${ACCEPT_LOSS[*]} " == *" $name "* ]]; then verdict=LIMIT; notes+=("loss accepted as a known limit (--accept-loss)")
    else verdict=FAIL; fi
  fi
  ((duplicated == 0 && fault_ok && restart_ok && ${#unhealthy[@]} == 0)) || verdict=FAIL
  # Every reading must have got through: a publisher the broker no longer takes readings from is a failure too.
  ((sent == expected && failed == 0 && sim_rc == 0)) || verdict=FAIL
  [[ $alerts_ok == yes ]] || verdict=FAIL
  [[ $name == burst || $recovery != - ]] || verdict=FAIL
  [[ $verdict != FAIL ]] || FAILED=1

  local note; note=$(IFS='|'; echo "${notes[*]}"); note=${note//|/; }; note=${note//\"/\'}
  say "$label: $verdict sent=$sent acked=$acked stored=$ACC_DISTINCT missing=$missing duplicated=$duplicated alerts=$alerts_cell recovery=${recovery}s drain=${drain_s}s redelivered-absorbed=$absorbed${note:+ — $note}"
  ROWS_CSV+=$(printf '%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,"%s"' "$label" "$sent" "$acked" "$failed" "$ACC_DISTINCT" \
    "$missing" "$duplicated" "$ACC_TWO_TS" "$absorbed" "$alerts_ok" "$ACC_ALERT_ONCE/$ACC_SEALED" "$recovery" "$ACC_INVERSIONS" \
    "$peak_bridge" "$peak_storage" "$peak_analytics" "$verdict" "$note")$'\n'
  ROWS_JSON+=("$(printf '{"scenario":"%s","description":"%s","wells":"W%s..W%s","seq":[%s,%s],"sent":%s,"acked":%s,"failed":%s,"stored":%s,"rows":%s,"missing":%s,"notStoredOfAllSent":%s,"duplicated":%s,"sameSeqTwoTs":%s,"redeliveredAbsorbed":%s,"alertsOk":%s,"sealedWells":%s,"sealedAlertsOnce":%s,"sealedAlertsUpToNewestReading":%s,"sealedAlertsForOtherWells":%s,"sealedAlertDetail":"%s","otherAlertTypes":"%s","recoverySeconds":%s,"drainSeconds":%s,"drain":"%s","storedOutOfOrder":%s,"peakRssMb":{"ingest":%s,"storage":%s,"analytics":%s},"verdict":"%s","notes":"%s"}' \
    "$label" "$(scenario_field "$name" 3)" "$lo" "$hi" "$s0" "$s1" "$sent" "$acked" "$failed" "$ACC_DISTINCT" "$ACC_ROWS" "$missing" "$ACC_NOT_STORED" "$duplicated" \
    "$ACC_TWO_TS" "$absorbed" "$([[ $alerts_ok == yes ]] && echo true || echo false)" "$ACC_SEALED" "$ACC_ALERT_ONCE" "$ACC_ALERT_EXACT" \
    "$ACC_ALERT_EXTRA" "$ACC_ALERT_DETAIL" "$ACC_OTHER_ALERTS" "$([[ $recovery == - ]] && echo null || echo "$recovery")" "$drain_s" \
    "$drain_state" "$ACC_INVERSIONS" "$peak_bridge" "$peak_storage" "$peak_analytics" "$verdict" "$note")")
  TABLE_ROWS+=("$(printf '%-32s %6s %6s %6s %7s %10s  %-9s %10s %5s %7s  %s' "$label" "$sent" "$acked" "$ACC_DISTINCT" "$missing" \
    "$duplicated" "$alerts_cell" "$recovery" "$ACC_INVERSIONS" "$peak_bridge/$peak_storage" "$verdict")")

  if [[ $name == *-variant ]]; then stop_mosquitto; restart_infra; fi
}

# ------------------------------------------------------------------------------------------ main
T0=$SECONDS
trap cleanup EXIT
trap 'say "interrupted"; exit 130' INT TERM
setup
say "set-up done in $((SECONDS - T0)) s"
for name in "${SELECTED[@]}"; do
  for ((rep = 0; rep < REPEAT; rep++)); do
    label=$name; ((REPEAT > 1)) && label="$name#$((rep + 1))"
    if ((SECONDS - T0 > BUDGET)); then
      say "$label: not run — the suite's time budget of ${BUDGET} s is spent"; FAILED=1
      ROWS_CSV+="$label,,,,,,,,,,,,,,,,NOT RUN,\"time budget of ${BUDGET} s spent\""$'\n'
      ROWS_JSON+=("{\"scenario\":\"$label\",\"verdict\":\"NOT RUN\",\"notes\":\"time budget of ${BUDGET} s spent\"}")
      TABLE_ROWS+=("$(printf '%-32s %s' "$label" 'NOT RUN (time budget)')"); continue
    fi
    run_scenario "$name" "$rep" || { FAILED=1; TABLE_ROWS+=("$(printf '%-32s %s' "$label" 'FAIL: could not run (see the log above)')"); }
  done
done

TOTAL=$((SECONDS - T0))
{
  printf '%-32s %6s %6s %6s %7s %10s  %-9s %10s %5s %7s  %s\n' scenario sent acked stored missing duplicated "alerts ok" "recovery s" order "RSS MB" verdict
  printf '%s\n' "${TABLE_ROWS[@]}"
  echo "(order: readings stored after a later reading of the same well; RSS MB: peak of ingest bridge/storage writer)"
  echo "total: ${TOTAL} s; $([[ $FAILED == 0 ]] && echo PASSED || echo FAILED); details: $RUN_DIR/results.json"
} | tee "$RUN_DIR/table.txt"
{ echo 'scenario,sent,acked,failed,stored,missing,duplicated,same_seq_two_ts,redelivered_absorbed,alerts_ok,sealed_alerts,recovery_s,stored_out_of_order,peak_rss_ingest_mb,peak_rss_storage_mb,peak_rss_analytics_mb,verdict,notes'
  printf '%s' "$ROWS_CSV"; } >"$RUN_DIR/results.csv"
{ printf '{"run":"%s","totalSeconds":%s,"passed":%s,"scenarios":[\n' "$STAMP" "$TOTAL" "$([[ $FAILED == 0 ]] && echo true || echo false)"
  (IFS=$'\n'; printf '%s' "${ROWS_JSON[*]}" | sed '$!s/$/,/'); printf '\n]}\n'; } >"$RUN_DIR/results.json"
ln -sfn "$RUN_DIR" "$FAULTS_HOME/latest"
exit $FAILED
