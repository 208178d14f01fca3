# shellcheck shell=bash
# The bench's results: tab-separated tables in $OUT (each with a header line), printed as text tables and
# written as bench.json and one CSV per table.

TABLES=(services ceilings runs processes ratios targets)

write_headers() {
  printf '%s\n' "mode	service	start_to_ready_s	quarkus_started_s	rss_after_start_mb	note" >"$OUT/services.tsv"
  printf '%s\n' "name	what	items	seconds	rate_per_s	note" >"$OUT/ceilings.tsv"
  printf '%s\n' "run	kind	wells	count	readings	offered_per_s	sent	acked	failed	stored	missing	duplicated	redelivered	dead_lettered	publish_s	publish_rate	e2e_s	e2e_rate	sustained_stored_rate	analysed_s	storage_lag0_after_burst_s	analytics_lag0_after_burst_s	latency_basis	p50_ms	p95_ms	p99_ms	max_ms	alerts	alert_p50_ms	alert_max_ms	wall_s	machine_busy_pct	pipeline_cpu_us_per_reading	mqtt_received	on_kafka_s	foreign_records" >"$OUT/runs.tsv"
  printf '%s\n' "run	process	cpu_s	cores	cpu_us_per_reading	peak_rss_mb	gc_pause_s	heap_after_gc_max_mb	note" >"$OUT/processes.tsv"
  printf '%s\n' "ratio	value	numerator	denominator" >"$OUT/ratios.tsv"
  printf '%s\n' "target	required	measured	met" >"$OUT/targets.tsv"
}

# A column of a TSV table by header name, for the rows whose first column matches (awk regex).
tsv_get() { # TABLE COLUMN ROW_REGEX
  awk -F'\t' -v col="$2" -v re="$3" 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == col) c = i; next } $1 ~ re { print $c }' "$OUT/$1.tsv"
}

# ---------------------------------------------------------------- derived tables

write_ratios() {
  local mqtt=${MQTT_CEILING:-0} copy=${COPY_CEILING:-0} upsert=${UPSERT_CEILING:-0} kafka=${KAFKA_CEILING:-0}
  awk -F'\t' -v mqtt="$mqtt" -v copy="$copy" -v upsert="$upsert" -v kafka="$kafka" 'NR > 1 && $2 == "scale" {
      r = $1
      if (mqtt > 0 && $18 != "") printf "%s: end-to-end rate / MQTT ceiling\t%.2f\t%s\t%s\n", r, $18 / mqtt, $18, mqtt
      if (mqtt > 0 && $16 != "") printf "%s: publish (ack) rate / MQTT ceiling\t%.2f\t%s\t%s\n", r, $16 / mqtt, $16, mqtt
      if (kafka > 0 && $16 != "") printf "%s: publish (ack) rate / Kafka produce ceiling\t%.2f\t%s\t%s\n", r, $16 / kafka, $16, kafka
      if (copy > 0 && $19 != "") printf "%s: sustained storage rate / COPY ceiling\t%.2f\t%s\t%s\n", r, $19 / copy, $19, copy
      if (upsert > 0 && $19 != "") printf "%s: sustained storage rate / storage-writer SQL ceiling\t%.2f\t%s\t%s\n", r, $19 / upsert, $19, upsert
    }' "$OUT/runs.tsv" >>"$OUT/ratios.tsv"
}

add_target() { printf '%s\t%s\t%s\t%s\n' "$@" >>"$OUT/targets.tsv"; }

write_targets() {
  local best best_run
  read -r best best_run < <(awk -F'\t' 'NR > 1 && $2 == "scale" && $19 + 0 > b { b = $19 + 0; r = $1 } END { print b + 0, r }' "$OUT/runs.tsv")
  add_target "sustained end-to-end rate" ">= 20000 readings/s" "$best/s stored ($best_run, p10-p90 of stored_at)" \
    "$( ((best >= 20000)) && echo yes || echo no)"

  local burst
  burst=$(awk -F'\t' -v OFS='|' 'NR > 1 && $2 == "scale" && $4 == 1 && $3 >= 1000000 { print $5, $3, $35, $17, $20, $11, $12, $22; exit }' "$OUT/runs.tsv")
  if [[ -n $burst ]]; then
    local readings wells absorbed stored_s analysed_s missing dup lag0
    IFS='|' read -r readings wells absorbed stored_s analysed_s missing dup lag0 <<<"$burst"
    add_target "burst of $readings readings from $wells wells" "absorbed, stored and analysed <= 60 s, 0 lost, 0 doubled" \
      "on Kafka ${absorbed:-?} s, stored ${stored_s:-?} s, analysed ${analysed_s:-?} s after the first publish; missing $missing, duplicated $dup" \
      "$(awk -v a="$absorbed" -v s="$stored_s" -v z="$analysed_s" -v m="$missing" -v d="$dup" \
        'BEGIN { print (a != "" && s != "" && z != "" && a <= 60 && s <= 60 && z <= 60 && m == 0 && d == 0) ? "yes" : "no" }')"
    add_target "analytics lag after the burst" "back to 0 within 5 s" \
      "committed lag 0 at ${lag0:-never} s after the last publish was acknowledged (analytics commits offsets every 5 s)" \
      "$(awk -v s="$lag0" 'BEGIN { print (s != "" && s <= 5) ? "yes" : "no" }')"
  else
    add_target "burst of 1,000,000 readings from 1,000,000 wells" "absorbed, stored and analysed <= 60 s, 0 lost, 0 doubled" \
      "not run in this profile (./wellwatch bench --full)" "-"
    local last_run last_lag
    IFS='|' read -r last_run last_lag < <(awk -F'\t' -v OFS='|' 'NR > 1 && $2 == "scale" { r = $1; l = $22 } END { print r, l }' "$OUT/runs.tsv")
    add_target "analytics lag after a run" "back to 0 within 5 s" \
      "$last_run: committed lag 0 at ${last_lag:-never} s after the last acknowledgement" \
      "$(awk -v s="$last_lag" 'BEGIN { print (s != "" && s <= 5) ? "yes" : "no" }')"
  fi

  local half
  half=$(awk -F'\t' -v OFS='|' 'NR > 1 && $1 ~ /^paced-50/ { print $6, $26, $1; exit }' "$OUT/runs.tsv")
  if [[ -n $half ]]; then
    local offered p99 run
    IFS='|' read -r offered p99 run <<<"$half"
    add_target "p99 publish->stored at half the sustained max" "<= 1000 ms" "$p99 ms at $offered readings/s offered ($run)" \
      "$(awk -v p="$p99" 'BEGIN { print (p != "" && p <= 1000) ? "yes" : "no" }')"
  fi
  local lost
  lost=$(awk -F'\t' 'NR > 1 { m += $11; d += $12 } END { printf "missing %d, duplicated %d", m, d }' "$OUT/runs.tsv")
  add_target "nothing lost or doubled, every run" "0 and 0" "$lost" "$([[ $lost == "missing 0, duplicated 0" ]] && echo yes || echo no)"
}

# ---------------------------------------------------------------- output

# Prints a TSV as an aligned text table (empty cells as "-"), keeping only the named columns.
print_table() { # TABLE TITLE [COLUMN...]
  local table=$1 title=$2
  shift 2
  printf '\n== %s\n' "$title"
  awk -F'\t' -v OFS='\t' -v cols="$*" 'NR == 1 {
      n = split(cols, want, " ")
      if (n == 0) for (i = 1; i <= NF; i++) { want[i] = $i; n = NF }
      for (i = 1; i <= NF; i++) idx[$i] = i
    }
    { line = ""; for (j = 1; j <= n; j++) { v = $(idx[want[j]]); if (v == "") v = "-"; line = line (j > 1 ? OFS : "") v }; print line }' \
    "$OUT/$table.tsv" | column -t -s $'\t'
}

# The same selection as print_table, as a Markdown table (for docs/performance.md).
md_table() { # TABLE TITLE [COLUMN...]
  local table=$1 title=$2
  shift 2
  printf '\n**%s**\n\n' "$title"
  awk -F'\t' -v cols="$*" 'NR == 1 {
      n = split(cols, want, " ")
      if (n == 0) for (i = 1; i <= NF; i++) { want[i] = $i; n = NF }
      for (i = 1; i <= NF; i++) idx[$i] = i
    }
    { line = "|"; for (j = 1; j <= n; j++) { v = $(idx[want[j]]); if (v == "") v = "-"; gsub(/\|/, "/", v); line = line " " v " |" }; print line
      if (NR == 1) { line = "|"; for (j = 1; j <= n; j++) line = line " --- |"; print line } }' "$OUT/$table.tsv"
}

write_markdown() {
  {
    printf 'WellWatch bench %s (%s, %s profile, %s s): %s. Code: %s.\n' "$RUN_ID" "$MODE" "$PROFILE" "$((SECONDS - BENCH_T0))" "$MACHINE" "$CODE"
    md_table services "Services: process start -> ready" mode service start_to_ready_s quarkus_started_s rss_after_start_mb note
    md_table ceilings "Raw ceilings" name items seconds rate_per_s what
    md_table runs "Runs: throughput and accounting (readings/s; s from the first publish)" \
      run wells count sent stored missing duplicated foreign_records publish_rate e2e_rate sustained_stored_rate on_kafka_s e2e_s analysed_s analytics_lag0_after_burst_s
    md_table runs "Runs: latency (ms) and cost" \
      run offered_per_s p50_ms p95_ms p99_ms max_ms alerts alert_p50_ms alert_max_ms machine_busy_pct pipeline_cpu_us_per_reading wall_s
    md_table processes "Processes per run" run process cpu_s cores cpu_us_per_reading peak_rss_mb gc_pause_s heap_after_gc_max_mb
    md_table ratios "Ratios"
    md_table targets "Targets"
    printf '\nOther processes with >= 5 CPU s during the bench: %s\n' "${OTHER_CPU:-none}"
  } >"$OUT/summary.md"
}

print_report() {
  printf '\nWellWatch bench %s (%s, %s profile) on %s\nCode: %s\n' "$RUN_ID" "$MODE" "$PROFILE" "$MACHINE" "$CODE"
  print_table services "Services: process start -> ready, RSS just after" mode service start_to_ready_s quarkus_started_s rss_after_start_mb note
  print_table ceilings "Raw ceilings (same machine, same run)" name items seconds rate_per_s what
  print_table runs "Runs: throughput and accounting (rates in readings/s; times in s from the first publish)" \
    run wells count sent acked stored missing duplicated redelivered foreign_records publish_rate e2e_rate sustained_stored_rate publish_s on_kafka_s e2e_s analysed_s analytics_lag0_after_burst_s
  print_table runs "Runs: latency (ms) and cost" \
    run offered_per_s latency_basis p50_ms p95_ms p99_ms max_ms alerts alert_p50_ms alert_max_ms machine_busy_pct pipeline_cpu_us_per_reading wall_s
  print_table processes "Processes per run (cpu_us_per_reading = CPU time / stored readings)" run process cpu_s cores cpu_us_per_reading peak_rss_mb gc_pause_s heap_after_gc_max_mb
  print_table ratios "Ratios"
  print_table targets "Targets"
  printf '\nResults: %s (bench.json, *.csv, summary.txt, logs)\n' "$OUT"
}

# TSV (header + rows) -> JSON array of objects; numbers stay numbers, empty cells are null.
tsv_to_json() {
  awk -F'\t' 'function q(s) { gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s); gsub(/\t/, " ", s); return "\"" s "\"" }
    function v(s) { if (s == "") return "null"; if (s ~ /^-?[0-9]+(\.[0-9]+)?$/ && s !~ /^-?0[0-9]/) return s; return q(s) }
    NR == 1 { for (i = 1; i <= NF; i++) h[i] = $i; n = NF; printf "["; next }
    { printf "%s\n  {", (NR > 2 ? "," : ""); for (i = 1; i <= n; i++) printf "%s%s: %s", (i > 1 ? ", " : ""), q(h[i]), v($i); printf "}" }
    END { if (NR <= 1) printf "["; printf "]" }' "$1"
}

tsv_to_csv() {
  awk -F'\t' '{ for (i = 1; i <= NF; i++) { s = $i; if (s ~ /[",\n]/) { gsub(/"/, "\"\"", s); s = "\"" s "\"" }; printf "%s%s", (i > 1 ? "," : ""), s }; print "" }' "$1"
}

write_outputs() {
  local t first=1
  {
    printf '{\n"bench": {"id": "%s", "mode": "%s", "profile": "%s", "options": "%s", "started": "%s", "duration_s": %s, "code": "%s"},\n' \
      "$RUN_ID" "$MODE" "$PROFILE" "$BENCH_ARGS" "$STARTED_ISO" "$((SECONDS - BENCH_T0))" "$CODE"
    printf '"machine": {"summary": "%s", "cores": %s, "mem_gib": %s, "cpu": "%s", "kernel": "%s", "load_at_start": "%s", "other_cpu_during_bench": "%s"},\n' \
      "$MACHINE" "$(nproc)" "$MEM_GIB" "$CPU_MODEL" "$(uname -r)" "$LOAD_AT_START" "${OTHER_CPU:-}"
    for t in "${TABLES[@]}"; do
      ((first)) || printf ',\n'
      first=0
      printf '"%s": ' "$t"
      tsv_to_json "$OUT/$t.tsv"
    done
    printf '\n}\n'
  } >"$OUT/bench.json"
  for t in "${TABLES[@]}"; do tsv_to_csv "$OUT/$t.tsv" >"$OUT/$t.csv"; done
}

# Native figures beside the JVM figures of an earlier result directory (same table layout).
print_native_comparison() { # JVM_RESULT_DIR
  local jvm=$1
  printf '\n== Native beside JVM (JVM figures from %s)\n' "$(readlink -f "$jvm")"
  {
    printf 'service\tJVM start->ready s\tnative start->ready s\tJVM RSS after start MB\tnative RSS after start MB\n'
    awk -F'\t' -v OFS='\t' 'FNR == 1 { next } NR == FNR { k = $2 "#" (++j[$2]); s[k] = $3; r[k] = $5; next }
      { k = $2 "#" (++n[$2]); print $2 " #" n[$2], (k in s ? s[k] : "-"), $3, (k in r ? r[k] : "-"), $5 }' \
      "$jvm/services.tsv" "$OUT/services.tsv"
  } | column -t -s $'\t'
  echo
  {
    printf 'run\tprocess\tJVM peak RSS MB\tnative peak RSS MB\tJVM CPU us/reading\tnative CPU us/reading\n'
    awk -F'\t' -v OFS='\t' 'FNR == 1 { next } NR == FNR { k = $1 "/" $2; r[k] = $6; c[k] = $5; next }
      $2 == "ingest" || $2 == "analytics" { k = $1 "/" $2; print $1, $2, (k in r && r[k] != "" ? r[k] : "-"), ($6 == "" ? "-" : $6), (k in c ? c[k] : "-"), $5 }' \
      "$jvm/processes.tsv" "$OUT/processes.tsv"
  } | column -t -s $'\t'
  echo
  {
    printf 'run\tJVM sustained/s\tnative sustained/s\tJVM p99 ms\tnative p99 ms\n'
    awk -F'\t' -v OFS='\t' 'function d(v) { return v == "" ? "-" : v }
      FNR == 1 { next } NR == FNR { s[$1] = $19; p[$1] = $26; next }
      { print $1, d(s[$1]), d($19), d(p[$1]), d($26) }' "$jvm/runs.tsv" "$OUT/runs.tsv"
  } | column -t -s $'\t'
}
