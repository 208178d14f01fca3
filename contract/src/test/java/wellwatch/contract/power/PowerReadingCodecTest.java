package wellwatch.contract.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import wellwatch.contract.Json;

class PowerReadingCodecTest {

    static final Instant START = Instant.parse("2026-05-01T00:00:00Z");
    static final Instant END = Instant.parse("2026-05-01T01:00:00Z");

    @Test
    void verifiesThatEncodeThenDecodeGivesTheSameReading() {
        PowerReading known = new PowerReading("3301000012345", "W000123", START, END, 7.25, 7.4, "batch-1");
        PowerReading unknown = new PowerReading("3301000099999", null, START, END, 0, null, "batch-1");

        assertEquals(known, PowerReadingCodec.decode(PowerReadingCodec.encode(known)).reading());
        assertEquals(unknown, PowerReadingCodec.decode(PowerReadingCodec.encode(unknown)).reading());
    }

    @Test
    void verifiesThatAnUnregisteredMeterIsFlaggedWithAnExplicitNullWellId() {
        PowerReading unknown = new PowerReading("M1", null, START, END, 1.5, null, "b");

        String json = new String(PowerReadingCodec.encode(unknown), StandardCharsets.UTF_8);

        assertEquals("{\"meterNo\":\"M1\",\"wellId\":null,\"intervalStart\":\"2026-05-01T00:00:00Z\","
                + "\"intervalEnd\":\"2026-05-01T01:00:00Z\",\"kwh\":1.5,\"batch\":\"b\"}", json);
    }

    @Test
    void verifiesThatAnUploadObjectNeedsNoWellOrBatchAndIgnoresAWellItNames() throws Exception {
        PowerVerdict v = PowerReadingCodec.decodeUploadObject(Json.parse(bytes(
                "{\"meterNo\":\"M1\",\"intervalStart\":\"2026-05-01T08:00:00+08:00\",\"intervalEnd\":\"2026-05-01T09:00:00+08:00\","
                        + "\"kwh\":3,\"wellId\":\"W-FORGED\",\"extra\":1}")), "upload-7");

        assertTrue(v.isAccepted(), v.reason());
        assertEquals(new PowerReading("M1", null, START, END, 3.0, null, "upload-7"), v.reading());
    }

    @Test
    void verifiesThatUploadObjectsAreRefusedWithAReasonThatNamesTheProblem() {
        assertUploadReason("[1]", "element must be a JSON object");
        assertUploadReason("{\"intervalStart\":\"2026-05-01T00:00:00Z\",\"intervalEnd\":\"2026-05-01T01:00:00Z\",\"kwh\":1}", "missing required field 'meterNo'");
        assertUploadReason("{\"meterNo\":12,\"intervalStart\":\"2026-05-01T00:00:00Z\",\"intervalEnd\":\"2026-05-01T01:00:00Z\",\"kwh\":1}", "field 'meterNo' must be a string");
        assertUploadReason("{\"meterNo\":\"M\",\"intervalStart\":\"2026-05-01T00:00:00Z\",\"intervalEnd\":\"2026-05-01T01:00:00Z\"}", "missing required field 'kwh'");
        assertUploadReason("{\"meterNo\":\"M\",\"intervalStart\":\"2026-05-01T00:00:00Z\",\"intervalEnd\":\"2026-05-01T01:00:00Z\",\"kwh\":\"1.5\"}", "field 'kwh' must be a number");
        assertUploadReason("{\"meterNo\":\"M\",\"intervalStart\":\"2026-05-01T00:00:00Z\",\"intervalEnd\":\"2026-05-01T01:00:00Z\",\"kwh\":1e999}", "finite");
        assertUploadReason("{\"meterNo\":\"M\",\"intervalStart\":\"2026-05-01 08:00:00\",\"intervalEnd\":\"2026-05-01T01:00:00Z\",\"kwh\":1}", "field 'intervalStart': '2026-05-01 08:00:00' has no zone offset");
        assertUploadReason("{\"meterNo\":\"M\",\"intervalStart\":\"2026-05-01T00:00:00Z\",\"intervalEnd\":\"tomorrow\",\"kwh\":1}", "field 'intervalEnd': 'tomorrow' is not an ISO-8601 timestamp");
    }

    @Test
    void verifiesThatTimestampsNeedAZoneOffsetAndMayUseASpace() {
        assertEquals(START, PowerReadingCodec.parseTimestamp("2026-05-01T08:00:00+08:00"));
        assertEquals(START, PowerReadingCodec.parseTimestamp("2026-05-01 08:00:00+08:00"));
        assertEquals(START, PowerReadingCodec.parseTimestamp(" 2026-05-01T00:00Z "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PowerReadingCodec.parseTimestamp("2026-05-01T08:00:00"));
        assertTrue(e.getMessage().contains("no zone offset"), e.getMessage());
    }

    @Test
    void verifiesThatATopicRecordThatIsNotAReadingGetsAReason() {
        assertFalse(PowerReadingCodec.decode(bytes("{")).isAccepted());
        assertEquals("payload must be a JSON object", PowerReadingCodec.decode(bytes("[]")).reason());
        assertEquals("missing required field 'batch'", PowerReadingCodec.decode(bytes(
                "{\"meterNo\":\"M\",\"wellId\":null,\"intervalStart\":\"2026-05-01T00:00:00Z\",\"intervalEnd\":\"2026-05-01T01:00:00Z\",\"kwh\":1}")).reason());
        assertNull(PowerReadingCodec.decode(bytes("{\"a\":".repeat(100) + "1" + "}".repeat(100))).reading());
    }

    private static void assertUploadReason(String json, String expected) {
        PowerVerdict v;
        try {
            v = PowerReadingCodec.decodeUploadObject(Json.parse(bytes(json)), "b");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertFalse(v.isAccepted(), "accepted: " + json);
        assertTrue(v.reason().contains(expected), "reason for " + json + " was: " + v.reason());
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
