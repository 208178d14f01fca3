package wellwatch.registry.api;

/**
 * A value refused by a registry record's own checks. Carries the field's name so that the REST API (JSON
 * field) and the CSV import (column) can both say which value is wrong.
 */
public class FieldException extends IllegalArgumentException {

    private final String field;

    public FieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** Throws when {@code value} is present and outside {@code [min, max]}. */
    public static Double inRange(String field, Double value, double min, double max) {
        if (value != null && !(value >= min && value <= max)) {
            throw new FieldException(field, field + " must be between " + plain(min) + " and " + plain(max) + ", got " + plain(value));
        }
        return value;
    }

    /** Throws when {@code value} is present and not above 0 (or not finite). */
    public static Double positive(String field, Double value) {
        if (value != null && !(value > 0 && Double.isFinite(value))) {
            throw new FieldException(field, field + " must be a number above 0, got " + plain(value));
        }
        return value;
    }

    /** Throws when {@code value} is present and below 0 (or not finite). */
    public static Double notNegative(String field, Double value) {
        if (value != null && !(value >= 0 && Double.isFinite(value))) {
            throw new FieldException(field, field + " must be a number of 0 or more, got " + plain(value));
        }
        return value;
    }

    /** Throws when {@code value} is missing. */
    public static <T> T required(String field, T value) {
        if (value == null) {
            throw new FieldException(field, field + " is required");
        }
        return value;
    }

    static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
