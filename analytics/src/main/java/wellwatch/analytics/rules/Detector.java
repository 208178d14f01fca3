package wellwatch.analytics.rules;

import java.util.ArrayList;
import java.util.List;
import wellwatch.analytics.alert.Finding;
import wellwatch.contract.reading.Reading;
import wellwatch.registry.Well;

/**
 * Runs every reading-level rule over one reading. Plain Java: the Kafka consumer hands it readings in
 * order per well, and persists what it finds.
 */
public final class Detector {

    private final SealedWellRule sealedWell;

    public Detector(SealedWellRule sealedWell) {
        this.sealedWell = sealedWell;
    }

    /**
     * @param well the registered well, or {@code null} when the well is not in the registry
     * @param reading a validated reading of that well
     */
    public List<Finding> inspect(Well well, Reading reading) {
        List<Finding> findings = new ArrayList<>(1);
        sealedWell.check(well, reading).ifPresent(findings::add);
        return findings;
    }
}
