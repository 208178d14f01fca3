package wellwatch.analytics.api;

/**
 * A request to the bureau's API (alerts, leads, cases, ledgers) that cannot be carried out, with the HTTP
 * status it maps to and, where one field is at fault, that field's JSON name. The message is written for the
 * person who sent the request.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String field;

    public ApiException(int status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    /** 400: a parameter or field is missing, malformed or out of range. */
    public static ApiException badRequest(String field, String message) {
        return new ApiException(400, field, message);
    }

    /** 404: the id in the path does not exist. */
    public static ApiException notFound(String what, Object id) {
        return new ApiException(404, null, what + " " + id + " does not exist");
    }

    /** 409: the request contradicts the current state (an illegal transition, a closed record). */
    public static ApiException conflict(String message) {
        return new ApiException(409, null, message);
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }
}
