package wellwatch.analytics.rules;

import java.util.Optional;
import wellwatch.analytics.alert.AlertType;
import wellwatch.analytics.alert.Evidence;
import wellwatch.analytics.alert.Finding;
import wellwatch.contract.reading.Reading;
import wellwatch.registry.Well;

/**
 * Flow above capacity: the instantaneous flow exceeds the pump's rated capacity by more than the configured
 * factor (or the generous ceiling for a well without a registered rating). Either the meter misreads, the
 * registered pump is not the one installed (a larger pump was fitted without approval), or the figures are
 * forged.
 */
public final class OverCapacityRule implements ReadingRule {

    private final DetectionSettings.Capacity capacity;
    private final String rule;

    public OverCapacityRule(DetectionSettings.Capacity capacity) {
        this.capacity = capacity;
        this.rule = "over-capacity: flow > " + capacity.overCapacityFactor() + " x rated capacity (unrated wells: "
                + capacity.unratedCapacityM3h() + " m3/h)";
    }

    @Override
    public Optional<Finding> check(Well well, Reading reading, WellTrack track) {
        Double flow = reading.flowM3h();
        if (flow == null) {
            return Optional.empty();
        }
        double rated = Signals.capacityM3h(well, capacity);
        double limit = rated * capacity.overCapacityFactor();
        if (flow <= limit) {
            return Optional.empty();
        }
        boolean registered = well != null && well.ratedCapacityM3h() != null;
        Evidence evidence = Signals.reading(reading)
                .put("flowM3h", flow)
                .put(registered ? "ratedCapacityM3h" : "assumedCapacityM3h", rated)
                .put("limitM3h", limit)
                .put("flowShareOfRated", Evidence.percent(flow / rated));
        return Optional.of(new Finding(AlertType.FLOW_OVER_CAPACITY, reading.wellId(), reading.ts(), rule,
                "Well " + reading.wellId() + " reports " + Evidence.format(flow, 1) + " m3/h, above "
                        + (registered ? "its rated " : "the assumed ") + Evidence.format(rated, 1) + " m3/h",
                evidence.map()));
    }
}
