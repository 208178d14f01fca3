#!/bin/sh
# Entry point of the mosquitto service in compose.yaml; deploy/k8s/operators/mosquitto/start.sh is a copy
# (keep them identical: `diff` them). Writes the password file and ACL from the environment and the optional
# devices register, then starts the broker through the image's own entry point (which, started as root, runs
# the broker as user mosquitto). The accounts and rules are those of deploy/local/infra.sh:
#
#   WELLWATCH_MQTT_INGEST_USER / _PASSWORD    ingest: may read wells/#
#   WELLWATCH_MQTT_GATEWAY_USER / _PASSWORD   data concentrators, the simulator: may write wells/# (optional)
#   WELLWATCH_MQTT_HEALTH_USER / _PASSWORD    the container healthcheck: may write wellwatch/health only
#   $WELLWATCH_DEVICES_FILE (optional)        lines device_id,well_id,password: each device may write only
#                                             wells/<its well>/# (header line and # comments allowed)
#
# Passwords never touch the image or the repository: they come from deploy/compose/.env and the devices file,
# and the hashed copies live in the container's /mosquitto/auth only.
set -eu

: "${WELLWATCH_MQTT_INGEST_USER:?}" "${WELLWATCH_MQTT_INGEST_PASSWORD:?}"
: "${WELLWATCH_MQTT_HEALTH_USER:?}" "${WELLWATCH_MQTT_HEALTH_PASSWORD:?}"
GATEWAY_USER=${WELLWATCH_MQTT_GATEWAY_USER:-wellwatch-gateway}
DEVICES=${WELLWATCH_DEVICES_FILE:-/wellwatch/devices/devices.csv}
# Paths of the eclipse-mosquitto image; overridable only to try the script outside a container.
AUTH=${MOSQUITTO_AUTH_DIR:-/mosquitto/auth}
DATA=${MOSQUITTO_DATA_DIR:-/mosquitto/data}
CONF=${MOSQUITTO_CONF:-/mosquitto/config/mosquitto.conf}

# mosquitto_passwd -U cuts a password at its first ':' (checked with 2.0.11): refuse such secrets instead of
# letting the login fail later. Use hex or base64url secrets (openssl rand -hex 24).
for secret in "$WELLWATCH_MQTT_INGEST_PASSWORD" "$WELLWATCH_MQTT_HEALTH_PASSWORD" "${WELLWATCH_MQTT_GATEWAY_PASSWORD:-}"; do
  case $secret in *:*) echo "start.sh: an MQTT password contains ':'; mosquitto_passwd would truncate it" >&2; exit 1 ;; esac
done
if [ -f "$DEVICES" ] && awk -F, '{ sub(/\r$/, "") } /^#/ || NF < 3 || $1 == "device_id" { next } $1 ~ /:/ || $3 ~ /:/ { bad = 1 } END { exit !bad }' "$DEVICES"; then
  echo "start.sh: $DEVICES has a device id or password containing ':'" >&2; exit 1
fi

umask 077
mkdir -p "$AUTH"
plain="$AUTH/passwd.new"
{
  printf '%s:%s\n' "$WELLWATCH_MQTT_INGEST_USER" "$WELLWATCH_MQTT_INGEST_PASSWORD"
  printf '%s:%s\n' "$WELLWATCH_MQTT_HEALTH_USER" "$WELLWATCH_MQTT_HEALTH_PASSWORD"
  if [ -n "${WELLWATCH_MQTT_GATEWAY_PASSWORD:-}" ]; then
    printf '%s:%s\n' "$GATEWAY_USER" "$WELLWATCH_MQTT_GATEWAY_PASSWORD"
  fi
  if [ -f "$DEVICES" ]; then
    awk -F, '{ sub(/\r$/, "") } /^#/ || NF < 3 || $1 == "device_id" { next } { print $1 ":" $3 }' "$DEVICES"
  fi
} >"$plain"
mosquitto_passwd -U "$plain"
mv "$plain" "$AUTH/passwd"

{
  echo "# Written by start.sh at $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  printf 'user %s\ntopic read wells/#\n\n' "$WELLWATCH_MQTT_INGEST_USER"
  printf 'user %s\ntopic write wellwatch/health\n\n' "$WELLWATCH_MQTT_HEALTH_USER"
  if [ -n "${WELLWATCH_MQTT_GATEWAY_PASSWORD:-}" ]; then
    printf 'user %s\ntopic write wells/#\n\n' "$GATEWAY_USER"
  fi
  if [ -f "$DEVICES" ]; then
    awk -F, '{ sub(/\r$/, "") } /^#/ || NF < 3 || $1 == "device_id" { next } { printf "user %s\ntopic write wells/%s/#\n\n", $1, $2 }' "$DEVICES"
  fi
} >"$AUTH/acl"

users=$(grep -c '^user ' "$AUTH/acl")
echo "start.sh: wrote password file and ACL for $users accounts"
# As root (the compose service) hand the files to user mosquitto, which the broker drops to; as a non-root
# user (the Kubernetes example runs as uid 1883) they already belong to the broker's user.
if [ "$(id -u)" = 0 ]; then
  chown -R mosquitto:mosquitto "$AUTH" "$DATA"
fi
chmod 0700 "$AUTH"
chmod 0600 "$AUTH/passwd" "$AUTH/acl"

if [ -x /docker-entrypoint.sh ]; then
  exec /docker-entrypoint.sh /usr/sbin/mosquitto -c "$CONF"
fi
exec mosquitto -c "$CONF"
