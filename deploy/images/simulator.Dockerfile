# syntax=docker/dockerfile:1
#
# The device simulator (plain Java, shaded jar). Build from the repository root:
#
#   docker build -f deploy/images/simulator.Dockerfile -t wellwatch/device-simulator .
#
# Options come from the environment (WELLWATCH_SIM_<OPTION>, WELLWATCH_MQTT_URL, WELLWATCH_MQTT_GATEWAY_USER /
# _PASSWORD, WELLWATCH_DEVICES_FILE; docs/device-simulator.md) or the command line:
#   docker run --rm --env-file sim.env wellwatch/device-simulator --wells 300 --interval 1s --duration 60s
# The one-line JSON summary goes to stdout, the status lines to stderr.

ARG BUILD_IMAGE=eclipse-temurin:17-jdk
ARG RUNTIME_IMAGE=eclipse-temurin:17-jre

FROM ${BUILD_IMAGE} AS build
WORKDIR /build
COPY --chmod=0755 mvnw ./
COPY .mvn/ .mvn/
COPY pom.xml ./
COPY contract/ contract/
COPY device-simulator/ device-simulator/
COPY ingest/pom.xml ingest/
COPY analytics/pom.xml analytics/
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -ntp -pl device-simulator -am package -DskipTests \
 && cp device-simulator/target/wellwatch-device-simulator.jar /build/

FROM ${RUNTIME_IMAGE}
LABEL org.opencontainers.image.title="wellwatch-device-simulator" \
      org.opencontainers.image.source="deploy/images/simulator.Dockerfile"
RUN useradd --uid 1001 --gid 0 --home-dir /app --no-create-home --shell /usr/sbin/nologin wellwatch
COPY --from=build --chown=1001:0 /build/wellwatch-device-simulator.jar /app/wellwatch-device-simulator.jar
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=70 -XX:+ExitOnOutOfMemoryError"
USER 1001
WORKDIR /app
ENTRYPOINT ["java", "-jar", "/app/wellwatch-device-simulator.jar"]
