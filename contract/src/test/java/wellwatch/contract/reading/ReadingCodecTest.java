package wellwatch.contract.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReadingCodecTest {

    static final String FULL = """
            {"wellId":"W000001","deviceId":"RTU-W000001","seq":17,"ts":"2026-05-01T08:15:00Z",
             "volumeM3":1234.5,"flowM3h":12.0,"levelM":35.2,"pumpOn":true,"powerKw":7.5,
             "energyKwh":5678.25,"alarms":["cover_open","magnetic_interference"]}""";

    @Test
    void decodesEveryFieldOfTheContract() {
        Verdict v = ReadingCodec.decode(bytes(FULL));

        assertTrue(v.isAccepted(), v.reason());
        Reading r = v.reading();
        assertEquals("W000001", r.wellId());
        assertEquals("RTU-W000001", r.deviceId());
        assertEquals(17, r.seq());
        assertEquals(Instant.parse("2026-05-01T08:15:00Z"), r.ts());
        assertEquals(1234.5, r.volumeM3());
        assertEquals(12.0, r.flowM3h());
        assertEquals(35.2, r.levelM());
        assertEquals(Boolean.TRUE, r.pumpOn());
        assertEquals(7.5, r.powerKw());
        assertEquals(5678.25, r.energyKwh());
        assertEquals(Set.of(Alarm.COVER_OPEN, Alarm.MAGNETIC_INTERFERENCE), r.alarms());
    }

    @Test
    void encodeThenDecodeGivesTheSameReading() {
        Reading original = ReadingCodec.decode(bytes(FULL)).reading();

        Reading again = ReadingCodec.decode(ReadingCodec.encode(original)).reading();

        assertEquals(original, again);
    }

    @Test
    void sensorFieldsMayBeAbsent() {
        Verdict v = ReadingCodec.decode(bytes("{\"wellId\":\"W1\",\"deviceId\":\"D1\",\"seq\":0,\"ts\":\"2026-05-01T08:15:00Z\",\"powerKw\":null}"));

        assertTrue(v.isAccepted(), v.reason());
        assertEquals(null, v.reading().volumeM3());
        assertEquals(null, v.reading().powerKw());
        assertEquals(Set.of(), v.reading().alarms());
        assertEquals(v.reading(), ReadingCodec.decode(ReadingCodec.encode(v.reading())).reading());
    }

    @Test
    void refusesWithAReasonThatNamesTheProblem() {
        assertReason("{", "malformed JSON");
        assertReason("[1,2]", "must be a JSON object");
        assertReason("{\"deviceId\":\"D\",\"seq\":1,\"ts\":\"2026-05-01T08:15:00Z\"}", "missing required field 'wellId'");
        assertReason("{\"wellId\":7,\"deviceId\":\"D\",\"seq\":1,\"ts\":\"2026-05-01T08:15:00Z\"}", "field 'wellId' must be a string");
        assertReason("{\"wellId\":\"W\",\"deviceId\":\"D\",\"seq\":1.5,\"ts\":\"2026-05-01T08:15:00Z\"}", "field 'seq' must be an integer");
        assertReason("{\"wellId\":\"W\",\"deviceId\":\"D\",\"seq\":1,\"ts\":\"yesterday\"}", "ISO-8601");
        assertReason("{\"wellId\":\"W\",\"deviceId\":\"D\",\"seq\":1,\"ts\":\"2026-05-01T08:15:00Z\",\"flowM3h\":\"12\"}", "field 'flowM3h' must be a number");
        assertReason("{\"wellId\":\"W\",\"deviceId\":\"D\",\"seq\":1,\"ts\":\"2026-05-01T08:15:00Z\",\"flowM3h\":NaN}", "malformed JSON");
        assertReason("{\"wellId\":\"W\",\"deviceId\":\"D\",\"seq\":1,\"ts\":\"2026-05-01T08:15:00Z\",\"pumpOn\":1}", "must be true or false");
        assertReason("{\"wellId\":\"W\",\"deviceId\":\"D\",\"seq\":1,\"ts\":\"2026-05-01T08:15:00Z\",\"alarms\":[\"fire\"]}", "unknown alarm code");
        assertReason("{\"wellId\":\"W\",\"deviceId\":\"D\",\"seq\":1,\"ts\":\"2026-05-01T08:15:00Z\",\"flowM3h\":1e999}", "finite");
    }

    @Test
    void refusesDeeplyNestedJsonWithoutStackOverflow() {
        String nested = "{\"a\":".repeat(5000) + "1" + "}".repeat(5000);

        Verdict v = ReadingCodec.decode(bytes(nested));

        assertFalse(v.isAccepted());
        assertTrue(v.reason().startsWith("malformed JSON"), v.reason());
    }

    @Test
    void refusesInvalidUtf8() {
        byte[] payload = {'{', '"', 'w', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};

        Verdict v = ReadingCodec.decode(payload);

        assertFalse(v.isAccepted());
        assertTrue(v.reason().contains("UTF-8"), v.reason());
    }

    private static void assertReason(String payload, String expected) {
        Verdict v = ReadingCodec.decode(bytes(payload));
        assertFalse(v.isAccepted(), "accepted: " + payload);
        assertTrue(v.reason().contains(expected), "reason for " + payload + " was: " + v.reason());
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
