package wellwatch.contract.reading;

import static wellwatch.contract.JsonFields.optionalBoolean;
import static wellwatch.contract.JsonFields.optionalNumber;
import static wellwatch.contract.JsonFields.requiredLong;
import static wellwatch.contract.JsonFields.requiredText;

import wellwatch.contract.Json;
import wellwatch.contract.JsonFields;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Set;

/**
 * JSON form of a {@link Reading}: decodes what devices send, encodes what goes on Kafka. Uses Jackson's
 * tree and streaming API only (no reflection), so it runs unchanged in a native image. Decoding checks
 * types and required fields; value ranges are {@link ReadingValidator}'s job.
 */
public final class ReadingCodec {

    public static final String WELL_ID = "wellId";
    public static final String DEVICE_ID = "deviceId";
    public static final String SEQ = "seq";
    public static final String TS = "ts";
    public static final String VOLUME_M3 = "volumeM3";
    public static final String FLOW_M3H = "flowM3h";
    public static final String LEVEL_M = "levelM";
    public static final String PUMP_ON = "pumpOn";
    public static final String POWER_KW = "powerKw";
    public static final String ENERGY_KWH = "energyKwh";
    public static final String ALARMS = "alarms";

    private ReadingCodec() {}

    /** Decodes a device payload. Never throws: a payload that is not a reading gets a reason. */
    public static Verdict decode(byte[] payload) {
        JsonNode root;
        try {
            root = Json.parse(payload);
        } catch (JsonProcessingException e) {
            return Verdict.rejected("malformed JSON: " + Json.firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            return Verdict.rejected("unreadable payload: " + Json.firstLine(e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            return Verdict.rejected("payload must be a JSON object");
        }
        try {
            return Verdict.accepted(fromTree(root));
        } catch (JsonFields.Invalid e) {
            return Verdict.rejected(e.getMessage());
        }
    }

    /** Encodes a reading for Kafka. Absent sensor fields are left out. */
    public static byte[] encode(Reading reading) {
        return Json.write(g -> {
            g.writeStartObject();
            g.writeStringField(WELL_ID, reading.wellId());
            g.writeStringField(DEVICE_ID, reading.deviceId());
            g.writeNumberField(SEQ, reading.seq());
            g.writeStringField(TS, reading.ts().toString());
            writeOptional(g, VOLUME_M3, reading.volumeM3());
            writeOptional(g, FLOW_M3H, reading.flowM3h());
            writeOptional(g, LEVEL_M, reading.levelM());
            if (reading.pumpOn() != null) {
                g.writeBooleanField(PUMP_ON, reading.pumpOn());
            }
            writeOptional(g, POWER_KW, reading.powerKw());
            writeOptional(g, ENERGY_KWH, reading.energyKwh());
            if (!reading.alarms().isEmpty()) {
                g.writeArrayFieldStart(ALARMS);
                for (Alarm alarm : reading.alarms()) {
                    g.writeString(alarm.code());
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        });
    }

    private static Reading fromTree(JsonNode root) {
        return new Reading(
                requiredText(root, WELL_ID),
                requiredText(root, DEVICE_ID),
                requiredLong(root, SEQ),
                requiredInstant(root, TS),
                optionalNumber(root, VOLUME_M3),
                optionalNumber(root, FLOW_M3H),
                optionalNumber(root, LEVEL_M),
                optionalBoolean(root, PUMP_ON),
                optionalNumber(root, POWER_KW),
                optionalNumber(root, ENERGY_KWH),
                alarms(root));
    }



    private static Instant requiredInstant(JsonNode root, String field) {
        String text = requiredText(root, field);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new JsonFields.Invalid("field '" + field + "' must be an ISO-8601 UTC timestamp, e.g. 2026-05-01T08:15:00Z");
        }
    }



    private static Set<Alarm> alarms(JsonNode root) {
        JsonNode node = root.get(ALARMS);
        if (node == null || node.isNull()) {
            return Set.of();
        }
        if (!node.isArray()) {
            throw new JsonFields.Invalid("field '" + ALARMS + "' must be an array of alarm codes");
        }
        EnumSet<Alarm> alarms = EnumSet.noneOf(Alarm.class);
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
            JsonNode element = it.next();
            Alarm alarm = element.isTextual() ? Alarm.ofCode(element.textValue()) : null;
            if (alarm == null) {
                throw new JsonFields.Invalid("unknown alarm code " + element + " (known: cover_open, power_cut, magnetic_interference, meter_fault)");
            }
            alarms.add(alarm);
        }
        return alarms;
    }

    private static void writeOptional(JsonGenerator g, String field, Double value) throws IOException {
        if (value != null) {
            g.writeNumberField(field, value);
        }
    }
}
