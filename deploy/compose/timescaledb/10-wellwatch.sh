#!/bin/bash
# Runs once, when the database volume is first initialised (/docker-entrypoint-initdb.d), as the superuser:
# the role and database the services log in with, and the TimescaleDB extension in that database. The
# service role is not a superuser and cannot install the extension itself; the first migration looks for it
# and chooses hypertables when it is there (docs/storage.md).
# To re-run it, the volume must be empty: `docker compose down -v` deletes ALL stored readings and alerts.
set -euo pipefail
: "${WELLWATCH_DB_USER:?}" "${WELLWATCH_DB_PASSWORD:?}"

psql -v ON_ERROR_STOP=1 --username "${POSTGRES_USER:-postgres}" --dbname "${POSTGRES_DB:-postgres}" \
  -v role="$WELLWATCH_DB_USER" -v pw="$WELLWATCH_DB_PASSWORD" -v db="${WELLWATCH_DB_NAME:-wellwatch}" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'pw';
CREATE DATABASE :"db" OWNER :"role";
\connect :"db"
CREATE EXTENSION IF NOT EXISTS timescaledb;
SQL
echo "10-wellwatch.sh: role $WELLWATCH_DB_USER, database ${WELLWATCH_DB_NAME:-wellwatch}, extension timescaledb"
