package wellwatch.contract.reading;

/**
 * The outcome of decoding and validating a payload: either an accepted {@link Reading} or the reason it
 * was refused. The reason is written for the operator who reads the dead-letter topic.
 */
public record Verdict(Reading reading, String reason) {

    public static Verdict accepted(Reading reading) {
        return new Verdict(reading, null);
    }

    public static Verdict rejected(String reason) {
        return new Verdict(null, reason);
    }

    public boolean isAccepted() {
        return reading != null;
    }
}
