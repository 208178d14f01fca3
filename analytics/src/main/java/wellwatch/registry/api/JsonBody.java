package wellwatch.registry.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.Set;

/**
 * A JSON request body read field by field, against the value currently registered: an absent field keeps
 * the current value, an explicit {@code null} clears it, anything else must parse. Every refusal is a 400
 * naming the field.
 */
public final class JsonBody {

    private final JsonNode node;

    private JsonBody(JsonNode node) {
        this.node = node;
    }

    /** The body, which must be a JSON object with only {@code allowed} fields. */
    public static JsonBody of(JsonNode node, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            throw RegistryException.badRequest(null, "the body must be a JSON object with the fields " + String.join(", ", sorted(allowed)));
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw RegistryException.badRequest(name, "unknown field '" + name + "' (known: " + String.join(", ", sorted(allowed)) + ")");
            }
        }
        return new JsonBody(node);
    }

    public boolean has(String field) {
        return node.has(field);
    }

    /** Text: stripped, an empty string clears; refused when it could run as a spreadsheet formula. */
    public String text(String field, String current) {
        if (!node.has(field)) {
            return current;
        }
        JsonNode v = node.get(field);
        if (v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw RegistryException.badRequest(field, field + " must be a string");
        }
        try {
            return Text.clean(field, v.asText());
        } catch (FieldException e) {
            throw RegistryException.badRequest(field, e.getMessage());
        }
    }

    public Double number(String field, Double current) {
        if (!node.has(field)) {
            return current;
        }
        JsonNode v = node.get(field);
        if (v.isNull()) {
            return null;
        }
        if (!v.isNumber()) {
            throw RegistryException.badRequest(field, field + " must be a number");
        }
        return v.asDouble();
    }

    public Integer integer(String field, Integer current) {
        if (!node.has(field)) {
            return current;
        }
        JsonNode v = node.get(field);
        if (v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw RegistryException.badRequest(field, field + " must be a whole number");
        }
        return v.asInt();
    }

    public Boolean bool(String field, Boolean current) {
        if (!node.has(field)) {
            return current;
        }
        JsonNode v = node.get(field);
        if (v.isNull()) {
            return null;
        }
        if (!v.isBoolean()) {
            throw RegistryException.badRequest(field, field + " must be true or false");
        }
        return v.asBoolean();
    }

    /** A local date, {@code 2026-05-01}. */
    public LocalDate date(String field, LocalDate current) {
        String s = raw(field);
        if (s == null) {
            return node.has(field) ? null : current;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw RegistryException.badRequest(field, field + " must be a date like 2026-05-01, got '" + s + "'");
        }
    }

    /** An instant, {@code 2026-05-01T00:00:00Z} (or with an offset), kept to the microsecond as PostgreSQL does. */
    public Instant instant(String field, Instant current) {
        String s = raw(field);
        if (s == null) {
            return node.has(field) ? null : current;
        }
        try {
            return java.time.OffsetDateTime.parse(s).toInstant().truncatedTo(ChronoUnit.MICROS);
        } catch (DateTimeException e) {
            throw RegistryException.badRequest(field, field + " must be an ISO-8601 timestamp like 2026-05-01T00:00:00Z, got '" + s + "'");
        }
    }

    private String raw(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw RegistryException.badRequest(field, field + " must be a string");
        }
        return v.asText().strip();
    }

    private static java.util.List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }
}
