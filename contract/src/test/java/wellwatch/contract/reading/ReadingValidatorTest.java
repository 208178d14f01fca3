package wellwatch.contract.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReadingValidatorTest {

    static final Instant NOW = Instant.parse("2026-05-01T08:20:00Z");
    final ReadingValidator validator = new ReadingValidator(ReadingLimits.defaults());

    @Test
    void acceptsAPlausibleReadingOnItsOwnWellsTopic() {
        Verdict v = validator.check("W000001", bytes(ReadingCodecTest.FULL), NOW);

        assertTrue(v.isAccepted(), v.reason());
    }

    @Test
    void refusesAReadingPublishedUnderAnotherWellsTopic() {
        assertRejected("W000002", ReadingCodecTest.FULL, "does not match the topic's well 'W000002'");
    }

    @Test
    void refusesATopicThatNamesNoWell() {
        assertRejected(null, ReadingCodecTest.FULL, "wells/<wellId>/telemetry");
    }

    @Test
    void refusesTimestampsFarInTheFutureOrPast() {
        assertRejected("W1", reading("\"ts\":\"2026-05-01T09:00:00Z\""), "ahead of server time");
        assertRejected("W1", reading("\"ts\":\"2020-01-01T00:00:00Z\""), "older than 400 days");
    }

    @Test
    void refusesNegativeAndAbsurdValues() {
        assertRejected("W1", reading("\"ts\":\"2026-05-01T08:15:00Z\",\"volumeM3\":-1"), "volumeM3 -1.0 is outside");
        assertRejected("W1", reading("\"ts\":\"2026-05-01T08:15:00Z\",\"flowM3h\":1e9"), "flowM3h");
        assertRejected("W1", reading("\"ts\":\"2026-05-01T08:15:00Z\",\"powerKw\":-3"), "powerKw");
        assertRejected("W1", reading("\"ts\":\"2026-05-01T08:15:00Z\",\"energyKwh\":-0.5"), "energyKwh");
    }

    @Test
    void refusesHostileIds() {
        assertRejected("W1", "{\"wellId\":\"W1\",\"deviceId\":\"D;DROP TABLE\",\"seq\":1,\"ts\":\"2026-05-01T08:15:00Z\"}", "deviceId must be");
        assertRejected("../x", "{\"wellId\":\"../x\",\"deviceId\":\"D\",\"seq\":1,\"ts\":\"2026-05-01T08:15:00Z\"}", "wellId must be");
    }

    @Test
    void refusesNegativeSequence() {
        assertRejected("W1", "{\"wellId\":\"W1\",\"deviceId\":\"D\",\"seq\":-1,\"ts\":\"2026-05-01T08:15:00Z\"}", "seq must not be negative");
    }

    @Test
    void refusesOversizedPayloadBeforeParsingIt() {
        String big = "{\"pad\":\"" + "x".repeat(10_000) + "\"}";

        assertRejected("W1", big, "exceeds the limit of 8192");
    }

    @Test
    void deadLetterKeepsTheOriginalBytesEvenWhenTheyAreNotText() {
        byte[] garbage = {(byte) 0xff, 0, 1, 2};
        DeadLetter letter = new DeadLetter("wells/W1/telemetry", "malformed JSON", NOW, garbage);

        DeadLetter back = DeadLetter.fromJson(letter.toJson());

        assertEquals("wells/W1/telemetry", back.sourceTopic());
        assertEquals("malformed JSON", back.reason());
        assertEquals(NOW, back.receivedAt());
        assertEquals(java.util.Arrays.toString(garbage), java.util.Arrays.toString(back.payload()));
    }

    private void assertRejected(String topicWellId, String payload, String expected) {
        Verdict v = validator.check(topicWellId, bytes(payload), NOW);
        assertFalse(v.isAccepted(), "accepted: " + payload);
        assertTrue(v.reason().contains(expected), "reason was: " + v.reason());
    }

    private static String reading(String tsAndFields) {
        return "{\"wellId\":\"W1\",\"deviceId\":\"D1\",\"seq\":1," + tsAndFields + "}";
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
