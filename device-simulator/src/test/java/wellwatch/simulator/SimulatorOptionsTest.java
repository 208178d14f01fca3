package wellwatch.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wellwatch.simulator.OptionsTestSupport.NOW;
import static wellwatch.simulator.OptionsTestSupport.parse;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Verifies how command line, environment and defaults combine into options. */
class SimulatorOptionsTest {

    @Test
    void defaults() throws Exception {
        SimulatorOptions o = parse();

        assertEquals("tcp://127.0.0.1:11883", o.broker());
        assertEquals(null, o.credentials().username());
        assertEquals(300, o.wells());
        assertEquals(1, o.firstWell());
        assertEquals(Duration.ofSeconds(5), o.interval());
        assertEquals(1.0, o.timeScale());
        assertEquals(0.0, o.rate());
        assertEquals(Duration.ZERO, o.duration());
        assertEquals(0, o.count());
        assertEquals(1, o.seed());
        assertEquals(1, o.qos());
        assertEquals(2, o.connections());
        assertEquals(1000, o.maxInflight());
        assertEquals(Duration.ofSeconds(5), o.reportEvery());
        assertTrue(o.startSeq().isEmpty());
        assertTrue(o.simStart().isEmpty());
        assertFalse(o.perDeviceCredentials());
        assertEquals(List.of("W000001", "W000002"), o.wellIds().subList(0, 2));
        assertEquals("W000300", o.wellIds().get(299));
    }

    @Test
    void projectEnvironmentGivesBrokerGatewayAccountAndDevicesFile() throws Exception {
        Map<String, String> env = Map.of(
                "WELLWATCH_MQTT_URL", "tcp://broker:1883",
                "WELLWATCH_MQTT_GATEWAY_USER", "gw",
                "WELLWATCH_MQTT_GATEWAY_PASSWORD", "secret",
                "WELLWATCH_DEVICES_FILE", "/tmp/devices.csv");

        SimulatorOptions o = parse(env);

        assertEquals("tcp://broker:1883", o.broker());
        assertEquals("gw", o.credentials().username());
        assertEquals("secret", o.credentials().password());
        assertEquals(Path.of("/tmp/devices.csv"), o.devicesFile().orElseThrow());
        assertFalse(o.credentials().toString().contains("secret"));
    }

    @Test
    void simulatorVariablesBeatProjectVariablesAndTheCommandLineBeatsBoth() throws Exception {
        Map<String, String> env = Map.of(
                "WELLWATCH_MQTT_URL", "tcp://project:1883",
                "WELLWATCH_SIM_BROKER", "tcp://sim:1883",
                "WELLWATCH_SIM_WELLS", "12",
                "WELLWATCH_SIM_TIME_SCALE", "60",
                "WELLWATCH_SIM_PER_DEVICE_CREDENTIALS", "true",
                "WELLWATCH_SIM_DEVICES_FILE", "/d.csv",
                "WELLWATCH_SIM_SCENARIO", "sealed-pumping=W000001;cover-open@1h=W000002,W000003");

        SimulatorOptions fromEnv = parse(env);
        SimulatorOptions fromArgs = parse(env, "--broker", "tcp://cli:1883", "--wells=7");

        assertEquals("tcp://sim:1883", fromEnv.broker());
        assertEquals(12, fromEnv.wells());
        assertEquals(60.0, fromEnv.timeScale());
        assertTrue(fromEnv.perDeviceCredentials());
        assertEquals(2, fromEnv.scenarios().size());
        assertEquals(Duration.ofHours(1), fromEnv.scenarios().get(1).delay());
        assertEquals("tcp://cli:1883", fromArgs.broker());
        assertEquals(7, fromArgs.wells());
    }

    @Test
    void parsesEveryOption() throws Exception {
        SimulatorOptions o = parse("--wells", "10000", "--first-well", "500", "--interval", "1m", "--time-scale", "max",
                "--rate", "2500.5", "--duration", "1h30m", "--count", "10", "--seed", "-3", "--qos", "0",
                "--connections", "4", "--max-inflight", "200", "--report-every", "0", "--start-seq", "77",
                "--drain-timeout", "5s", "--client-id-prefix", "bench", "--username", "u", "--password", "p",
                "--scenario", "bypass=W000501", "--scenario", "stuck-meter@10m=W000502",
                "--sim-start", "2026-04-01T00:00:00Z");

        assertEquals(10000, o.wells());
        assertEquals(500, o.firstWell());
        assertEquals("W010499", o.wellIds().get(9999));
        assertEquals(Duration.ofMinutes(1), o.interval());
        assertTrue(o.unpaced());
        assertEquals(2500.5, o.rate());
        assertEquals(Duration.ofMinutes(90), o.duration());
        assertEquals(10, o.count());
        assertEquals(-3, o.seed());
        assertEquals(0, o.qos());
        assertEquals(4, o.connections());
        assertEquals(200, o.maxInflight());
        assertEquals(Duration.ZERO, o.reportEvery());
        assertEquals(77, o.startSeq().getAsLong());
        assertEquals(Duration.ofSeconds(5), o.drainTimeout());
        assertEquals("bench", o.clientIdPrefix());
        assertEquals(2, o.scenarios().size());
        assertEquals(Instant.parse("2026-04-01T00:00:00Z"), o.simStart().orElseThrow());
    }

    @Test
    void simStartMayBeADurationBeforeNow() throws Exception {
        assertEquals(NOW.minus(Duration.ofDays(7)), parse("--sim-start", "7d").simStart().orElseThrow());
    }

    @Test
    void helpNeedsNothingElse() throws Exception {
        assertTrue(parse("--help").help());
        assertTrue(parse("--help", "--per-device-credentials").help());
    }

    @Test
    void refusesBadInputWithAMessageThatNamesTheOption() {
        assertMessage("unknown option --well", "--well", "3");
        assertMessage("--wells must be a whole number", "--wells", "many");
        assertMessage("WELLWATCH_SIM_WELLS must be between 1", Map.of("WELLWATCH_SIM_WELLS", "0"));
        assertMessage("--interval must be more than 0", "--interval", "0");
        assertMessage("--duration: 'soon' is not a duration", "--duration", "soon");
        assertMessage("--time-scale must be", "--time-scale", "-2");
        assertMessage("--qos must be between 0 and 2", "--qos", "3");
        assertMessage("goes past W999999", "--first-well", "999990", "--wells", "20");
        assertMessage("--per-device-credentials needs --devices-file", "--per-device-credentials");
        assertMessage("--wells is given twice", "--wells", "1", "--wells", "2");
        assertMessage("--seed needs a value", "--seed");
        assertMessage("unknown scenario 'nope'", "--scenario", "nope=W000001");
        assertMessage("unexpected argument 'extra'", "extra");
    }

    private static void assertMessage(String expected, String... args) {
        assertMessage(expected, Map.of(), args);
    }

    private static void assertMessage(String expected, Map<String, String> env, String... args) {
        UsageException e = assertThrows(UsageException.class, () -> parse(env, args));
        assertTrue(e.getMessage().contains(expected), "message was: " + e.getMessage());
    }
}
