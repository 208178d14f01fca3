package wellwatch.registry.api;

/**
 * A registry request that cannot be carried out, with the HTTP status it maps to and, where one field is at
 * fault, that field's name. The message is written for the person who sent the request.
 */
public class RegistryException extends RuntimeException {

    private final int status;
    private final String field;

    public RegistryException(int status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    /** 400: a field is missing, malformed or out of range. */
    public static RegistryException badRequest(String field, String message) {
        return new RegistryException(400, field, message);
    }

    /** 404: the id in the path is not registered. */
    public static RegistryException notFound(String what, String id) {
        return new RegistryException(404, null, what + " '" + id + "' is not registered");
    }

    /** 409: the request contradicts what is registered (a meter tied to another well, overlapping periods). */
    public static RegistryException conflict(String field, String message) {
        return new RegistryException(409, field, message);
    }

    public int status() {
        return status;
    }

    /** The field at fault (JSON name), or {@code null}. */
    public String field() {
        return field;
    }
}
