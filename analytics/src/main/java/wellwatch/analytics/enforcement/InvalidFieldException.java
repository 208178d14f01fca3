package wellwatch.analytics.enforcement;

/** A field of a lead, case or supervised case that is missing, malformed or inconsistent (HTTP 400). */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field's JSON name, or {@code null} when the body as a whole is at fault. */
    public String field() {
        return field;
    }
}
