# syntax=docker/dockerfile:1
#
# ingest or analytics as a native executable, compiled with Mandrel proper in its Quarkus builder image
# (not with the development machine's stand-in toolchain), run on Quarkus' UBI 9 micro image.
# Build from the repository root (the context must be the root: the reactor needs every module's pom):
#
#   docker build -f deploy/images/native.Dockerfile --build-arg SERVICE=ingest    --build-arg PORT=8081 -t wellwatch/ingest:native .
#   docker build -f deploy/images/native.Dockerfile --build-arg SERVICE=analytics --build-arg PORT=8082 -t wellwatch/analytics:native .
#
# Needs BuildKit (the default builder since Docker 23), Maven Central reachable from the build, and about
# 8 GB of memory for the build container (the native-image step alone peaks at 5-7 GB).
# Run: the heap is set on the command line (CMD, override with compose `command:` or Kubernetes `args:`):
#   docker run --rm -p 8081:8081 --env-file ... wellwatch/ingest:native -Xmx128m
# The tag choice and the alternatives are in deploy/images/README.md.

# Mandrel 25 (JDK 25), the line Quarkus' own default builder image moved to in early 2026; the stand-in
# toolchain used on the development machine is native-image 25 too. The older jdk-21 tag (Mandrel 23.1) can
# still be passed with --build-arg MANDREL_IMAGE=...:jdk-21, but later Quarkus releases require Mandrel 25.
# Pin a digest (image@sha256:...) for reproducible builds.
ARG MANDREL_IMAGE=quay.io/quarkus/ubi9-quarkus-mandrel-builder-image:jdk-25
# UBI 9 micro with glibc, libstdc++ and zlib; it has bash (used by the healthcheck) but no curl.
ARG RUNTIME_IMAGE=quay.io/quarkus/ubi9-quarkus-micro-image:2.0

FROM ${MANDREL_IMAGE} AS build
# ingest | analytics
ARG SERVICE
# Checked here only: the runtime stage exposes it and its healthcheck probes it.
ARG PORT
# -march for the generated code. Mandrel targets x86-64-v3 (AVX2) by default on amd64; "compatibility" runs
# on any x86-64 CPU, including virtual CPUs that hide AVX2 (common on older hypervisors). Use "native" only
# when the build machine is the run machine.
ARG NATIVE_MARCH=compatibility
# Heap of the native-image builder itself (not of the service).
ARG NATIVE_IMAGE_XMX=6g
USER root
WORKDIR /build
COPY --chmod=0755 mvnw ./
COPY .mvn/ .mvn/
COPY pom.xml ./
COPY contract/ contract/
COPY ingest/ ingest/
COPY analytics/ analytics/
# The reactor reads every module's pom, even those it does not build.
COPY device-simulator/pom.xml device-simulator/
RUN --mount=type=cache,target=/root/.m2 \
    case "${SERVICE}:${PORT}" in ingest:?*|analytics:?*) ;; *) echo "build with --build-arg SERVICE=ingest|analytics --build-arg PORT=8081|8082" >&2; exit 2 ;; esac \
 && ./mvnw -B -ntp -pl "${SERVICE}" -am package -Dnative -DskipTests \
      -Dquarkus.native.native-image-xmx="${NATIVE_IMAGE_XMX}" \
      -Dquarkus.native.additional-build-args="-march=${NATIVE_MARCH}" \
 && cp "${SERVICE}"/target/*-runner /build/application

FROM ${RUNTIME_IMAGE}
ARG SERVICE
# 8081 for ingest, 8082 for analytics
ARG PORT
LABEL org.opencontainers.image.title="wellwatch-${SERVICE}" \
      org.opencontainers.image.description="WellWatch ${SERVICE}, native executable (Mandrel)" \
      org.opencontainers.image.source="deploy/images/native.Dockerfile"
WORKDIR /work/
COPY --from=build --chown=1001:0 --chmod=0755 /build/application /work/application
# The services listen on 127.0.0.1 unless told otherwise; in a container they must listen on all interfaces.
ENV WELLWATCH_HTTP_HOST=0.0.0.0 \
    WELLWATCH_HEALTH_PORT=${PORT}
EXPOSE ${PORT}
USER 1001
# Readiness over bash's /dev/tcp: the micro image has no curl. Kubernetes ignores this and uses its probes.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${WELLWATCH_HEALTH_PORT} && printf 'GET /q/health/ready HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && IFS= read -r status <&3 && [[ $status == *' 200 '* ]]"]
ENTRYPOINT ["/work/application"]
# Always give the heap explicitly: size it to the container's memory limit minus ~100 MB for the rest.
CMD ["-Xmx128m"]
