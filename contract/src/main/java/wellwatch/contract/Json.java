package wellwatch.contract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one JSON setup of the wire contract: strict read limits (payloads come from devices in the field)
 * and tree/streaming access only, so nothing depends on reflection.
 */
public final class Json {

    /** Wire records are flat; anything nested deeper than this is hostile. */
    public static final int MAX_NESTING_DEPTH = 8;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    // Dead letters carry whole refused payloads (up to the broker's 64 KiB packet, base64-encoded).
                    .maxStringLength(256 * 1024)
                    .maxNumberLength(64)
                    .build())
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private Json() {}

    /** Parses JSON; throws {@link IOException} (a {@code JsonProcessingException} for bad JSON). */
    public static JsonNode parse(byte[] json) throws IOException {
        return MAPPER.readTree(json);
    }

    /**
     * A streaming parser with the same limits, for documents too large to hold as one tree (bulk uploads):
     * the caller walks the outer array and reads one element at a time with {@code readValueAsTree()}.
     */
    public static JsonParser parser(byte[] json) throws IOException {
        return MAPPER.createParser(json);
    }

    /** Parses JSON the caller produced itself, where failure is a bug. */
    public static JsonNode parseTrusted(byte[] json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one JSON value with a streaming generator. */
    public static byte[] write(Writer writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            writer.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A flat string map as a JSON object, keys sorted so equal maps give equal bytes. */
    public static byte[] writeStringMap(Map<String, String> map) {
        return write(g -> writeStringMap(g, map));
    }

    public static void writeStringMap(JsonGenerator g, Map<String, String> map) throws IOException {
        g.writeStartObject();
        for (Map.Entry<String, String> e : new TreeMap<>(map).entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    /** A JSON object's fields as text (the inverse of {@link #writeStringMap}). */
    public static Map<String, String> readStringMap(JsonNode object) {
        Map<String, String> map = new TreeMap<>();
        object.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        return map;
    }

    /** The first line of a parser message, cut to a length fit for a log line or dead letter. */
    public static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    @FunctionalInterface
    public interface Writer {
        void write(JsonGenerator g) throws IOException;
    }
}
