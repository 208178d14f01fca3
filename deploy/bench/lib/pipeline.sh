# shellcheck shell=bash
# The pipeline under test: the bench's own ingest and analytics (started with deploy/local/services.sh,
# on their own ports, MQTT client id, consumer groups and database), its registry, and the runs that push
# readings through it with the device simulator.

INGEST_NAME=bench-ingest
ANALYTICS_NAME=bench-analytics
INGEST_PORT=18081
ANALYTICS_PORT=18082
INGEST_CLIENT_ID=wellwatch-ingest-bench
STORAGE_GROUP=wellwatch-storage-bench
ANALYTICS_GROUP=wellwatch-analytics-bench
POWER_GROUP=wellwatch-storage-power-bench
READINGS_TOPIC=wellwatch.readings.v1
SEALED_SINCE=2020-01-01T00:00:00Z
# Well ranges: scale runs use W000000 up; the warm-up and the paced runs use ranges of their own, so each
# sealed well's first pumping reading (the one that opens its alert) belongs to the run that measures it.
WARMUP_FIRST=800000
WARMUP_WELLS=10000
PACED_FIRST=900000
PACED_WELLS=10000

# ---------------------------------------------------------------- services

ingest_env() {
  echo "WELLWATCH_DB_URL=$(bench_db_url)"
  echo "WELLWATCH_MQTT_CLIENT_ID=$INGEST_CLIENT_ID"
  echo "WELLWATCH_STORAGE_CONSUMER_GROUP=$STORAGE_GROUP"
  # Newer ingest builds also store the power utility's uploads; keep that consumer group apart as well.
  echo "WELLWATCH_POWER_STORAGE_CONSUMER_GROUP=$POWER_GROUP"
  # The bench's MQTT session goes away a minute after the bench: no backlog of others' readings next time.
  echo "WELLWATCH_MQTT_SESSION_EXPIRY=60s"
}

analytics_env() {
  echo "WELLWATCH_DB_URL=$(bench_db_url)"
  echo "WELLWATCH_ANALYTICS_GROUP=$ANALYTICS_GROUP"
  echo "WELLWATCH_REGISTRY_SEED=$OUT/registry-seed.csv"
}

# Committed offsets of the bench's groups at the end of the readings topic, so its services start with
# what the bench publishes, not with the topic's history (auto.offset.reset is earliest).
reset_groups_to_latest() {
  kafka_tool org.apache.kafka.tools.consumer.group.ConsumerGroupCommand --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" \
    --reset-offsets --to-latest --group "$STORAGE_GROUP" --group "$ANALYTICS_GROUP" --topic "$READINGS_TOPIC" --execute \
    >"$OUT/groups-reset.out" 2>&1 || die "could not reset consumer groups $STORAGE_GROUP, $ANALYTICS_GROUP: $(tail -n 3 "$OUT/groups-reset.out")"
  log "consumer groups $STORAGE_GROUP and $ANALYTICS_GROUP set to the end of $READINGS_TOPIC"
}

delete_groups() {
  kafka_tool org.apache.kafka.tools.consumer.group.ConsumerGroupCommand --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" \
    --delete --group "$STORAGE_GROUP" --group "$ANALYTICS_GROUP" >/dev/null 2>&1 || true
  kafka_tool org.apache.kafka.tools.consumer.group.ConsumerGroupCommand --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" \
    --delete --group "$POWER_GROUP" >/dev/null 2>&1 || true
}

# Starts a service with services.sh and times process start -> /q/health/ready (polled every 50 ms).
# Appends to $OUT/services.tsv: mode, service, start_to_ready_s, quarkus_started_s, rss_after_start_mb, note.
start_timed() { # NAME KIND PORT NOTE [VAR=value...]
  local name=$1 kind=$2 port=$3 note=$4
  shift 4
  local logf=$WELLWATCH_HOME/logs/$name.log lines t0 t1 pid quarkus rss deadline
  lines=$({ wc -l <"$logf"; } 2>/dev/null || echo 0)
  local native=""
  [[ " $NATIVE_KINDS " == *" $kind "* ]] && native=1
  t0=$(now_ms)
  # On the JVM: GC pauses to a log of the bench's (observability only; the heap is left as services.sh sets it).
  local gc_opts="${WELLWATCH_JAVA_OPTS:-} -Xlog:gc:file=$OUT/logs/$name-gc.log:timemillis"
  mkdir -p "$OUT/logs"
  WELLWATCH_NATIVE=$native WELLWATCH_JAVA_OPTS=$gc_opts start_service "$name" "$kind" "$port" "$@" || die "could not start $name"
  pid=$(service_pid "$name")
  deadline=$((SECONDS + 180))
  until curl -fsS -o /dev/null "http://127.0.0.1:$port/q/health/ready" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || die "$name exited during start-up: $(tail -n +"$((lines + 1))" "$logf" |
      grep -E 'Caused by|ERROR' | tail -n 2 | cut -c1-300) (log: $logf)"
    ((SECONDS < deadline)) || die "$name not ready after 180 s (log: $logf)"
    sleep 0.05
  done
  t1=$(now_ms)
  wait_ready "$name" "$port" 10 || die "$name not ready"
  quarkus=$(tail -n +"$((lines + 1))" "$logf" | grep -o 'started in [0-9.]*s' | tail -n 1 | tr -dc '0-9.')
  rss=$(calc "$(proc_status_kb "$pid" VmRSS) / 1024" '%.0f')
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$([[ -n $native ]] && echo native || echo jvm)" "$name" "$(secs_between "$t0" "$t1")" "${quarkus:-}" "$rss" "$note" >>"$OUT/services.tsv"
  log "$name ready in $(secs_between "$t0" "$t1") s (Quarkus: ${quarkus:-?} s), RSS $rss MB, pid $pid"
}

start_pipeline() {
  local -a ienv aenv
  mapfile -t ienv < <(ingest_env)
  mapfile -t aenv < <(analytics_env)
  start_timed "$INGEST_NAME" ingest "$INGEST_PORT" "empty database" "${ienv[@]}"
  start_timed "$ANALYTICS_NAME" analytics "$ANALYTICS_PORT" "first start: migrates, seeds $(($(wc -l <"$OUT/registry-seed.csv") - 1)) sealed wells" "${aenv[@]}"
  load_registry
  # Restart so the well directory holds the whole registry from the start (it reloads every 30 s otherwise).
  stop_service "$ANALYTICS_NAME"
  start_timed "$ANALYTICS_NAME" analytics "$ANALYTICS_PORT" "restart with $REGISTRY_WELLS registered wells" "${aenv[@]}"
  grep -o 'Well directory loaded: [0-9]* registered wells' "$WELLWATCH_HOME/logs/$ANALYTICS_NAME.log" | tail -n 1 | sed 's/^/[analytics] /' >&2 || true
}

stop_pipeline() {
  stop_service "$ANALYTICS_NAME"
  stop_service "$INGEST_NAME"
}

# ---------------------------------------------------------------- registry

# Ten sealed wells in the last thousand of a range (scale runs) or spread over it (paced runs).
sealed_tail() { local k; for k in 0 1 2 3 4 5 6 7 8 9; do well_id $(($1 - 1000 + k * 100 + 7)); done; }
sealed_spread() { local k; for k in 0 1 2 3 4 5 6 7 8 9; do well_id $(($1 + 500 + k * 1000 + 3)); done; }

# Registry for every well the bench publishes for: the seed (for WELLWATCH_REGISTRY_SEED) holds the sealed
# wells, the rest is bulk-loaded (the seed import writes row by row: minutes for a million wells).
write_registry() { # MAX_SCALE_WELLS PACED_RUNS SEALED_WELL...
  local max=$1 paced=$2
  shift 2
  {
    echo "well_id,unit_id,status,status_since"
    printf '%s\n' "$@" | sort -u | awk -v since="$SEALED_SINCE" '{ printf "%s,U%s,sealed,%s\n", $1, substr($1, 2, 4), since }'
  } >"$OUT/registry-seed.csv"
  awk -v max="$max" -v wf="$WARMUP_FIRST" -v wn="$WARMUP_WELLS" -v pf="$PACED_FIRST" -v pn="$PACED_WELLS" -v pr="$paced" \
    -v since="$SEALED_SINCE" 'function emit(n) { printf "W%06d,U%04d,active,%s\n", n, int(n / 100), since }
    BEGIN {
      print "well_id,unit_id,status,status_since"
      for (n = 0; n < max; n++) emit(n)
      for (n = wf; n < wf + wn; n++) if (n >= max) emit(n)
      for (r = 0; r < pr; r++) for (n = pf + r * 20000; n < pf + r * 20000 + pn; n++) if (n >= max) emit(n)
    }' >"$OUT/registry-bulk.csv"
  REGISTRY_WELLS=$(($(wc -l <"$OUT/registry-bulk.csv") - 1))
}

load_registry() {
  local t0
  t0=$(now_ms)
  bench_psql >/dev/null <<SQL
CREATE TEMP TABLE well_import (LIKE registry.well INCLUDING DEFAULTS);
\\copy well_import (well_id, unit_id, status, status_since) FROM '$OUT/registry-bulk.csv' CSV HEADER
INSERT INTO registry.well (well_id, unit_id, status, status_since)
SELECT well_id, unit_id, status, status_since FROM well_import ON CONFLICT (well_id) DO NOTHING;
SQL
  log "registry: $REGISTRY_WELLS wells in registry.well ($(wc -l <"$OUT/registry-seed.csv" | awk '{ print $1 - 1 }') sealed) in $(secs_between "$t0" "$(now_ms)") s"
}

# ---------------------------------------------------------------- one run

# Ingest and analytics counters, and the MQTT messages ingest holds unacknowledged (its health data):
# "received published stored duplicates dead analyzed findings mqtt_in_flight".
pipeline_counters() {
  local ingest analytics inflight
  ingest=$(curl -fsS "http://127.0.0.1:$INGEST_PORT/q/metrics" 2>/dev/null || true)
  analytics=$(curl -fsS "http://127.0.0.1:$ANALYTICS_PORT/q/metrics" 2>/dev/null || true)
  inflight=$(curl -sS "http://127.0.0.1:$INGEST_PORT/q/health" 2>/dev/null | sed -n 's/.*"mqttInFlight": *\([0-9]*\).*/\1/p' || true)
  {
    echo "$ingest" | awk '$1 == "wellwatch_ingest_readings_received_total" { r = $2 } $1 == "wellwatch_ingest_readings_published_total" { p = $2 }
      $1 == "wellwatch_ingest_readings_stored_total" { s = $2 } $1 == "wellwatch_ingest_readings_duplicates_total" { d = $2 }
      $1 == "wellwatch_ingest_readings_dead_lettered_total" { x = $2 } END { printf "%d %d %d %d %d ", r, p, s, d, x }'
    echo "$analytics" | awk '$1 == "wellwatch_analytics_readings_analyzed_total" { a = $2 } $1 == "wellwatch_analytics_findings_total" { f = $2 }
      END { printf "%d %d ", a, f }'
    echo "${inflight:-0}"
  }
}

# GC of a service's JVM between two epoch-ms stamps, from its -Xlog:gc log: "pause_seconds heap_after_gc_max_mb"
# (the largest heap occupancy right after a young collection: what the service really keeps, unlike its RSS).
# Empty for a native service.
gc_stats() { # NAME FROM_MS TO_MS
  local f=$OUT/logs/$1-gc.log
  [[ -f $f ]] || return 0
  awk -v from="$2" -v to="$3" 'match($0, /^\[[0-9]+ms\]/) { t = substr($0, 2, RLENGTH - 4) + 0 }
    t < from || t > to || !/ Pause / { next }
    match($0, /[0-9.]+ms$/) { s += substr($0, RSTART, RLENGTH - 2) }
    / Pause Young/ && match($0, /->[0-9]+M\(/) { a = substr($0, RSTART + 2, RLENGTH - 4) + 0; if (a > m) m = a }
    END { printf "%.2f %s", s / 1000, (m ? m : "") }' "$f"
}

# Latest line of the lag watch: "epoch_ms storage_lag analytics_lag".
latest_lag() { tail -n 1 "$OUT/lag.tsv" 2>/dev/null | awk -F'\t' '$1 !~ /^#/ { print $1, $2, $3 }'; }

# First moment at or after FROM_MS when a group's committed lag was 0 (column 2 storage, 3 analytics).
lag_zero_at() { awk -F'\t' -v from="$1" -v col="$2" '$1 !~ /^#/ && $1 >= from && $col == 0 { print $1; exit }' "$OUT/lag.tsv"; }

# Publishes one run of readings with the device simulator and accounts for them. KIND is "scale" (unpaced:
# as fast as the pipeline absorbs them) or "paced" (at OFFERED readings/s, ts = the time each is due).
# Appends to runs.tsv and processes.tsv.
run_pipeline() { # NAME KIND FIRST_WELL WELLS COUNT OFFERED SEALED_CSV [SIMULATOR ARGS...]
  local name=$1 kind=$2 first=$3 wells=$4 count=$5 offered=$6 sealed=$7
  shift 7
  local dir=$OUT/runs/$name
  mkdir -p "$dir"
  local seq0 expected=$((wells * count)) ingest_pid analytics_pid mq_pid kf_pid
  seq0=$(now_us)
  ingest_pid=$(service_pid "$INGEST_NAME")
  analytics_pid=$(service_pid "$ANALYTICS_NAME")
  mq_pid=$(<"$WELLWATCH_HOME/mosquitto/mosquitto.pid")
  kf_pid=$(<"$WELLWATCH_HOME/kafka/kafka.pid")

  local -a c0 c1 args
  read -r -a c0 <<<"$(pipeline_counters)"
  local pg_pids m0 m1 sampler t_launch
  pg_pids=$(postgres_pids | tr '\n' ' ')
  cpu_snapshot "$dir/cpu.before"
  m0=$(machine_jiffies)
  reset_peak_rss "$ingest_pid"
  reset_peak_rss "$analytics_pid"
  rss_sampler "$dir/rss.peak" "$mq_pid" "$kf_pid" "$ingest_pid" "$analytics_pid" &
  sampler=$!
  BENCH_CHILDREN+=("$sampler")

  args=(--wells "$wells" --first-well "$first" --count "$count" --start-seq "$seq0" --seed 1
    --connections "$SIM_CONNECTIONS" --client-id-prefix "wellwatch-bench-$name" --report-every 5s)
  [[ -n $sealed ]] && args+=(--scenario "sealed-pumping=$sealed")
  args+=("$@")
  log "run $name: $wells wells x $count = $expected readings${offered:+ at $offered/s offered} (seq from $seq0)"
  echo "java -jar $SIMULATOR_JAR ${args[*]}" >"$dir/simulator.cmd"
  t_launch=$(now_ms)
  /usr/bin/time -f '%e %U %S %M' -o "$dir/simulator.time" java -jar "$SIMULATOR_JAR" "${args[@]}" \
    >"$dir/simulator.out" 2> >(stamp_lines >"$dir/simulator.err") &
  local sim=$! sim_java="" summary="" acked="" t_acked="" t_stored="" t_analysed="" deadline="" now last_log=0
  BENCH_CHILDREN+=("$sim")

  echo "# epoch_ms received published stored duplicates dead_lettered analyzed findings mqtt_in_flight" >"$dir/progress.tsv"
  while :; do
    now=$(now_ms)
    read -r -a c1 <<<"$(pipeline_counters)"
    echo "$now ${c1[*]}" >>"$dir/progress.tsv"
    [[ -z $sim_java ]] && sim_java=$(pgrep -P "$sim" java || true)
    if [[ -z $summary ]] && ! kill -0 "$sim" 2>/dev/null; then
      wait "$sim" || warn "run $name: simulator exited with status $? (see $dir/simulator.err)"
      summary=$(tail -n 1 "$dir/simulator.out")
      acked=$(json_field "$summary" acked)
      [[ -n $acked ]] || die "run $name: the simulator printed no summary: $(tail -n 3 "$dir/simulator.err")"
      deadline=$((now + 60000 + acked / 4))
      log "run $name: simulator done: $summary"
    fi
    if [[ -n $summary ]]; then
      [[ -z $t_stored ]] && ((c1[2] - c0[2] + c1[3] - c0[3] >= acked)) && t_stored=$now
      [[ -z $t_analysed ]] && ((c1[5] - c0[5] >= acked)) && t_analysed=$now
      [[ -n $t_stored && -n $t_analysed ]] && break
      ((now > deadline)) && { warn "run $name: not everything stored/analysed $(((now - t_launch) / 1000)) s after the start; accounting what is there"; break; }
    fi
    if ((now - last_log >= 5000)); then
      ((last_log > 0)) && log "run $name: received $((c1[0] - c0[0])), stored $((c1[2] - c0[2])), analysed $((c1[5] - c0[5])) of $expected; ingest holds ${c1[7]} unacknowledged"
      last_log=$now
    fi
    sleep 0.5
  done

  # Committed offsets catch up last (analytics commits every 5 s): wait for both groups' lag to reach 0.
  local lag_deadline=$(($(now_ms) + 20000)) l
  while :; do
    read -r -a l <<<"$(latest_lag)"
    [[ ${l[1]:-x} == 0 && ${l[2]:-x} == 0 && ${l[0]:-0} -gt ${t_analysed:-0} ]] && break
    (($(now_ms) > lag_deadline)) && { warn "run $name: consumer lag not back to 0 within 20 s (storage ${l[1]:-?}, analytics ${l[2]:-?})"; break; }
    sleep 0.25
  done
  local t_end
  t_end=$(now_ms)
  m1=$(machine_jiffies)
  cpu_snapshot "$dir/cpu.after"
  read -r -a c1 <<<"$(pipeline_counters)"
  pg_pids="$pg_pids $(postgres_pids | tr '\n' ' ')"
  local hwm_ingest hwm_analytics
  hwm_ingest=$(proc_status_kb "$ingest_pid" VmHWM)
  hwm_analytics=$(proc_status_kb "$analytics_pid" VmHWM)
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  if [[ $kind == warmup ]]; then
    log "run $name: done in $(secs_between "$t_launch" "$t_end") s"
    return 0
  fi
  account_run "$name" "$kind" "$first" "$wells" "$count" "$offered" "$sealed" "$seq0"
}

# ---------------------------------------------------------------- accounting

# Turns what run_pipeline collected (its local variables: dir, t_launch, t_end, summary, c0, c1, m0, m1,
# pids, hwm_*) and the run's rows in the database into a line of runs.tsv and lines of processes.tsv.
account_run() { # NAME KIND FIRST_WELL WELLS COUNT OFFERED SEALED_CSV SEQ0
  local name=$1 kind=$2 first=$3 wells=$4 count=$5 offered=$6 sealed=$7 seq0=$8
  local t0 sent failed secs rate t_acked
  t0=$(grep -m 1 -E '^[0-9]+ device-simulator: [0-9]+ wells' "$dir/simulator.err" | cut -d' ' -f1)
  [[ -n $t0 ]] || t0=$t_launch
  sent=$(json_field "$summary" sent)
  failed=$(json_field "$summary" failed)
  secs=$(json_field "$summary" seconds)
  rate=$(json_field "$summary" ratePerSec)
  t_acked=$(calc "$t0 + $secs * 1000" '%.0f')

  local -a db
  IFS='|' read -r -a db <<<"$(run_rows "$(well_id "$first")" "$(well_id $((first + wells - 1)))" "$seq0" "$count" \
    "$([[ $kind == paced ]] && echo "$t0" || echo 0)")"
  local rows=${db[0]:-0} stored=${db[1]:-0} missing duplicated e2e_s e2e_rate sustained=""
  missing=$((sent - stored < 0 ? 0 : sent - stored))
  duplicated=$((rows - stored))
  e2e_s=$(secs_between "$t0" "${db[3]:-}")
  e2e_rate=$([[ -n $e2e_s ]] && calc "$stored / $e2e_s" '%.0f' || echo "")
  if [[ -n ${db[4]:-} && -n ${db[5]:-} ]] && ((db[5] > db[4])); then
    sustained=$(calc "0.8 * $stored / ((${db[5]} - ${db[4]}) / 1000)" '%.0f')
  fi
  local p50="" p95="" p99="" pmax="" basis="-"
  if [[ $kind == paced ]]; then
    p50=${db[6]:-} p95=${db[7]:-} p99=${db[8]:-} pmax=${db[9]:-} basis="stored_at - ts"
  fi

  # Alerts of the run's sealed wells: since the reading's ts (paced) or since the first publish (scale).
  local alerts="" a_p50="" a_max=""
  if [[ -n $sealed ]]; then
    local -a wells_sealed
    IFS=, read -r -a wells_sealed <<<"$sealed"
    alerts_of "${wells_sealed[@]}" >"$dir/alerts.tsv"
    local since_col=0
    [[ $kind == paced ]] && since_col=2
    read -r alerts a_p50 a_max < <(awk -F'\t' -v t0="$t0" -v col="$since_col" '{ print $1 - (col == 2 ? $2 : t0) }' "$dir/alerts.tsv" |
      sort -n | awk '{ d[NR] = $1 } END { if (NR) printf "%d %d %d\n", NR, d[int((NR + 1) / 2)], d[NR]; else print 0 }')
  fi

  local wall busy_s busy_pct
  wall=$(secs_between "$t_launch" "$t_end")
  read -r -a mj0 <<<"$m0"
  read -r -a mj1 <<<"$m1"
  busy_s=$(calc "(${mj1[0]} - ${mj0[0]}) / $CLK_TCK" '%.2f')
  busy_pct=$(calc "100 * (${mj1[0]} - ${mj0[0]}) / (${mj1[1]} - ${mj0[1]})" '%.0f')

  # Per process: CPU seconds over the run and peak RSS.
  local per=$stored sim_u sim_s sim_m ours=0
  ((per > 0)) || per=1
  read -r _ sim_u sim_s sim_m <"$dir/simulator.time" || true # elapsed user system maxrss_kb
  add_proc() { # PROCESS CPU_S PEAK_RSS_KB NOTE [GC_PAUSE_S HEAP_AFTER_GC_MB]
    local rss_mb=""
    [[ -n $3 && $3 != 0 ]] && rss_mb=$(calc "$3 / 1024" '%.0f')
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$1" "$2" "$(calc "$2 / $wall" '%.2f')" "$(calc "$2 * 1000000 / $per" '%.0f')" \
      "$rss_mb" "${5:-}" "${6:-}" "$4" >>"$OUT/processes.tsv"
    ours=$(calc "$ours + $2" '%.2f')
  }
  local peak_mq peak_kf
  peak_mq=$(awk -v p="$mq_pid" '$1 == p { print $2 }' "$dir/rss.peak" 2>/dev/null)
  peak_kf=$(awk -v p="$kf_pid" '$1 == p { print $2 }' "$dir/rss.peak" 2>/dev/null)
  local gc_i gc_a
  read -r -a gc_i <<<"$(gc_stats "$INGEST_NAME" "$t_launch" "$t_end")"
  read -r -a gc_a <<<"$(gc_stats "$ANALYTICS_NAME" "$t_launch" "$t_end")"
  add_proc ingest "$(cpu_of_pids "$dir/cpu.before" "$dir/cpu.after" "$ingest_pid")" "$hwm_ingest" "RSS: VmHWM (reset at run start)" \
    "${gc_i[0]:-}" "${gc_i[1]:-}"
  add_proc analytics "$(cpu_of_pids "$dir/cpu.before" "$dir/cpu.after" "$analytics_pid")" "$hwm_analytics" "RSS: VmHWM (reset at run start)" \
    "${gc_a[0]:-}" "${gc_a[1]:-}"
  # Mosquitto and Kafka belong to the shared infrastructure: someone's 'infra.sh up' may restart them.
  local infra_name infra_pid infra_peak
  for infra_name in mosquitto kafka; do
    if [[ $infra_name == mosquitto ]]; then infra_pid=$mq_pid infra_peak=${peak_mq:-}; else infra_pid=$kf_pid infra_peak=${peak_kf:-}; fi
    if [[ -d /proc/$infra_pid ]]; then
      add_proc "$infra_name" "$(cpu_of_pids "$dir/cpu.before" "$dir/cpu.after" "$infra_pid")" "$infra_peak" "RSS: VmRSS sampled every 0.5 s"
    else
      warn "run $name: $infra_name (pid $infra_pid) was restarted during the run: its CPU time is unknown"
      printf '%s\t%s\t\t\t\t\t\t\t%s\n' "$name" "$infra_name" "restarted during the run (someone's infra.sh up): CPU unknown" >>"$OUT/processes.tsv"
    fi
  done
  local -a pg
  mapfile -t pg < <(tr ' ' '\n' <<<"$pg_pids" | grep . | sort -u)
  add_proc postgres "$(cpu_of_pids "$dir/cpu.before" "$dir/cpu.after" "${pg[@]}")" "" \
    "bench-database backends + server background processes"
  add_proc simulator "$(calc "${sim_u:-0} + ${sim_s:-0}" '%.2f')" "${sim_m:-}" "RSS: getrusage maxrss (/usr/bin/time)"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "pipeline total" "$ours" "$(calc "$ours / $wall" '%.2f')" \
    "$(calc "$ours * 1000000 / $per" '%.0f')" "" "" "" "the six above" >>"$OUT/processes.tsv"
  local rest top
  rest=$(calc "$busy_s - $ours" '%.2f')
  # shellcheck disable=SC2086 # pid list
  top=$(cpu_between "$dir/cpu.before" "$dir/cpu.after" "$ingest_pid" "$analytics_pid" "$mq_pid" "$kf_pid" "${sim_java:-0}" $pg_pids |
    awk -F'\t' 'NR <= 3 { printf "%s%s %ss", (NR > 1 ? ", " : ""), $3, $1 }')
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "everything else" "$rest" "$(calc "$rest / $wall" '%.2f')" \
    "$(calc "$rest * 1000000 / $per" '%.0f')" "" "" "" "machine busy - the above; top: ${top:-none}" >>"$OUT/processes.tsv"

  local per_reading
  per_reading=$(calc "$ours * 1000000 / $per" '%.0f')
  local st_lag an_lag t
  t=$(lag_zero_at "$t_acked" 2)
  st_lag=$(secs_between "$t_acked" "$t")
  t=$(lag_zero_at "$t_acked" 3)
  an_lag=$(secs_between "$t_acked" "$t")
  local on_kafka
  t=$(awk -v base="${c0[1]}" -v n="${acked:-0}" '$1 !~ /^#/ && $3 - base >= n { print $1; exit }' "$dir/progress.tsv")
  on_kafka=$(secs_between "$t0" "$t")
  local row=(
    "$name" "$kind" "$wells" "$count" "$((wells * count))" "${offered:-}" "$sent" "$(json_field "$summary" acked)" "$failed"
    "$stored" "$missing" "$duplicated" "$((c1[3] - c0[3]))" "$((c1[4] - c0[4]))" "$secs" "$rate" "$e2e_s" "$e2e_rate"
    "$sustained" "$(secs_between "$t0" "${t_analysed:-}")" "$st_lag" "$an_lag" "$basis" "$p50" "$p95" "$p99" "$pmax"
    "${alerts:-}" "${a_p50:-}" "${a_max:-}" "$wall" "$busy_pct" "$per_reading" "$((c1[0] - c0[0]))" "$on_kafka"
    "$((c1[2] - c0[2] + c1[3] - c0[3] - stored))")
  (IFS=$'\t'; echo "${row[*]}") >>"$OUT/runs.tsv"
  log "run $name: stored $stored of $sent (missing $missing, duplicated $duplicated); e2e ${e2e_rate:-?}/s, sustained ${sustained:-?}/s," \
    "publish ${rate}/s${p99:+, p99 stored_at-ts $p99 ms}; machine busy $busy_pct %"
}
