# syntax=docker/dockerfile:1
#
# PostgreSQL 16 with the TimescaleDB extension, for CloudNativePG (deploy/k8s/operators/timescaledb-cnpg.yaml).
# CloudNativePG runs only images built for it (its instance manager, barman-cloud); its own images have no
# TimescaleDB, so we add the package from Timescale's apt repository. Not built on the development machine.
#
#   docker build -f deploy/images/cnpg-timescaledb.Dockerfile -t registry.example.org/wellwatch/cnpg-timescaledb:16 deploy/images
#
# The Timescale apt package is the community (TSL-licensed) build: it has compression and retention policies,
# which telemetry.reading uses (docs/storage.md). Pin the CNPG base to a full version (e.g. 16.x-...)
# and the extension to a version (timescaledb-2-postgresql-16=2.x.y~debian12) for reproducible images.

ARG CNPG_IMAGE=ghcr.io/cloudnative-pg/postgresql:16
FROM ${CNPG_IMAGE}
USER root
RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends ca-certificates curl gnupg; \
    . /etc/os-release; \
    curl -fsSL https://packagecloud.io/timescale/timescaledb/gpgkey | gpg --dearmor -o /usr/share/keyrings/timescaledb.gpg; \
    echo "deb [signed-by=/usr/share/keyrings/timescaledb.gpg] https://packagecloud.io/timescale/timescaledb/debian/ ${VERSION_CODENAME} main" \
      > /etc/apt/sources.list.d/timescaledb.list; \
    apt-get update; \
    apt-get install -y --no-install-recommends timescaledb-2-postgresql-16; \
    apt-get purge -y --auto-remove gnupg; \
    rm -rf /var/lib/apt/lists/*
# CloudNativePG's images run as the postgres user, uid 26.
USER 26
