package wellwatch.analytics.enforcement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import wellwatch.contract.Json;

/**
 * A JSON request body read field by field against the current value: an absent field keeps it, an explicit
 * {@code null} clears it, anything else must parse. Every refusal is an {@link InvalidFieldException} naming
 * the field. Text is stripped, an empty string clears, and is at most {@value #MAX_TEXT} characters.
 */
public final class Fields {

    public static final int MAX_TEXT = 4000;

    private final JsonNode node;

    private Fields(JsonNode node) {
        this.node = node;
    }

    /** A body with no fields. */
    public static Fields empty() {
        return new Fields(null);
    }

    /** Parses {@code body} (blank: no fields), which must be a JSON object with only {@code allowed} fields. */
    public static Fields parse(String body, Set<String> allowed) {
        if (body == null || body.isBlank()) {
            return empty();
        }
        JsonNode node;
        try {
            node = Json.parse(body.getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new InvalidFieldException(null, "the body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidFieldException(null, "the body cannot be read: " + e.getMessage());
        }
        return of(node, allowed);
    }

    public static Fields of(JsonNode node, Set<String> allowed) {
        if (node == null || node.isNull()) {
            return empty();
        }
        if (!node.isObject()) {
            throw new InvalidFieldException(null, "the body must be a JSON object with the fields " + String.join(", ", new TreeSet<>(allowed)));
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new InvalidFieldException(name, "unknown field '" + name + "' (known: " + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        }
        return new Fields(node);
    }

    public boolean has(String field) {
        return node != null && node.has(field);
    }

    public String text(String field, String current) {
        if (!has(field)) {
            return current;
        }
        JsonNode v = node.get(field);
        if (v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new InvalidFieldException(field, field + " must be a string");
        }
        String s = v.asText().strip();
        if (s.length() > MAX_TEXT) {
            throw new InvalidFieldException(field, field + " is longer than " + MAX_TEXT + " characters");
        }
        return s.isEmpty() ? null : s;
    }

    public Boolean bool(String field, Boolean current) {
        if (!has(field)) {
            return current;
        }
        JsonNode v = node.get(field);
        if (v.isNull()) {
            return null;
        }
        if (!v.isBoolean()) {
            throw new InvalidFieldException(field, field + " must be true or false");
        }
        return v.asBoolean();
    }

    /** A local date, {@code 2026-11-20}. */
    public LocalDate date(String field, LocalDate current) {
        String s = text(field, null);
        if (s == null) {
            return has(field) ? null : current;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeException e) {
            throw new InvalidFieldException(field, field + " must be a date like 2026-11-20, got '" + s + "'");
        }
    }

    /** An instant with an offset, {@code 2026-11-20T09:30:00+08:00} or {@code ...Z}, kept to the microsecond. */
    public Instant instant(String field, Instant current) {
        String s = text(field, null);
        if (s == null) {
            return has(field) ? null : current;
        }
        try {
            return OffsetDateTime.parse(s).toInstant().truncatedTo(ChronoUnit.MICROS);
        } catch (DateTimeException e) {
            throw new InvalidFieldException(field, field + " must be an ISO-8601 timestamp like 2026-11-20T09:30:00+08:00, got '" + s + "'");
        }
    }

    public LeadSource source(String field, LeadSource current) {
        String s = text(field, null);
        if (s == null) {
            return has(field) ? null : current;
        }
        return LeadSource.of(field, s);
    }

    /** A whole number. */
    public Long id(String field, Long current) {
        if (!has(field)) {
            return current;
        }
        JsonNode v = node.get(field);
        if (v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new InvalidFieldException(field, field + " must be a whole number");
        }
        return v.asLong();
    }

    /** Throws when {@code value} is null: the field must be given (or have a default). */
    public static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidFieldException(field, field + " is required");
        }
        return value;
    }
}
