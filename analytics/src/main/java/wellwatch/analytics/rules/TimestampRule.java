package wellwatch.analytics.rules;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import wellwatch.analytics.alert.AlertType;
import wellwatch.analytics.alert.Evidence;
import wellwatch.analytics.alert.Finding;
import wellwatch.contract.reading.Reading;
import wellwatch.registry.Well;

/**
 * Implausible reading time: in the future beyond the allowed skew, older than the maximum age, or behind the
 * same device's previous reading although its sequence number went up (the device clock was set back). A
 * redelivered reading (same sequence number) is not a finding.
 */
public final class TimestampRule implements ReadingRule {

    private final Clock clock;
    private final long maxFutureSkewMillis;
    private final long maxAgeMillis;
    private final long clockBackMillis;
    private final String rule;

    public TimestampRule(DetectionSettings.Timestamps settings, Clock clock) {
        this.clock = clock;
        this.maxFutureSkewMillis = settings.maxFutureSkew().toMillis();
        this.maxAgeMillis = settings.maxAge().toMillis();
        this.clockBackMillis = settings.clockBackTolerance().toMillis();
        this.rule = "timestamp: ahead of the analytics clock by > " + settings.maxFutureSkew() + ", older than " + settings.maxAge()
                + ", or behind the device's previous reading by > " + settings.clockBackTolerance();
    }

    @Override
    public Optional<Finding> check(Well well, Reading reading, WellTrack track) {
        long ts = reading.ts().toEpochMilli();
        long now = clock.millis();
        String reason;
        if (ts > now + maxFutureSkewMillis) {
            reason = "in_future";
        } else if (ts < now - maxAgeMillis) {
            reason = "too_old";
        } else if (track.lastTs != WellTrack.NONE && ts < track.lastTs - clockBackMillis
                && reading.deviceId().hashCode() == track.lastDevice && reading.seq() > track.lastSeq) {
            reason = "clock_went_back";
        } else {
            return Optional.empty();
        }
        Instant nowInstant = Instant.ofEpochMilli(now);
        Evidence evidence = Signals.reading(reading).put("reason", reason).put("analyticsClock", nowInstant);
        String summary;
        switch (reason) {
            case "in_future" -> {
                evidence.put("aheadBySeconds", (ts - now) / 1000);
                summary = "is " + (ts - now) / 1000 + " s ahead of the server clock";
            }
            case "too_old" -> {
                evidence.put("ageDays", (now - ts) / 86_400_000.0, 1);
                summary = "is " + Evidence.format((now - ts) / 86_400_000.0, 1) + " days old";
            }
            default -> {
                evidence.put("previousTs", Instant.ofEpochMilli(track.lastTs)).put("previousSeq", track.lastSeq)
                        .put("backBySeconds", (track.lastTs - ts) / 1000);
                summary = "is " + (track.lastTs - ts) / 1000 + " s earlier than the device's previous reading (seq "
                        + track.lastSeq + " -> " + reading.seq() + ")";
            }
        }
        // dated no later than now: a future-dated alert would swallow the updates of the real time line
        Instant at = ts > now ? nowInstant : reading.ts();
        return Optional.of(new Finding(AlertType.IMPLAUSIBLE_TIMESTAMP, reading.wellId(), at, rule,
                "Well " + reading.wellId() + ": the reading of device " + reading.deviceId() + " at " + reading.ts() + " " + summary,
                evidence.map()));
    }
}
