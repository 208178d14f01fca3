package wellwatch.simulator;

import java.nio.charset.StandardCharsets;
import wellwatch.contract.Json;

/**
 * The last line a run prints on stdout, one JSON object that benchmarks and fault tests parse:
 * {@code {"sent":..,"acked":..,"failed":..,"wells":..,"seconds":..,"ratePerSec":..}}. At the end
 * {@code sent = acked + failed}: whatever was not acknowledged when the drain deadline passed counts as
 * failed.
 *
 * @param seconds from the first publish to the last acknowledgement (or to the end of the drain)
 * @param ratePerSec acked / seconds
 */
public record Summary(long sent, long acked, long failed, int wells, double seconds, double ratePerSec) {

    public static Summary of(long sent, long acked, int wells, double seconds) {
        double rate = seconds > 0 ? acked / seconds : 0;
        return new Summary(sent, acked, sent - acked, wells, round(seconds, 3), round(rate, 1));
    }

    public String toJson() {
        byte[] json = Json.write(g -> {
            g.writeStartObject();
            g.writeNumberField("sent", sent);
            g.writeNumberField("acked", acked);
            g.writeNumberField("failed", failed);
            g.writeNumberField("wells", wells);
            g.writeNumberField("seconds", seconds);
            g.writeNumberField("ratePerSec", ratePerSec);
            g.writeEndObject();
        });
        return new String(json, StandardCharsets.UTF_8);
    }

    /** Whether every reading sent was acknowledged. */
    public boolean complete() {
        return failed == 0;
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
