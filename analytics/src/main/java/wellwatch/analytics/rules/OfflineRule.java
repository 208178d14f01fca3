package wellwatch.analytics.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import wellwatch.analytics.alert.AlertType;
import wellwatch.analytics.alert.Evidence;
import wellwatch.analytics.alert.Finding;
import wellwatch.registry.Well;
import wellwatch.registry.WellStatus;

/**
 * Device offline: an active registered well whose last reading is older than the configured number of its
 * reporting intervals. Evaluated on a clock tick ({@link Detector#sweep}), not on readings. Reported once
 * per silence: the next reading from the well re-arms it. Wells that are sealed, cancelled or stopped for
 * the season are expected to be silent and are not reported; nor are wells never heard of since the track
 * was built (see {@link Detector#restore}).
 */
public final class OfflineRule {

    private final DetectionSettings.Offline settings;
    private final String rule;

    public OfflineRule(DetectionSettings.Offline settings) {
        this.settings = settings;
        this.rule = "offline: no reading for > " + settings.afterIntervals() + " reporting intervals (default interval "
                + settings.defaultReportingInterval() + ")";
    }

    /** A finding when the track's well has been silent too long at {@code nowMillis}; marks it reported. */
    Optional<Finding> check(WellTrack track, long nowMillis) {
        Well well = track.well;
        if (well == null || well.status() != WellStatus.ACTIVE || track.offlineReported || track.lastTs == WellTrack.NONE) {
            return Optional.empty();
        }
        Duration interval = well.reportingInterval() != null ? well.reportingInterval() : settings.defaultReportingInterval();
        long limit = interval.toMillis() * settings.afterIntervals();
        long silent = nowMillis - track.lastTs;
        if (silent <= limit) {
            return Optional.empty();
        }
        track.offlineReported = true;
        Instant lastSeen = Instant.ofEpochMilli(track.lastTs);
        Evidence evidence = Evidence.of()
                .put("lastSeen", lastSeen)
                .put("silentForHours", silent / 3_600_000.0, 2)
                .put("reportingInterval", interval)
                .put("intervalSource", well.reportingInterval() != null ? "registry" : "default")
                .put("afterIntervals", settings.afterIntervals());
        return Optional.of(new Finding(AlertType.DEVICE_OFFLINE, well.id(), Instant.ofEpochMilli(nowMillis), rule,
                "Well " + well.id() + " has sent nothing since " + lastSeen + " (" + Evidence.format(silent / 3_600_000.0, 1)
                        + " h; it reports every " + interval.toMinutes() + " min)",
                evidence.map()));
    }
}
