package wellwatch.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import wellwatch.contract.Json;
import wellwatch.contract.reading.Reading;
import wellwatch.simulator.testing.LocalInfra;
import wellwatch.simulator.testing.TelemetryCounter;
import wellwatch.simulator.well.WellIds;

/**
 * Against the project's local Mosquitto ({@code deploy/local/infra.sh up}): verifies that what the simulator
 * reports as acknowledged really reaches a subscriber, once each, and passes the contract's validation.
 * Each test uses its own range of sequence numbers so that other publishers on the shared broker do not
 * disturb the counts.
 */
class SimulatorIT {

    static Map<String, String> env;

    @BeforeAll
    static void localInfrastructure() throws Exception {
        env = LocalInfra.env();
    }

    @Test
    void thousandReadingsThroughTheGatewayAccountAllArrive() throws Exception {
        // given: 100 wells out of the registered range, 10 readings each, sequence numbers of our own
        long startSeq = uniqueStartSeq();
        try (TelemetryCounter counter = TelemetryCounter.subscribe(env, mine(startSeq, 10, 900001, 100))) {

            // when
            Summary summary = run("--wells", "100", "--first-well", "900001", "--count", "10", "--time-scale", "max",
                    "--start-seq", String.valueOf(startSeq), "--connections", "2");

            // then
            assertEquals(new Summary(1000, 1000, 0, 100, summary.seconds(), summary.ratePerSec()), summary);
            assertEquals(1000, counter.awaitCount(1000, 30_000));
            assertEquals(0, counter.duplicates());
            assertTrue(counter.rejected().isEmpty(), "rejected: " + counter.rejected());
        }
    }

    @Test
    void eachWellCanPublishWithItsOwnDeviceCredentials() throws Exception {
        long startSeq = uniqueStartSeq();
        try (TelemetryCounter counter = TelemetryCounter.subscribe(env, mine(startSeq, 5, 481, 20))) {

            Summary summary = run("--wells", "20", "--first-well", "481", "--count", "5", "--time-scale", "max",
                    "--start-seq", String.valueOf(startSeq), "--per-device-credentials",
                    "--scenario", "sealed-pumping=W000490");

            assertEquals(100, summary.acked());
            assertEquals(0, summary.failed());
            assertEquals(100, counter.awaitCount(100, 30_000));
        }
    }

    @Test
    void interruptedRunStillEndsWithTheSummaryLine() throws Exception {
        // given the packaged jar running open-ended
        Path jar = Path.of("target/wellwatch-device-simulator.jar");
        assertTrue(Files.exists(jar), "package the module first: " + jar.toAbsolutePath());
        ProcessBuilder pb = new ProcessBuilder("java", "-jar", jar.toString(), "--wells", "50", "--first-well", "900201",
                "--interval", "1s", "--report-every", "1s", "--start-seq", String.valueOf(uniqueStartSeq()));
        pb.environment().putAll(env);
        Path stderr = Files.createTempFile("simulator", ".err");
        pb.redirectError(stderr.toFile());
        Process process = pb.start();

        // when, once it publishes, it is interrupted like Ctrl-C
        awaitLine(stderr, "device-simulator: 50 wells", 30_000);
        Thread.sleep(2000);
        new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).start().waitFor();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            out.lines().forEach(lines::add);
        }
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));

        // then the last line on stdout is the summary, with everything sent acknowledged, and the exit status says so
        JsonNode summary = Json.parseTrusted(lines.get(lines.size() - 1).getBytes(StandardCharsets.UTF_8));
        assertTrue(summary.get("sent").asLong() >= 50, "sent " + summary.get("sent"));
        assertEquals(summary.get("sent").asLong(), summary.get("acked").asLong());
        assertEquals(0, summary.get("failed").asLong());
        assertEquals(50, summary.get("wells").asInt());
        assertEquals(0, process.exitValue());
        Files.deleteIfExists(stderr);
    }

    private static void awaitLine(Path file, String start, long timeoutMillis) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (Files.readAllLines(file).stream().noneMatch(l -> l.startsWith(start))) {
            assertTrue(System.currentTimeMillis() < deadline, "no '" + start + "' on stderr: " + Files.readString(file));
            Thread.sleep(50);
        }
    }

    private static Summary run(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--report-every", "0", "--client-id-prefix", "sim-it-" + ProcessHandle.current().pid()));
        SimulatorOptions options = SimulatorOptions.parse(all.toArray(String[]::new), env, Clock.systemUTC().instant());
        return new SimulationRun(options, Clock.systemUTC(), new PrintStream(System.err, true)).run(new RunControl());
    }

    private static Predicate<Reading> mine(long startSeq, int count, int firstWell, int wells) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < wells; i++) {
            ids.add(WellIds.wellId(firstWell + i));
        }
        return r -> ids.contains(r.wellId()) && r.seq() >= startSeq && r.seq() < startSeq + count;
    }

    private static long uniqueStartSeq() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, 1_000_000_000_000_000L);
    }
}
