# shellcheck shell=bash
# Raw ceilings, measured in the same run as the pipeline, on the same machine and infrastructure:
#   MQTT  QoS 1 publish -> subscribe through our Mosquitto (wellwatch.simulator.bench.MqttCeiling)
#   Kafka produce, acks=all, record of a reading's size (org.apache.kafka.tools.ProducerPerformance)
#   PostgreSQL COPY into a table shaped like telemetry.reading, and the storage writer's own SQL path
#   (COPY into a temp table + INSERT ... ON CONFLICT DO NOTHING into telemetry.reading, 10,000 rows a batch)
# Each appends a line to $OUT/ceilings.tsv: name, what, items, seconds, rate_per_s, note.

READING_COLUMNS="well_id, device_id, seq, ts, volume_m3, flow_m3h, level_m, pump_on, power_kw, energy_kwh, alarms"

kafka_tool() { java -cp "$WELLWATCH_HOME/kafka/lib/*" "$@"; }

add_ceiling() { printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >>"$OUT/ceilings.tsv"; }

ceiling_mqtt() { # MESSAGES CONNECTIONS
  log "ceiling: MQTT QoS 1, $1 readings-sized messages, $2 publishing connection(s) -> 1 subscriber"
  local out=$OUT/ceiling-mqtt
  /usr/bin/time -f '%e %U %S %M' -o "$out.time" \
    java -cp "$SIMULATOR_JAR" wellwatch.simulator.bench.MqttCeiling --messages "$1" --connections "$2" \
    >"$out.out" 2>"$out.err" || warn "MqttCeiling exited with status $? (see $out.err)"
  local summary rate secs received bytes
  summary=$(tail -n 1 "$out.out")
  rate=$(json_field "$summary" ratePerSec)
  secs=$(json_field "$summary" seconds)
  received=$(json_field "$summary" received)
  bytes=$(json_field "$summary" payloadBytes)
  MQTT_CEILING=${rate:-0}
  add_ceiling mqtt "MQTT QoS 1 publish->subscribe (Paho, gateway -> ingest account)" "${received:-0}" "${secs:-}" "$MQTT_CEILING" \
    "${bytes:-?} B payload; $2 publisher connection(s), window 1000; subscriber receive maximum 1000; auto-ack"
  log "ceiling: MQTT ${MQTT_CEILING}/s (${received:-0} received in ${secs:-?} s)"
}

ceiling_kafka() { # RECORDS RECORD_SIZE
  local topic=wellwatch.bench.scratch.$RUN_ID out=$OUT/ceiling-kafka
  log "ceiling: Kafka produce acks=all, $1 records of $2 B to scratch topic $topic (6 partitions)"
  kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" --create --topic "$topic" \
    --partitions 6 --replication-factor 1 >"$out.topic" 2>&1 || { warn "could not create $topic: $(tail -n 2 "$out.topic")"; return 0; }
  SCRATCH_TOPIC=$topic
  kafka_tool org.apache.kafka.tools.ProducerPerformance --topic "$topic" --num-records "$1" --record-size "$2" \
    --throughput -1 --producer-props bootstrap.servers="$KAFKA_BOOTSTRAP_SERVERS" acks=all enable.idempotence=true \
    linger.ms=5 batch.size=262144 >"$out.out" 2>"$out.err" || warn "ProducerPerformance failed (see $out.err)"
  delete_scratch_topic
  local last rate
  last=$(grep 'records sent' "$out.out" | tail -n 1)
  rate=$(sed -n 's/.* records sent, \([0-9.]*\) records\/sec.*/\1/p' <<<"$last")
  KAFKA_CEILING=${rate:-0}
  add_ceiling kafka "Kafka produce acks=all, idempotent (ProducerPerformance)" "$1" \
    "$(calc "$1 / ${rate:-1}" '%.3f')" "$KAFKA_CEILING" "$2 B records; linger.ms=5 batch.size=256k as ingest; ${last#*, }"
  log "ceiling: Kafka ${KAFKA_CEILING}/s"
}

delete_scratch_topic() {
  [[ -n ${SCRATCH_TOPIC:-} ]] || return 0
  kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" --delete --topic "$SCRATCH_TOPIC" \
    >/dev/null 2>&1 || warn "could not delete scratch topic $SCRATCH_TOPIC"
  SCRATCH_TOPIC=
}

# ROWS lines in COPY text format, shaped like the readings the simulator sends (ids B000000...: outside the
# W range every run is counted in).
copy_file() { # FILE ROWS
  awk -v n="$2" -v hour="$(date -u -d '-1 hour' +%Y-%m-%dT%H:)" 'BEGIN {
    srand(7)
    for (i = 0; i < n; i++) {
      w = sprintf("B%06d", i % 100000)
      on = (i % 10) < 3
      p = on ? 7.5 + rand() : 0
      ts = sprintf("%s%02d:%02d.%03dZ", hour, int(i / 60000) % 60, int(i / 1000) % 60, i % 1000)
      printf "%s\tRTU-%s\t%d\t%s\t%.3f\t%.2f\t%.2f\t%s\t%.2f\t%.3f\t{}\n", w, w, 1000000 + i, ts,
        100000 + i * 0.01, p * 4, 30 + rand(), on ? "t" : "f", p, 20000 + i * 0.001
    }
  }' >"$1"
}

ceiling_copy() { # ROWS
  local rows=$1 file=$OUT/ceiling-copy.tsv t0 t1
  log "ceiling: PostgreSQL, $rows rows: COPY into a copy of telemetry.reading, then the storage writer's SQL path"
  copy_file "$file" "$rows"
  bench_psql -c "CREATE TABLE public.bench_copy_ceiling (LIKE telemetry.reading INCLUDING ALL)"
  t0=$(now_ms)
  bench_psql -c "\\copy public.bench_copy_ceiling ($READING_COLUMNS) FROM '$file'"
  t1=$(now_ms)
  COPY_CEILING=$(calc "$rows / (($t1 - $t0) / 1000)" '%.0f')
  add_ceiling copy "PostgreSQL COPY into (LIKE telemetry.reading INCLUDING ALL)" "$rows" "$(secs_between "$t0" "$t1")" \
    "$COPY_CEILING" "psql \\copy, one transaction, table with the primary key (well_id, ts, device_id, seq), not partitioned"
  log "ceiling: COPY ${COPY_CEILING} rows/s"
  bench_psql -c "DROP TABLE public.bench_copy_ceiling"

  # The storage writer's statements, batch by batch, into the real (partitioned) table.
  local dir=$OUT/ceiling-copy-batches script=$OUT/ceiling-upsert.sql part
  mkdir -p "$dir"
  split -l 10000 -a 4 "$file" "$dir/b."
  {
    echo "CREATE TEMP TABLE reading_staging (LIKE telemetry.reading INCLUDING DEFAULTS) ON COMMIT DELETE ROWS;"
    for part in "$dir"/b.*; do
      echo "BEGIN;"
      echo "\\copy reading_staging ($READING_COLUMNS) FROM '$part'"
      echo "INSERT INTO telemetry.reading ($READING_COLUMNS) SELECT $READING_COLUMNS FROM reading_staging ON CONFLICT DO NOTHING;"
      echo "COMMIT;"
    done
  } >"$script"
  t0=$(now_ms)
  bench_psql -f "$script" >/dev/null
  t1=$(now_ms)
  UPSERT_CEILING=$(calc "$rows / (($t1 - $t0) / 1000)" '%.0f')
  add_ceiling upsert "PostgreSQL storage-writer SQL: COPY to temp + INSERT ON CONFLICT DO NOTHING, 10k/batch" "$rows" \
    "$(secs_between "$t0" "$t1")" "$UPSERT_CEILING" "into telemetry.reading (monthly partitions), one transaction per batch, as ReadingStore"
  log "ceiling: storage-writer SQL path ${UPSERT_CEILING} rows/s"
  rm -rf "$dir" "$file"
}
