package wellwatch.analytics.rules;

import java.util.Optional;
import wellwatch.analytics.alert.Finding;
import wellwatch.analytics.plan.QuotaReview;
import wellwatch.analytics.plan.QuotaSettings;
import wellwatch.contract.reading.Reading;
import wellwatch.registry.Well;

/**
 * Over plan / over permit, per well, live: holds the year-to-date volume the detector keeps against the
 * well's annual plan (one instance) or its permitted annual volume (the other). Reports when the share used
 * crosses a warning level (default 80%: early warning; 100%: over), and once over, again each time the share
 * grows by the report step, so the alert's excess and surcharge stay current. If the allowance is raised
 * (an approved plan adjustment) the levels re-arm.
 *
 * <p>Units (water users) are reviewed from stored sums with {@link QuotaReview#reviewUnit}, since their
 * wells may be read by other instances.
 */
public final class QuotaRule implements ReadingRule {

    /** What the year-to-date volume is held against. */
    public enum Measure {
        PLAN,
        PERMIT
    }

    private final Measure measure;
    private final QuotaReview review;
    private final QuotaSettings settings;

    public QuotaRule(Measure measure, QuotaReview review) {
        this.measure = measure;
        this.review = review;
        this.settings = review.settings();
    }

    @Override
    public Optional<Finding> check(Well well, Reading reading, WellTrack track) {
        if (well == null || track.isStale(reading) || track.yearStart == WellTrack.NONE) {
            return Optional.empty();
        }
        double allowed;
        if (measure == Measure.PLAN) {
            if (well.plan() == null || !well.plan().covers(track.year)) {
                return Optional.empty();
            }
            allowed = well.plan().plannedM3();
        } else {
            if (well.permit() == null) {
                return Optional.empty();
            }
            allowed = well.permit().annualVolumeM3();
        }
        double share = QuotaReview.share(track.ytdM3, allowed);
        double reported = measure == Measure.PLAN ? track.planReported : track.permitReported;
        if (share < reported) {
            reported = share; // allowance raised: re-arm the levels
            remember(track, reported);
        }
        int level = settings.levelIndex(share);
        if (level < 0) {
            return Optional.empty();
        }
        boolean crossed = level > settings.levelIndex(reported);
        boolean grown = settings.isOver(level) && share >= reported + settings.reportStep();
        if (!crossed && !grown) {
            return Optional.empty();
        }
        remember(track, share);
        return measure == Measure.PLAN
                ? review.planFinding(well.id(), QuotaReview.Scope.WELL, well.unitId(), track.year, allowed, track.ytdM3, reading.ts())
                : review.permitFinding(well.id(), QuotaReview.Scope.WELL, well.unitId(), track.year, well.permit(), track.ytdM3, reading.ts());
    }

    private void remember(WellTrack track, double share) {
        if (measure == Measure.PLAN) {
            track.planReported = share;
        } else {
            track.permitReported = share;
        }
    }
}
