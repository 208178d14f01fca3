package wellwatch.simulator.scenario;

import wellwatch.contract.reading.Reading;

/**
 * A flow meter that registers only a share of the water that passes: from the first reading it sees, its
 * volume register grows by {@code share} x the true increment and its flow shows {@code share} x the true
 * flow. Share 0 is a stuck meter, 0.1 a meter with most water bypassing it.
 */
final class MeterRegister {

    private final double share;
    private boolean started;
    private double lastTrueVolume;
    private double registered;

    MeterRegister(double share) {
        this.share = share;
    }

    Reading register(Reading reading) {
        if (reading.volumeM3() == null) {
            return reading;
        }
        double trueVolume = reading.volumeM3();
        if (!started) {
            started = true;
            registered = trueVolume;
        } else {
            registered += share * Math.max(0, trueVolume - lastTrueVolume);
        }
        lastTrueVolume = trueVolume;
        double flow = reading.flowM3h() == null ? 0 : share * reading.flowM3h();
        return ReadingEdits.withMeter(reading, registered, flow);
    }
}
