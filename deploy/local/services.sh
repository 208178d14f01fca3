# shellcheck shell=bash
# Starting and stopping WellWatch's own services on this machine: sourced by ./wellwatch and the bench and
# fault scripts, so there is one way to run a service. Expects the infrastructure env
# (eval "$(deploy/local/infra.sh env)") in the environment.
#
#   build_services                      ./mvnw package when a jar is missing (WELLWATCH_REBUILD=1 forces it)
#   start_service NAME KIND PORT [VAR=value ...]
#                                       KIND: ingest | analytics; starts the JVM jar (or the native runner
#                                       when WELLWATCH_NATIVE=1) in the background, logs to $WELLWATCH_HOME/logs/NAME.log,
#                                       records the pid in $WELLWATCH_HOME/run/NAME.pid; VAR=value pairs go to its env
#   wait_ready NAME PORT SECONDS        waits for /q/health/ready
#   service_pid NAME                    the pid of a started service
#   stop_service NAME [SIGNAL]          SIGTERM (or the given signal, e.g. KILL) and wait
#   metric PORT NAME                    a Prometheus counter of a service, as an integer (0 if absent)

SERVICES_ROOT="${SERVICES_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
WELLWATCH_HOME="${WELLWATCH_HOME:-$SERVICES_ROOT/.wellwatch}"
SIMULATOR_JAR="$SERVICES_ROOT/device-simulator/target/wellwatch-device-simulator.jar"

service_jar() { echo "$SERVICES_ROOT/$1/target/quarkus-app/quarkus-run.jar"; }
service_runner() { ls "$SERVICES_ROOT/$1"/target/*-runner 2>/dev/null | head -n 1; }

build_services() {
  if [[ -f "$(service_jar ingest)" && -f "$(service_jar analytics)" && -f "$SIMULATOR_JAR" && "${WELLWATCH_REBUILD:-}" != 1 ]]; then
    return 0
  fi
  echo "[services] building ingest, analytics and the device simulator (./mvnw package, ~1-2 min the first time)"
  # One build at a time on this machine: concurrent builds would share target/ folders.
  (cd "$SERVICES_ROOT" && flock "${TMPDIR:-/tmp}/wellwatch-build.lock" ./mvnw -B -q -DskipTests package)
}

start_service() { # NAME KIND PORT [VAR=value ...]
  local name=$1 kind=$2 port=$3
  shift 3
  mkdir -p "$WELLWATCH_HOME/logs" "$WELLWATCH_HOME/run"
  local cmd
  if [[ "${WELLWATCH_NATIVE:-}" == 1 ]]; then
    cmd=("$(service_runner "$kind")")
    [[ -x "${cmd[0]}" ]] || { echo "[services] no native runner for $kind: ./mvnw package -Dnative" >&2; return 1; }
    cmd+=(-Xmx"${WELLWATCH_NATIVE_XMX:-96m}")
  else
    cmd=(java ${WELLWATCH_JAVA_OPTS:-} -jar "$(service_jar "$kind")")
  fi
  local var
  case "$kind" in
    ingest) var=WELLWATCH_INGEST_HTTP_PORT ;;
    analytics) var=WELLWATCH_ANALYTICS_HTTP_PORT ;;
    *) echo "[services] unknown kind $kind" >&2; return 1 ;;
  esac
  env "$var=$port" "$@" "${cmd[@]}" >>"$WELLWATCH_HOME/logs/$name.log" 2>&1 &
  echo $! >"$WELLWATCH_HOME/run/$name.pid"
}

service_pid() { cat "$WELLWATCH_HOME/run/$1.pid" 2>/dev/null; }

wait_ready() { # NAME PORT SECONDS
  local deadline=$((SECONDS + $3)) pid
  pid=$(service_pid "$1")
  until curl -fsS "http://127.0.0.1:$2/q/health/ready" >/dev/null 2>&1; do
    if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then
      echo "[services] $1 exited during start-up: see $WELLWATCH_HOME/logs/$1.log" >&2
      return 1
    fi
    ((SECONDS < deadline)) || { echo "[services] $1 not ready after $3 s: see $WELLWATCH_HOME/logs/$1.log" >&2; return 1; }
    sleep 0.2
  done
}

stop_service() { # NAME [SIGNAL]
  local pid
  pid=$(service_pid "$1") || return 0
  [[ -n "$pid" ]] || return 0
  kill -"${2:-TERM}" "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + 30))
  while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.1; done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
  rm -f "$WELLWATCH_HOME/run/$1.pid"
}

metric() { # PORT NAME
  curl -fsS "http://127.0.0.1:$1/q/metrics" 2>/dev/null |
    awk -v m="$2" '$1 == m { printf "%d", $2; found = 1 } END { if (!found) print 0 }'
}
