package wellwatch.contract.power;

/**
 * The outcome of decoding or validating one power reading: the reading, or the reason it was refused, written
 * for the utility's operator who reads the upload report.
 */
public record PowerVerdict(PowerReading reading, String reason) {

    public static PowerVerdict accepted(PowerReading reading) {
        return new PowerVerdict(reading, null);
    }

    public static PowerVerdict rejected(String reason) {
        return new PowerVerdict(null, reason);
    }

    public boolean isAccepted() {
        return reading != null;
    }
}
