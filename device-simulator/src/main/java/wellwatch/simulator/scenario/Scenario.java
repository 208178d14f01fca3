package wellwatch.simulator.scenario;

import wellwatch.simulator.well.Anomaly;

/**
 * A named fault a simulated well can be made to show, so that the platform's detection can be tested: it
 * may take over the pump and alter what the RTU reports. Each scenario instance belongs to one well and
 * starts at its {@link Onset}; before that the well behaves normally. New scenarios are one class each plus
 * one line in {@link ScenarioCatalog}.
 */
public interface Scenario extends Anomaly {

    /** The name used on the command line, e.g. {@code sealed-pumping}. */
    String name();
}
