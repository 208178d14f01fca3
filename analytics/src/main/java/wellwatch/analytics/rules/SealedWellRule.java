package wellwatch.analytics.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import wellwatch.analytics.alert.AlertType;
import wellwatch.analytics.alert.Finding;
import wellwatch.contract.reading.Reading;
import wellwatch.registry.Well;

/**
 * Sealed-well reactivation (封停井复用): a sealed or cancelled well must show neither pump power nor
 * flow. Any reading that does, after the well was closed, is a finding.
 */
public final class SealedWellRule {

    /**
     * @param minPowerKw power above this counts as the pump drawing power (standby/metering draw is below)
     * @param minFlowM3h flow above this counts as water moving (meter noise is below)
     */
    public record Thresholds(double minPowerKw, double minFlowM3h) {}

    private final Thresholds thresholds;

    public SealedWellRule(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    public Optional<Finding> check(Well well, Reading reading) {
        if (well == null || !well.status().isClosed()) {
            return Optional.empty();
        }
        if (well.statusSince() != null && reading.ts().isBefore(well.statusSince())) {
            return Optional.empty(); // measured before the well was closed
        }
        if (!reading.showsAbstraction(thresholds.minPowerKw(), thresholds.minFlowM3h())) {
            return Optional.empty();
        }
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put("status", well.status().code());
        evidence.put("statusSince", String.valueOf(well.statusSince()));
        evidence.put("deviceId", reading.deviceId());
        evidence.put("seq", Long.toString(reading.seq()));
        evidence.put("readingTs", reading.ts().toString());
        put(evidence, "pumpOn", reading.pumpOn());
        put(evidence, "powerKw", reading.powerKw());
        put(evidence, "flowM3h", reading.flowM3h());
        return Optional.of(new Finding(
                AlertType.SEALED_WELL_REACTIVATION,
                well.id(),
                reading.ts(),
                "sealed-well: pump on, power > " + thresholds.minPowerKw() + " kW or flow > " + thresholds.minFlowM3h() + " m3/h",
                "Well " + well.id() + " is " + well.status().code() + " but shows pump activity (power "
                        + reading.powerKw() + " kW, flow " + reading.flowM3h() + " m3/h)",
                evidence));
    }

    private static void put(Map<String, String> evidence, String key, Object value) {
        if (value != null) {
            evidence.put(key, value.toString());
        }
    }
}
