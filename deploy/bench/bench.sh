#!/usr/bin/env bash
# WellWatch benchmark: the pipeline (simulator -> Mosquitto -> ingest -> Kafka -> storage writer + analytics)
# against the raw ceilings of its parts, measured in the same run on the same machine. See docs/performance.md.
#
#   ./wellwatch bench                      quick profile: 10k and 100k wells, 200,000 readings each, ~4 min
#   ./wellwatch bench --full               10k, 100k and 1M wells, 200,000 readings each except the 1M run: a
#                                          burst of one reading per well; latency at 50 % and 90 %; ~8-12 min
#   ./wellwatch bench --native             the same with the native runners (WELLWATCH_NATIVE=1), compared with
#                                          the latest JVM results
# Options:
#   --wells LIST         scales, e.g. 10000,100000,1000000 (max 1000000: well ids are W000000..W999999)
#   --readings N         readings per scale run (count per well = ceil(N / wells), at least 1)
#   --paced LIST         latency runs at these fractions of the best sustained rate, e.g. 0.5,0.9
#   --paced-seconds S    length of each latency run (default 20)
#   --connections N      simulator connections (default 2, as the simulator's default)
#   --native-services L  only these services native, e.g. ingest (the others on the JVM)
#   --keep-db            keep the database wellwatch_bench afterwards (dropped by default)
# Results: .wellwatch/bench/<timestamp>/ (summary.txt, bench.json, *.csv, per-run files and logs).
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/../.." && pwd)
INFRA=$ROOT/deploy/local/infra.sh
# shellcheck source=lib/common.sh
source "$BENCH_DIR/lib/common.sh"
# shellcheck source=lib/procstat.sh
source "$BENCH_DIR/lib/procstat.sh"
# shellcheck source=lib/db.sh
source "$BENCH_DIR/lib/db.sh"
# shellcheck source=lib/ceilings.sh
source "$BENCH_DIR/lib/ceilings.sh"
# shellcheck source=lib/pipeline.sh
source "$BENCH_DIR/lib/pipeline.sh"
# shellcheck source=lib/report.sh
source "$BENCH_DIR/lib/report.sh"

# ---------------------------------------------------------------- options

PROFILE=quick
SCALES=""
READINGS=""
PACED=""
PACED_SECONDS=20
SIM_CONNECTIONS=2
KEEP_DB=0
MODE=jvm
NATIVE_KINDS=""
BENCH_ARGS="$*"

usage() { sed -n '2,18p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

parse_args() {
  while (($#)); do
    case $1 in
      --full) PROFILE=full; shift ;;
      --native) NATIVE_KINDS="ingest analytics"; shift ;;
      --native-services) NATIVE_KINDS=${2//,/ }; shift 2 ;;
      --wells) SCALES=$2; shift 2 ;;
      --readings) READINGS=$2; shift 2 ;;
      --paced) PACED=$2; shift 2 ;;
      --paced-seconds) PACED_SECONDS=$2; shift 2 ;;
      --connections) SIM_CONNECTIONS=$2; shift 2 ;;
      --keep-db) KEEP_DB=1; shift ;;
      -h | --help) usage; exit 0 ;;
      *) usage >&2; die "unknown option $1" ;;
    esac
  done
  if [[ $PROFILE == full ]]; then
    SCALES=${SCALES:-10000,100000,1000000} READINGS=${READINGS:-200000} PACED=${PACED:-0.5,0.9}
  else
    SCALES=${SCALES:-10000,100000} READINGS=${READINGS:-200000} PACED=${PACED:-0.5}
  fi
  [[ $SCALES =~ ^[0-9]+(,[0-9]+)*$ ]] || die "--wells wants a list like 10000,100000"
  SCALES=$(tr ',' '\n' <<<"$SCALES" | sort -n | uniq | tr '\n' ' ')
  local w
  for w in $SCALES; do ((w >= 1 && w <= 1000000)) || die "--wells: $w is outside 1..1000000"; done
  [[ $READINGS =~ ^[0-9]+$ && $READINGS -ge 1 ]] || die "--readings wants a positive number"
  [[ $PACED =~ ^(0?\.[0-9]+|1(\.0*)?)(,(0?\.[0-9]+|1(\.0*)?))*$ || $PACED == none ]] || die "--paced wants fractions like 0.5,0.9 (or none)"
  [[ $PACED_SECONDS =~ ^[0-9]+$ && $PACED_SECONDS -ge 5 ]] || die "--paced-seconds wants a number >= 5"
  local kind
  for kind in $NATIVE_KINDS; do [[ $kind == ingest || $kind == analytics ]] || die "--native-services: ingest and/or analytics, not $kind"; done
  case $(tr ' ' '\n' <<<"$NATIVE_KINDS" | grep . | sort | paste -sd' ') in
    "") MODE=jvm ;;
    "analytics ingest") MODE=native ;;
    *) MODE="native-${NATIVE_KINDS// /-}" ;;
  esac
}

# ---------------------------------------------------------------- preparation

preflight() {
  local tool
  for tool in java psql curl awk column split; do command -v "$tool" >/dev/null || die "$tool is needed"; done
  [[ -x /usr/bin/time ]] || die "/usr/bin/time is needed (apt-get install time)"
  log "infrastructure: $INFRA up"
  "$INFRA" up >"$OUT/infra-up.log" 2>&1 || die "infra.sh up failed: $(tail -n 5 "$OUT/infra-up.log")"
  eval "$("$INFRA" env)"
  # shellcheck source=../local/services.sh
  source "$ROOT/deploy/local/services.sh"
  build_services || die "build failed"
  if ! unzip -Z1 "$SIMULATOR_JAR" wellwatch/simulator/bench/MqttCeiling.class >/dev/null 2>&1; then
    log "building the device simulator (its jar has no wellwatch.simulator.bench.MqttCeiling yet)"
    (cd "$ROOT" && ./mvnw -B -q -pl device-simulator -am package -DskipTests) || die "simulator build failed"
  fi
  unset WELLWATCH_NATIVE # set per service by start_timed
  local kind
  for kind in $NATIVE_KINDS; do
    [[ -x $(service_runner "$kind") ]] || die "no native runner for $kind: build it first (docs/native.md: ./mvnw package -Dnative with GRAALVM_HOME from deploy/native/toolchain.sh)"
  done
  snapshot_apps
  local port
  for port in "$INGEST_PORT" "$ANALYTICS_PORT"; do
    ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || die "port $port is in use (a bench already running? ss -ltnp 'sport = :$port')"
  done
}

# Copies the built services and the simulator to $BENCH_HOME/app and points services.sh there
# (SERVICES_ROOT), so that a rebuild by someone else during the bench cannot pull files from under it.
copy_apps() { # DIR
  local kind
  rm -rf "$1"
  mkdir -p "$1/device-simulator/target"
  cp -a "$SIMULATOR_JAR" "$1/device-simulator/target/" || return 1
  for kind in ingest analytics; do
    mkdir -p "$1/$kind/target"
    cp -a "$ROOT/$kind/target/quarkus-app" "$1/$kind/target/" || return 1
    if [[ " $NATIVE_KINDS " == *" $kind "* ]]; then cp -a "$(service_runner "$kind")" "$1/$kind/target/" || return 1; fi
  done
}

snapshot_apps() {
  local app=$BENCH_HOME/app tries=3
  until copy_apps "$app"; do
    ((--tries > 0)) || die "could not copy the built services to $app"
    warn "copying the built services failed (a build running?); retrying in 10 s"
    sleep 10
  done
  SERVICES_ROOT=$app
  SIMULATOR_JAR=$app/device-simulator/target/wellwatch-device-simulator.jar
  log "services and simulator copied to $app (a rebuild meanwhile does not affect the bench)"
}

# What was measured: the commit, how many files differ from it, and when each artifact was built.
describe_code() {
  local commit dirty kind artifact
  commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
  dirty=$(git -C "$ROOT" status --porcelain 2>/dev/null | wc -l)
  CODE="commit $commit ($dirty files changed in the working tree)"
  for kind in ingest analytics; do
    if [[ " $NATIVE_KINDS " == *" $kind "* ]]; then
      artifact=$(service_runner "$kind")
    else # the application jar (quarkus-run.jar is a launcher that does not change)
      artifact=$(compgen -G "$SERVICES_ROOT/$kind/target/quarkus-app/app/*.jar" | sed -n 1p)
      artifact=${artifact:-$(service_jar "$kind")}
    fi
    CODE+="; $kind $([[ " $NATIVE_KINDS " == *" $kind "* ]] && echo native || echo jar) built $(date -r "$artifact" '+%Y-%m-%d %H:%M')"
  done
}

describe_machine() {
  CPU_MODEL=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
  MEM_GIB=$(awk '/^MemTotal/ { printf "%.0f", $2 / 1048576 }' /proc/meminfo)
  LOAD_AT_START=$(cut -d' ' -f1-3 /proc/loadavg)
  MACHINE="$(nproc) cores ($CPU_MODEL), $MEM_GIB GiB RAM, $(uname -sr), load $LOAD_AT_START at start"
}

start_lag_watch() {
  java -cp "$WELLWATCH_HOME/kafka/lib/*" "$BENCH_DIR/LagWatch.java" "$KAFKA_BOOTSTRAP_SERVERS" "$READINGS_TOPIC" 250 \
    "$STORAGE_GROUP" "$ANALYTICS_GROUP" >"$OUT/lag.tsv" 2>"$OUT/lagwatch.err" &
  LAG_WATCH=$!
  BENCH_CHILDREN+=("$LAG_WATCH")
}

# ---------------------------------------------------------------- runs

scale_runs=()   # "wells count sealed_csv" per scale
paced_runs=()   # fractions
plan_runs() {
  local prev=0 w count sealed
  for w in $SCALES; do
    count=$(((READINGS + w - 1) / w))
    sealed=""
    ((w - prev >= 1000)) && sealed=$(sealed_tail "$w" | paste -sd,)
    scale_runs+=("$w $count ${sealed:--}")
    prev=$w
  done
  [[ $PACED == none ]] || IFS=, read -r -a paced_runs <<<"$PACED"
  local all_sealed=() r j
  for r in "${scale_runs[@]}"; do
    read -r _ _ sealed <<<"$r"
    if [[ $sealed != - ]]; then
      local -a some
      IFS=, read -r -a some <<<"$sealed"
      all_sealed+=("${some[@]}")
    fi
  done
  for j in "${!paced_runs[@]}"; do
    mapfile -t -O "${#all_sealed[@]}" all_sealed < <(sealed_spread $((PACED_FIRST + j * 20000)))
  done
  local max
  max=$(tr ' ' '\n' <<<"$SCALES" | grep . | tail -n 1)
  write_registry "$max" "${#paced_runs[@]}" "${all_sealed[@]}"
}

warm_up() {
  log "warm-up: $WARMUP_WELLS wells x 5 readings, unpaced (not reported: JIT, connection pools, partitions)"
  run_pipeline warmup warmup "$WARMUP_FIRST" "$WARMUP_WELLS" 5 "" "" --time-scale max --rate 0
}

best_sustained() {
  awk -F'\t' 'NR > 1 && $2 == "scale" { r = ($19 != "" ? $19 : $18) + 0; if (r > b) b = r } END { print b + 0 }' "$OUT/runs.tsv"
}

paced_run() { # INDEX FRACTION
  local j=$1 fraction=$2 best offered first interval_ms count start_ms sim_start pct
  best=$(best_sustained)
  ((best > 0)) || { warn "no sustained rate measured: skipping the paced run at $fraction"; return 0; }
  offered=$(calc "$best * $fraction" '%.0f')
  first=$((PACED_FIRST + j * 20000))
  interval_ms=$(calc "$PACED_WELLS * 1000 / $offered" '%.0f')
  ((interval_ms >= 1)) || interval_ms=1
  count=$(((PACED_SECONDS * 1000 + interval_ms - 1) / interval_ms))
  # Starts 4 s from now (the simulator's JVM is up by then), so every reading is due after its launch and
  # its ts is when it is published; readings due before the first publish are left out of the latency.
  start_ms=$(($(now_ms) + 4000))
  sim_start=$(date -u -d "@$((start_ms / 1000))" +%Y-%m-%dT%H:%M:%S).$(printf '%03d' $((start_ms % 1000)))Z
  pct=$(calc "$fraction * 100" '%.0f')
  run_pipeline "paced-${pct}pct" paced "$first" "$PACED_WELLS" "$count" "$offered" "$(sealed_spread "$first" | paste -sd,)" \
    --interval "${interval_ms}ms" --sim-start "$sim_start"
}

run_all() {
  warm_up
  local i r wells count sealed j
  for i in "${!scale_runs[@]}"; do
    read -r wells count sealed <<<"${scale_runs[$i]}"
    [[ $sealed == - ]] && sealed=""
    run_pipeline "scale-${wells}" scale 0 "$wells" "$count" "" "$sealed" --time-scale max --rate 0
    if ((i == 0)); then
      for j in "${!paced_runs[@]}"; do paced_run "$j" "${paced_runs[$j]}"; done
    fi
  done
}

# ---------------------------------------------------------------- cleanup

BENCH_CHILDREN=()
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  local pid
  for pid in "${BENCH_CHILDREN[@]}"; do kill "$pid" 2>/dev/null || true; done
  if declare -F stop_service >/dev/null; then
    log "stopping the bench's ingest and analytics"
    stop_pipeline
  fi
  if [[ -n ${KAFKA_BOOTSTRAP_SERVERS:-} ]]; then
    delete_scratch_topic
    delete_groups
  fi
  if [[ -n ${WELLWATCH_DB_PASSWORD:-} ]]; then
    if ((KEEP_DB)); then log "database $BENCH_DB kept (--keep-db)"; else drop_bench_db || true; fi
  fi
  for pid in "${BENCH_CHILDREN[@]}"; do wait "$pid" 2>/dev/null || true; done
  ((rc == 0)) || warn "bench ended with status $rc; partial results in ${OUT:-?}"
  exit "$rc"
}

copy_service_logs() {
  mkdir -p "$OUT/logs"
  local name
  for name in "$INGEST_NAME" "$ANALYTICS_NAME"; do
    [[ -f $WELLWATCH_HOME/logs/$name.log ]] && tail -n +"${LOG_START[$name]:-1}" "$WELLWATCH_HOME/logs/$name.log" >"$OUT/logs/$name.log"
  done
  return 0
}

# ---------------------------------------------------------------- main

main() {
  parse_args "$@"
  BENCH_T0=$SECONDS
  RUN_ID=$(date -u +%Y%m%dT%H%M%SZ)
  STARTED_ISO=$(date -u +%Y-%m-%dT%H:%M:%SZ)
  BENCH_HOME=${WELLWATCH_HOME:-$ROOT/.wellwatch}/bench
  OUT=$BENCH_HOME/$RUN_ID-$MODE
  mkdir -p "$OUT/runs"
  exec > >(tee -a "$OUT/bench.log") 2>&1
  trap cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  log "WellWatch bench $RUN_ID: $MODE, $PROFILE profile (wells $SCALES; $READINGS readings per scale; paced at $PACED of the sustained max)"
  preflight
  describe_code
  describe_machine
  write_headers
  cpu_snapshot "$OUT/cpu.before"
  declare -gA LOG_START=()
  local name
  for name in "$INGEST_NAME" "$ANALYTICS_NAME"; do LOG_START[$name]=$(($({ wc -l <"$WELLWATCH_HOME/logs/$name.log"; } 2>/dev/null || echo 0) + 1)); done

  create_bench_db
  reset_groups_to_latest
  plan_runs
  start_lag_watch
  start_pipeline
  ceiling_mqtt 200000 "$SIM_CONNECTIONS"
  ceiling_kafka "$([[ $PROFILE == full ]] && echo 1000000 || echo 500000)" 205
  ceiling_copy "$([[ $PROFILE == full ]] && echo 1000000 || echo 500000)"
  run_all

  cpu_snapshot "$OUT/cpu.after"
  # shellcheck disable=SC2046
  OTHER_CPU=$(cpu_between "$OUT/cpu.before" "$OUT/cpu.after" $(service_pid "$INGEST_NAME") $(service_pid "$ANALYTICS_NAME") \
    "$LAG_WATCH" "$(<"$WELLWATCH_HOME/mosquitto/mosquitto.pid")" "$(<"$WELLWATCH_HOME/kafka/kafka.pid")" | awk -F'\t' '$1 >= 5 && ++n <= 6 {
      printf "%s%s (pid %s) %.0f s", (n > 1 ? ", " : ""), $3, $2, $1 }')
  write_ratios
  write_targets
  copy_service_logs
  write_outputs
  write_markdown
  print_report | tee "$OUT/summary.txt"
  [[ $MODE != jvm && -d $BENCH_HOME/latest-jvm ]] && print_native_comparison "$BENCH_HOME/latest-jvm" | tee -a "$OUT/summary.txt"
  printf '\nOther processes with >= 5 CPU s during the bench: %s\n' "${OTHER_CPU:-none}" | tee -a "$OUT/summary.txt"
  ln -sfn "$OUT" "$BENCH_HOME/latest"
  ln -sfn "$OUT" "$BENCH_HOME/latest-$MODE"
  log "bench done in $((SECONDS - BENCH_T0)) s: $OUT"
}

main "$@"
