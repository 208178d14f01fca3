package wellwatch.simulator.well;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * The state of a well between readings: pump on or off, water level, and the true cumulative volume and
 * energy. {@link #advance} integrates it exactly over an interval, switching the pump where the duty cycle
 * says. While the pump runs it draws {@link WellProfile#runningPowerKw()} and delivers power x coefficient,
 * so over any interval volume = energy x coefficient; the water level relaxes exponentially towards the
 * drawn-down level while pumping and back to the static level while idle.
 */
final class WellPhysics {

    private final WellProfile profile;
    private final DutyCycle dutyCycle;
    private final SplittableRandom rnd;

    private boolean pumpOn;
    private double secondsToToggle;
    private double levelM;
    private double volumeM3;
    private double energyKwh;

    WellPhysics(WellProfile profile, DutyCycle dutyCycle, SplittableRandom rnd, Instant start) {
        this.profile = profile;
        this.dutyCycle = dutyCycle;
        this.rnd = rnd;
        this.pumpOn = rnd.nextDouble() < dutyCycle.initialOnProbability();
        this.secondsToToggle = rnd.nextDouble() * dutyCycle.nextPeriodSeconds(pumpOn, start, rnd);
        this.levelM = profile.staticLevelM() + (pumpOn ? profile.drawdownM() * rnd.nextDouble() : 0);
        // Registers as if the pump had run at full power since REGISTER_EPOCH: an upper bound on what any run
        // can add, so a later run of the same well starts above where an earlier one ended, as a real meter
        // would (a restarted simulator must not look like a counter rollback).
        double hours = Math.max(0, Duration.between(REGISTER_EPOCH, start).toSeconds() / 3600.0);
        double maxKwh = REGISTER_MARGIN * profile.ratedPowerKw() * hours;
        this.energyKwh = profile.initialEnergyKwh() + maxKwh;
        this.volumeM3 = profile.initialVolumeM3() + maxKwh * profile.coefficientM3PerKwh() * REGISTER_MARGIN;
    }

    static final Instant REGISTER_EPOCH = Instant.parse("2024-01-01T00:00:00Z");
    private static final double REGISTER_MARGIN = 1.2;

    /** Integrates from {@code from} over {@code seconds} with the pump driven by {@code command}. */
    void advance(Instant from, double seconds, PumpCommand command) {
        double remaining = seconds;
        double elapsed = 0;
        while (remaining > 0) {
            boolean on = command == PumpCommand.NORMAL ? pumpOn : command == PumpCommand.ON;
            double segment = command == PumpCommand.NORMAL ? Math.min(remaining, secondsToToggle) : remaining;
            integrate(on, segment);
            remaining -= segment;
            elapsed += segment;
            if (command == PumpCommand.NORMAL) {
                secondsToToggle -= segment;
                if (secondsToToggle <= 0) {
                    pumpOn = !pumpOn;
                    secondsToToggle = dutyCycle.nextPeriodSeconds(pumpOn, from.plusMillis((long) (elapsed * 1000)), rnd);
                }
            }
        }
        if (command != PumpCommand.NORMAL) {
            pumpOn = command == PumpCommand.ON;
        }
    }

    private void integrate(boolean on, double seconds) {
        if (on) {
            double kwh = profile.runningPowerKw() * seconds / 3600;
            energyKwh += kwh;
            volumeM3 += kwh * profile.coefficientM3PerKwh();
        }
        double target = profile.staticLevelM() + (on ? profile.drawdownM() : 0);
        levelM = target + (levelM - target) * Math.exp(-seconds / profile.levelTimeConstantS());
    }

    boolean pumpOn() {
        return pumpOn;
    }

    double levelM() {
        return levelM;
    }

    double volumeM3() {
        return volumeM3;
    }

    double energyKwh() {
        return energyKwh;
    }
}
