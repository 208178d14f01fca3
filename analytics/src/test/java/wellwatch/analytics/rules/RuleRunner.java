package wellwatch.analytics.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import wellwatch.analytics.alert.Finding;
import wellwatch.contract.reading.Reading;
import wellwatch.registry.Well;

/** Feeds readings to one rule the way the detector does: check, then advance the track. */
final class RuleRunner {

    private final ReadingRule rule;
    private final WellTrack track;

    RuleRunner(ReadingRule rule, String wellId) {
        this.rule = rule;
        this.track = new WellTrack(wellId);
    }

    RuleRunner(ReadingRule rule) {
        this(rule, wellwatch.analytics.Fixtures.WELL_ID);
    }

    WellTrack track() {
        return track;
    }

    Optional<Finding> feed(Well well, Reading reading) {
        Optional<Finding> found = rule.check(well, reading, track);
        track.commit(well, reading);
        return found;
    }

    /** All findings over the readings, in order. */
    List<Finding> feedAll(Well well, List<Reading> readings) {
        List<Finding> found = new ArrayList<>();
        for (Reading r : readings) {
            feed(well, r).ifPresent(found::add);
        }
        return found;
    }
}
