package wellwatch.contract;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Typed access to the fields of a JSON object from outside, with the refusal reasons every codec of the
 * wire contract gives ("missing required field 'x'", "field 'x' must be a number", ...).
 */
public final class JsonFields {

    private JsonFields() {}

    /** A field that is missing or of the wrong type; the message is the reason given back. */
    public static final class Invalid extends RuntimeException {
        public Invalid(String message) {
            super(message, null, false, false);
        }
    }

    public static String requiredText(JsonNode root, String field) {
        String text = optionalText(root, field);
        if (text == null) {
            throw missing(field);
        }
        return text;
    }

    public static String optionalText(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new Invalid("field '" + field + "' must be a string");
        }
        return node.textValue();
    }

    public static long requiredLong(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            throw missing(field);
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new Invalid("field '" + field + "' must be an integer");
        }
        return node.longValue();
    }

    public static double requiredNumber(JsonNode root, String field) {
        Double value = optionalNumber(root, field);
        if (value == null) {
            throw missing(field);
        }
        return value;
    }

    public static Double optionalNumber(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            throw new Invalid("field '" + field + "' must be a number");
        }
        double value = node.doubleValue();
        if (!Double.isFinite(value)) {
            throw new Invalid("field '" + field + "' must be a finite number");
        }
        return value;
    }

    public static Boolean optionalBoolean(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isBoolean()) {
            throw new Invalid("field '" + field + "' must be true or false");
        }
        return node.booleanValue();
    }

    private static Invalid missing(String field) {
        return new Invalid("missing required field '" + field + "'");
    }
}
