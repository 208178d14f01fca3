package wellwatch.contract.reading;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Decides whether a payload received on a telemetry topic is a reading WellWatch accepts. Pure function
 * of its inputs, so ingest, tests and tools all judge a payload the same way.
 */
public final class ReadingValidator {

    /** Well and device ids: letters, digits, '-', '_' and '.', so they are safe in topics, keys and logs. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0," + (ReadingLimits.MAX_ID_LENGTH - 1) + "}");

    private final ReadingLimits limits;

    public ReadingValidator(ReadingLimits limits) {
        this.limits = limits;
    }

    public ReadingLimits limits() {
        return limits;
    }

    /**
     * @param topicWellId the well id named by the MQTT topic the payload came on
     * @param payload the raw payload
     * @param now the server's clock
     */
    public Verdict check(String topicWellId, byte[] payload, Instant now) {
        if (payload.length > limits.maxPayloadBytes()) {
            return Verdict.rejected("payload of " + payload.length + " bytes exceeds the limit of " + limits.maxPayloadBytes());
        }
        if (topicWellId == null) {
            return Verdict.rejected("topic is not of the form wells/<wellId>/telemetry");
        }
        Verdict decoded = ReadingCodec.decode(payload);
        if (!decoded.isAccepted()) {
            return decoded;
        }
        String problem = problemWith(decoded.reading(), topicWellId, now);
        return problem == null ? decoded : Verdict.rejected(problem);
    }

    /** The first thing wrong with an otherwise well-formed reading, or {@code null} if nothing is. */
    String problemWith(Reading r, String topicWellId, Instant now) {
        if (!ID.matcher(r.wellId()).matches()) {
            return "wellId must be 1-64 letters, digits, '.', '-' or '_'";
        }
        if (!ID.matcher(r.deviceId()).matches()) {
            return "deviceId must be 1-64 letters, digits, '.', '-' or '_'";
        }
        if (!r.wellId().equals(topicWellId)) {
            return "wellId '" + r.wellId() + "' does not match the topic's well '" + topicWellId + "'";
        }
        if (r.seq() < 0) {
            return "seq must not be negative";
        }
        if (r.ts().isAfter(now.plus(limits.maxFutureSkew()))) {
            return "ts " + r.ts() + " is more than " + limits.maxFutureSkew().toMinutes() + " min ahead of server time " + now;
        }
        if (r.ts().isBefore(now.minus(limits.maxAge()))) {
            return "ts " + r.ts() + " is older than " + limits.maxAge().toDays() + " days";
        }
        String range = outOfRange("volumeM3", r.volumeM3(), 0, Double.MAX_VALUE);
        if (range == null) range = outOfRange("flowM3h", r.flowM3h(), 0, limits.maxFlowM3h());
        if (range == null) range = outOfRange("levelM", r.levelM(), -limits.maxLevelM(), limits.maxLevelM());
        if (range == null) range = outOfRange("powerKw", r.powerKw(), 0, limits.maxPowerKw());
        if (range == null) range = outOfRange("energyKwh", r.energyKwh(), 0, Double.MAX_VALUE);
        return range;
    }

    private static String outOfRange(String field, Double value, double min, double max) {
        if (value == null || (value >= min && value <= max)) {
            return null;
        }
        return field + " " + value + " is outside the plausible range [" + fmt(min) + ", " + fmt(max) + "]";
    }

    private static String fmt(double v) {
        return v == Double.MAX_VALUE ? "inf" : (v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v));
    }
}
