package wellwatch.contract.power;

import static wellwatch.contract.JsonFields.optionalNumber;
import static wellwatch.contract.JsonFields.optionalText;
import static wellwatch.contract.JsonFields.requiredNumber;
import static wellwatch.contract.JsonFields.requiredText;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import wellwatch.contract.Json;
import wellwatch.contract.JsonFields;

/**
 * JSON form of a {@link PowerReading}: the record on {@link wellwatch.contract.Topics#POWER_READINGS}, and
 * the objects of the utility's JSON upload (the same field names, without {@code wellId} and {@code batch},
 * which ingest sets). Jackson tree and streaming API only (no reflection), so it runs in a native image.
 * Decoding checks types and required fields; plausibility is {@link PowerReadingValidator}'s job.
 */
public final class PowerReadingCodec {

    public static final String METER_NO = "meterNo";
    public static final String WELL_ID = "wellId";
    public static final String INTERVAL_START = "intervalStart";
    public static final String INTERVAL_END = "intervalEnd";
    public static final String KWH = "kwh";
    public static final String KW = "kw";
    public static final String BATCH = "batch";

    private PowerReadingCodec() {}

    /** Encodes a reading for Kafka. {@code wellId} is always written ({@code null} = meter not registered); {@code kw} only when known. */
    public static byte[] encode(PowerReading r) {
        return Json.write(g -> {
            g.writeStartObject();
            g.writeStringField(METER_NO, r.meterNo());
            if (r.wellId() == null) {
                g.writeNullField(WELL_ID);
            } else {
                g.writeStringField(WELL_ID, r.wellId());
            }
            g.writeStringField(INTERVAL_START, r.intervalStart().toString());
            g.writeStringField(INTERVAL_END, r.intervalEnd().toString());
            g.writeNumberField(KWH, r.kwh());
            if (r.kw() != null) {
                g.writeNumberField(KW, r.kw());
            }
            g.writeStringField(BATCH, r.batch());
            g.writeEndObject();
        });
    }

    /** Decodes a record of the power readings topic. Never throws: a record that is not a reading gets a reason. */
    public static PowerVerdict decode(byte[] payload) {
        JsonNode root;
        try {
            root = Json.parse(payload);
        } catch (JsonProcessingException e) {
            return PowerVerdict.rejected("malformed JSON: " + Json.firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            return PowerVerdict.rejected("unreadable payload: " + Json.firstLine(e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            return PowerVerdict.rejected("payload must be a JSON object");
        }
        try {
            return PowerVerdict.accepted(fromTree(root, optionalText(root, WELL_ID), requiredText(root, BATCH)));
        } catch (JsonFields.Invalid e) {
            return PowerVerdict.rejected(e.getMessage());
        }
    }

    /**
     * Decodes one object of a JSON upload: {@code meterNo}, {@code intervalStart}, {@code intervalEnd},
     * {@code kwh}, optional {@code kw}. Other fields are ignored ({@code wellId} too: ingest resolves it).
     */
    public static PowerVerdict decodeUploadObject(JsonNode node, String batch) {
        if (node == null || !node.isObject()) {
            return PowerVerdict.rejected("element must be a JSON object with meterNo, intervalStart, intervalEnd, kwh and optional kw");
        }
        try {
            return PowerVerdict.accepted(fromTree(node, null, batch));
        } catch (JsonFields.Invalid e) {
            return PowerVerdict.rejected(e.getMessage());
        }
    }

    /**
     * Parses an interval boundary: ISO-8601 with a zone offset ({@code 2026-05-01T08:00:00+08:00},
     * {@code 2026-05-01T00:00:00Z}); a space instead of the {@code T} is accepted (spreadsheets write it).
     * A local time without offset is refused: it would be a guess whether it is Beijing time or UTC.
     *
     * @throws IllegalArgumentException with a reason that names the problem, not the field
     */
    public static Instant parseTimestamp(String text) {
        String t = text.trim();
        if (t.length() > 10 && t.charAt(10) == ' ') {
            t = t.substring(0, 10) + 'T' + t.substring(11);
        }
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            boolean local;
            try {
                LocalDateTime.parse(t);
                local = true;
            } catch (DateTimeParseException notLocal) {
                local = false;
            }
            throw new IllegalArgumentException(local
                    ? "'" + abbreviate(text) + "' has no zone offset: write e.g. 2026-05-01T08:00:00+08:00 (Beijing time) or 2026-05-01T00:00:00Z (UTC)"
                    : "'" + abbreviate(text) + "' is not an ISO-8601 timestamp with zone offset, e.g. 2026-05-01T08:00:00+08:00");
        }
    }

    /** A cell or field value cut to a length fit for a reason. */
    public static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "..." : value;
    }

    private static PowerReading fromTree(JsonNode root, String wellId, String batch) {
        return new PowerReading(
                requiredText(root, METER_NO),
                wellId,
                requiredInstant(root, INTERVAL_START),
                requiredInstant(root, INTERVAL_END),
                requiredNumber(root, KWH),
                optionalNumber(root, KW),
                batch);
    }

    private static Instant requiredInstant(JsonNode root, String field) {
        String text = requiredText(root, field);
        try {
            return parseTimestamp(text);
        } catch (IllegalArgumentException e) {
            throw new JsonFields.Invalid("field '" + field + "': " + e.getMessage());
        }
    }
}
