package wellwatch.ingest.power;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import wellwatch.contract.Json;
import wellwatch.contract.power.PowerReadingCodec;

/**
 * The utility's JSON upload: an array of objects with {@code meterNo}, {@code intervalStart},
 * {@code intervalEnd}, {@code kwh} and optional {@code kw}. Read element by element (streaming), so a large
 * upload never sits in memory as one tree. An element that is not a reading is reported with its index;
 * JSON that is not well-formed cannot be resynchronised and refuses the whole request.
 */
public final class PowerJsonUpload {

    private PowerJsonUpload() {}

    /**
     * @throws UploadRefused when the body is not a well-formed JSON array (400) or holds more than
     *     {@code maxRows} elements (413)
     */
    public static ParsedUpload parse(byte[] body, String batch, int maxRows) {
        List<UploadRow> rows = new ArrayList<>();
        try (JsonParser parser = Json.parser(body)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw UploadRefused.unparseable("empty body: expected a JSON array of objects");
            }
            if (token != JsonToken.START_ARRAY) {
                throw UploadRefused.unparseable("body must be a JSON array of objects with meterNo, intervalStart, intervalEnd, kwh and optional kw");
            }
            for (token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token == null) {
                    throw UploadRefused.unparseable("malformed JSON: the array is never closed");
                }
                if (rows.size() >= maxRows) {
                    throw UploadRefused.tooManyRows(maxRows);
                }
                JsonNode element = parser.readValueAsTree();
                rows.add(new UploadRow(rows.size(), PowerReadingCodec.decodeUploadObject(element, batch)));
            }
            if (parser.nextToken() != null) {
                throw UploadRefused.unparseable("malformed JSON: content after the closing ']'");
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw UploadRefused.unparseable("malformed JSON" + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr())
                    + ": " + Json.firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw UploadRefused.unparseable("unreadable body: " + Json.firstLine(e.getMessage()));
        }
        return new ParsedUpload(ParsedUpload.INDEX, rows);
    }
}
