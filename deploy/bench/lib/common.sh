# shellcheck shell=bash
# Logging, clocks and small number helpers for deploy/bench/bench.sh.

log() { printf '%s \033[1m[bench]\033[0m %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
warn() { printf '%s \033[1;33m[bench] warning:\033[0m %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { printf '%s \033[1;31m[bench] error:\033[0m %s\n' "$(date +%H:%M:%S)" "$*" >&2; exit 1; }

# Wall clock in milliseconds / microseconds, without forking (bash 5).
now_ms() { local t=${EPOCHREALTIME/[.,]/}; echo $((t / 1000)); }
now_us() { echo "${EPOCHREALTIME/[.,]/}"; }

# Floating-point arithmetic: calc '<awk expression>' [printf format], e.g. calc '3 / 7' '%.3f'.
calc() { awk "BEGIN { v = $1; printf \"${2:-%.6g}\", v }"; }

# Seconds between two epoch-millisecond stamps, or "" when either is empty.
secs_between() { [[ -n ${1:-} && -n ${2:-} ]] && calc "($2 - $1) / 1000" '%.3f' || echo ""; }

# Stamps every line read on stdin with the epoch milliseconds of its arrival (for the simulator's stderr).
stamp_lines() {
  local line t
  while IFS= read -r line; do
    t=${EPOCHREALTIME/[.,]/}
    printf '%s %s\n' "$((t / 1000))" "$line"
  done
}

# A JSON field of a one-line JSON object, as text: json_field '{"a":1}' a -> 1 (no jq needed).
json_field() { sed -n "s/.*\"$2\":\"\{0,1\}\([^,\"}]*\).*/\1/p" <<<"$1"; }

# Prefixed well ids: well_id 42 -> W000042.
well_id() { printf 'W%06d\n' "$1"; }
