package wellwatch.ingest.power;

/**
 * An upload refused as a whole, with the HTTP status and a message for the utility's operator: the body is
 * not parseable at all (400), too large (413), or the request cannot be completed now (503).
 */
public final class UploadRefused extends RuntimeException {

    public static final int BAD_REQUEST = 400;
    public static final int TOO_LARGE = 413;
    public static final int UNAVAILABLE = 503;

    private final int status;

    public UploadRefused(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public static UploadRefused unparseable(String message) {
        return new UploadRefused(BAD_REQUEST, message);
    }

    public static UploadRefused tooManyRows(int maxRows) {
        return new UploadRefused(TOO_LARGE, "more than " + maxRows + " rows in one request: split the upload");
    }

    public int status() {
        return status;
    }
}
