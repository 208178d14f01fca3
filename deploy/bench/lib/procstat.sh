# shellcheck shell=bash
# CPU time and memory of processes, from /proc (Linux). Ticks are USER_HZ (getconf CLK_TCK, 100 here).

CLK_TCK=$(getconf CLK_TCK)

# utime + stime of a process in ticks (0 when it is gone).
proc_ticks() {
  local s f
  { read -r s <"/proc/$1/stat"; } 2>/dev/null || { echo 0; return 0; }
  s=${s##*) }
  read -r -a f <<<"$s"
  echo $((f[11] + f[12]))
}

# A field of /proc/PID/status in kB (VmRSS, VmHWM), 0 when the process is gone.
proc_status_kb() {
  local k v _
  [[ -r /proc/$1/status ]] || { echo 0; return 0; }
  while read -r k v _; do
    [[ $k == "$2:" ]] && { echo "$v"; return 0; }
  done <"/proc/$1/status"
  echo 0
}

# Resets the peak RSS (VmHWM) of one of our own processes to its current RSS, so VmHWM is per run.
reset_peak_rss() { if [[ -w /proc/$1/clear_refs ]]; then echo 5 >"/proc/$1/clear_refs" 2>/dev/null || true; fi; }

# Busy and total jiffies of the whole machine (all cores), from /proc/stat: "busy total".
machine_jiffies() {
  local _cpu user nice system idle iowait irq softirq steal _rest
  read -r _cpu user nice system idle iowait irq softirq steal _rest </proc/stat
  echo "$((user + nice + system + irq + softirq + steal)) $((user + nice + system + irq + softirq + steal + idle + iowait))"
}

# A short name for a process: the jar or main class for java, else its command name.
proc_label() {
  local pid=$1 comm args=() a prev=""
  { read -r comm <"/proc/$pid/comm"; } 2>/dev/null || { echo "?"; return 0; }
  if [[ $comm != java && $comm != native-image ]]; then
    echo "$comm"
    return 0
  fi
  mapfile -d '' -t args <"/proc/$pid/cmdline" 2>/dev/null || true
  for a in "${args[@]:1}"; do
    if [[ $prev == -jar || $prev == -m || $a == *.java ]]; then echo "java:${a##*/}"; return 0; fi
    if [[ $a != -* && $a != */* && $a != *:* && $a != *=* && $prev != -cp && $prev != -classpath ]]; then
      echo "java:$a"
      return 0
    fi
    prev=$a
  done
  echo "$comm"
}

# Writes "pid ticks label" for every process on the machine (to compare two moments).
cpu_snapshot() { # FILE
  local stat pid s f
  : >"$1"
  for stat in /proc/[0-9]*/stat; do
    pid=${stat#/proc/}
    pid=${pid%/stat}
    { read -r s <"$stat"; } 2>/dev/null || continue
    s=${s##*) }
    read -r -a f <<<"$s"
    echo "$pid $((f[11] + f[12]))" >>"$1"
  done
}

# CPU seconds each process used between two snapshots (a process born in between counts from 0), largest
# first, as "seconds<TAB>pid<TAB>label", excluding the pids given.
cpu_between() { # BEFORE AFTER [EXCLUDED_PID...]
  local before=$1 after=$2
  shift 2
  local excluded=" $* " pid ticks
  awk -v tck="$CLK_TCK" 'NR == FNR { t0[$1] = $2; next } { d = $2 - ($1 in t0 ? t0[$1] : 0); if (d > 0) printf "%.2f\t%s\n", d / tck, $1 }' \
    "$before" "$after" | sort -rn |
    while IFS=$'\t' read -r ticks pid; do
      [[ $excluded == *" $pid "* ]] && continue
      printf '%s\t%s\t%s\n' "$ticks" "$pid" "$(proc_label "$pid")"
    done
}

# CPU seconds of a set of pids between two snapshots.
cpu_of_pids() { # BEFORE AFTER PID...
  local before=$1 after=$2
  shift 2
  awk -v tck="$CLK_TCK" -v pids=" $* " 'NR == FNR { t0[$1] = $2; next }
    index(pids, " " $1 " ") { s += $2 - ($1 in t0 ? t0[$1] : 0) } END { printf "%.2f", s / tck }' "$before" "$after"
}

# Samples the RSS of some processes every half second and keeps the highest seen per pid in FILE
# ("pid kB" lines, rewritten each time). Runs until killed.
rss_sampler() { # FILE PID...
  local out=$1 pid v
  shift
  declare -A peak=()
  while :; do
    for pid in "$@"; do
      v=$(proc_status_kb "$pid" VmRSS)
      ((v > ${peak[$pid]:-0})) && peak[$pid]=$v
    done
    for pid in "${!peak[@]}"; do echo "$pid ${peak[$pid]}"; done >"$out.tmp"
    mv -f "$out.tmp" "$out"
    sleep 0.5
  done
}
