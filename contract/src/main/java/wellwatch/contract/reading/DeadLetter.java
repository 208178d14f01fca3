package wellwatch.contract.reading;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import wellwatch.contract.Json;

/**
 * A payload WellWatch refused, as written to {@link wellwatch.contract.Topics#READINGS_DEAD_LETTER}: the
 * original bytes (as text when they are valid UTF-8, else base64), why, and where it came from.
 *
 * @param sourceTopic MQTT topic the payload arrived on
 * @param reason why it was refused, for the operator
 * @param receivedAt when ingest received it
 * @param payload the original payload, unchanged
 */
public record DeadLetter(String sourceTopic, String reason, Instant receivedAt, byte[] payload) {

    public static final String ENCODING_UTF8 = "utf-8";
    public static final String ENCODING_BASE64 = "base64";

    public byte[] toJson() {
        String text = utf8OrNull(payload);
        return Json.write(g -> {
            g.writeStartObject();
            g.writeStringField("sourceTopic", sourceTopic);
            g.writeStringField("reason", reason);
            g.writeStringField("receivedAt", receivedAt.toString());
            g.writeStringField("payloadEncoding", text != null ? ENCODING_UTF8 : ENCODING_BASE64);
            g.writeStringField("payload", text != null ? text : Base64.getEncoder().encodeToString(payload));
            g.writeEndObject();
        });
    }

    public static DeadLetter fromJson(byte[] json) {
        JsonNode node = Json.parseTrusted(json);
        String encoding = node.path("payloadEncoding").asText();
        String payload = node.path("payload").asText();
        return new DeadLetter(
                node.path("sourceTopic").asText(),
                node.path("reason").asText(),
                Instant.parse(node.path("receivedAt").asText()),
                ENCODING_BASE64.equals(encoding) ? Base64.getDecoder().decode(payload) : payload.getBytes(StandardCharsets.UTF_8));
    }

    private static String utf8OrNull(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
