package wellwatch.analytics.rules;

import java.util.Optional;
import wellwatch.analytics.alert.Finding;
import wellwatch.contract.reading.Reading;
import wellwatch.registry.Well;

/**
 * A detection evaluated on each reading, in order per well. A rule must not allocate when it finds
 * nothing: the detector runs every rule on every reading.
 */
public interface ReadingRule {

    /**
     * @param well the registered well, or {@code null} when the registry does not know it
     * @param reading the reading
     * @param track what the detector remembers of the well; its baseline is still the previous reading
     */
    Optional<Finding> check(Well well, Reading reading, WellTrack track);
}
