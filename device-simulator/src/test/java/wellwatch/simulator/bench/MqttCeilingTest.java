package wellwatch.simulator.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import wellwatch.contract.reading.ReadingLimits;
import wellwatch.contract.reading.ReadingValidator;

/** Verifies the options, payload and summary line of the raw MQTT ceiling (the broker part is run by bench.sh). */
class MqttCeilingTest {

    @Test
    void takesEndpointsAndAccountsFromTheEnvironmentAndTheSizeFromTheCommandLine() {
        Map<String, String> env = Map.of(
                "WELLWATCH_MQTT_URL", "tcp://127.0.0.1:1",
                "WELLWATCH_MQTT_GATEWAY_USER", "gw", "WELLWATCH_MQTT_GATEWAY_PASSWORD", "g",
                "WELLWATCH_MQTT_INGEST_USER", "in", "WELLWATCH_MQTT_INGEST_PASSWORD", "i");

        CeilingOptions o = CeilingOptions.parse(new String[] {"--messages", "50_000", "--connections", "4"}, env);

        assertEquals("tcp://127.0.0.1:1", o.broker());
        assertEquals("gw", o.publisher().username());
        assertEquals("in", o.subscriber().username());
        assertEquals(50_000, o.messages());
        assertEquals(4, o.connections());
        assertEquals(1000, o.maxInflight());
        assertEquals(Duration.ofSeconds(120), o.timeout());
    }

    @Test
    void refusesUnknownOptionsAndNonPositiveSizes() {
        assertThrows(IllegalArgumentException.class, () -> CeilingOptions.parse(new String[] {"--rate", "5"}, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> CeilingOptions.parse(new String[] {"--messages", "0"}, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> CeilingOptions.parse(new String[] {"--messages"}, Map.of()));
    }

    @Test
    void sendsAValidReadingOfTheUsualSize() {
        byte[] payload = MqttCeiling.samplePayload();

        assertTrue(payload.length > 150 && payload.length < 400, "payload of " + payload.length + " bytes");
        assertTrue(new ReadingValidator(ReadingLimits.defaults()).check("W000042", payload, Instant.now()).isAccepted());
    }

    @Test
    void summaryIsOneLineOfJsonWithTheRateOfWhatArrived() {
        String json = new MqttCeiling.Result(1000, 1000, 1000, 0, 1000, 260, 2, 0.5).toJson();

        assertEquals("{\"messages\":1000,\"sent\":1000,\"acked\":1000,\"failed\":0,\"received\":1000,\"payloadBytes\":260,"
                + "\"connections\":2,\"seconds\":0.5,\"ratePerSec\":2000.0}", json);
    }
}
