# syntax=docker/dockerfile:1
#
# ingest or analytics on the JVM (Quarkus fast-jar layout, target/quarkus-app), for hosts where a native
# build is not wanted: faster to build (~1-2 min), more memory at run time (~200-250 MB RSS after start
# against ~40-60 MB native). Build from the repository root:
#
#   docker build -f deploy/images/jvm.Dockerfile --build-arg SERVICE=ingest    --build-arg PORT=8081 -t wellwatch/ingest:jvm .
#   docker build -f deploy/images/jvm.Dockerfile --build-arg SERVICE=analytics --build-arg PORT=8082 -t wellwatch/analytics:jvm .
#
# The JVM reads the container's memory limit; the heap is a share of it (JAVA_TOOL_OPTIONS below) unless an
# -Xmx is given as an argument, as for the native image.

ARG BUILD_IMAGE=eclipse-temurin:17-jdk
ARG RUNTIME_IMAGE=eclipse-temurin:17-jre

FROM ${BUILD_IMAGE} AS build
ARG SERVICE
# Checked here only: the runtime stage exposes it and its healthcheck probes it.
ARG PORT
WORKDIR /build
COPY --chmod=0755 mvnw ./
COPY .mvn/ .mvn/
COPY pom.xml ./
COPY contract/ contract/
COPY ingest/ ingest/
COPY analytics/ analytics/
COPY device-simulator/pom.xml device-simulator/
RUN --mount=type=cache,target=/root/.m2 \
    case "${SERVICE}:${PORT}" in ingest:?*|analytics:?*) ;; *) echo "build with --build-arg SERVICE=ingest|analytics --build-arg PORT=8081|8082" >&2; exit 2 ;; esac \
 && ./mvnw -B -ntp -pl "${SERVICE}" -am package -DskipTests \
 && cp -r "${SERVICE}"/target/quarkus-app /build/quarkus-app

FROM ${RUNTIME_IMAGE}
ARG SERVICE
ARG PORT
LABEL org.opencontainers.image.title="wellwatch-${SERVICE}" \
      org.opencontainers.image.description="WellWatch ${SERVICE}, JVM (Temurin 17)" \
      org.opencontainers.image.source="deploy/images/jvm.Dockerfile"
RUN useradd --uid 1001 --gid 0 --home-dir /deployments --no-create-home --shell /usr/sbin/nologin wellwatch
# Four layers, least to most often changed: dependencies, launcher, Quarkus' generated code, our code.
COPY --from=build --chown=1001:0 /build/quarkus-app/lib/ /deployments/lib/
COPY --from=build --chown=1001:0 /build/quarkus-app/*.jar /deployments/
COPY --from=build --chown=1001:0 /build/quarkus-app/quarkus/ /deployments/quarkus/
COPY --from=build --chown=1001:0 /build/quarkus-app/app/ /deployments/app/
ENV WELLWATCH_HTTP_HOST=0.0.0.0 \
    WELLWATCH_HEALTH_PORT=${PORT} \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=70 -XX:+ExitOnOutOfMemoryError"
EXPOSE ${PORT}
USER 1001
WORKDIR /deployments
HEALTHCHECK --interval=10s --timeout=3s --start-period=90s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${WELLWATCH_HEALTH_PORT} && printf 'GET /q/health/ready HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && IFS= read -r status <&3 && [[ $status == *' 200 '* ]]"]
# Leading -X/-D arguments go to the JVM, so that `command: ["-Xmx160m"]` (compose) or `args:` (Kubernetes)
# work for this image as for the native one.
COPY --chmod=0755 <<'EOF' /deployments/run.sh
#!/bin/bash
jvm=()
while (( $# )) && [[ $1 == -X* || $1 == -D* ]]; do jvm+=("$1"); shift; done
exec java -Djava.util.logging.manager=org.jboss.logmanager.LogManager "${jvm[@]}" -jar /deployments/quarkus-run.jar "$@"
EOF
ENTRYPOINT ["/deployments/run.sh"]
