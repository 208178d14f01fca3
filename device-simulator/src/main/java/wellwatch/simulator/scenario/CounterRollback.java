package wellwatch.simulator.scenario;

import wellwatch.contract.reading.Reading;

/**
 * The cumulative volume register is wound back (篡改监测数据): at the first reading from the onset the reported
 * volume drops to {@link #KEPT_SHARE} of its value and then grows normally from there. Energy is untouched.
 */
public final class CounterRollback implements Scenario {

    public static final String NAME = "counter-rollback";
    /** Share of the register that is left after the rollback. */
    public static final double KEPT_SHARE = 0.5;

    private final Onset onset;
    private Double removedM3;

    public CounterRollback(Onset onset) {
        this.onset = onset;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Reading report(Reading reading) {
        if (!onset.reached(reading.ts()) || reading.volumeM3() == null) {
            return reading;
        }
        if (removedM3 == null) {
            removedM3 = Math.floor(reading.volumeM3() * (1 - KEPT_SHARE));
        }
        double flow = reading.flowM3h() == null ? 0 : reading.flowM3h();
        return ReadingEdits.withMeter(reading, reading.volumeM3() - removedM3, flow);
    }
}
