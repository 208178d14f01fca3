package wellwatch.simulator.well;

import java.util.SplittableRandom;

/**
 * The fixed characteristics of one simulated well, drawn from its seed.
 *
 * @param ratedPowerKw nameplate power of the pump, one of the standard motor sizes 3-30 kW
 * @param loadFactor share of the rated power the pump draws while running (0.85-1.0)
 * @param coefficientM3PerKwh electricity-to-water coefficient (以电折水系数), 2-8 m3/kWh
 * @param staticLevelM depth to water at rest, m below ground
 * @param drawdownM how much deeper the water stands after long pumping
 * @param levelTimeConstantS time constant of draw-down and recovery, s
 * @param initialVolumeM3 cumulative volume register when the simulation starts
 * @param initialEnergyKwh cumulative energy register when the simulation starts
 */
public record WellProfile(
        double ratedPowerKw,
        double loadFactor,
        double coefficientM3PerKwh,
        double staticLevelM,
        double drawdownM,
        double levelTimeConstantS,
        double initialVolumeM3,
        double initialEnergyKwh) {

    /** Standard motor sizes of submersible well pumps, kW. */
    static final double[] PUMP_SIZES_KW = {3, 4, 5.5, 7.5, 11, 15, 18.5, 22, 30};

    public static WellProfile random(SplittableRandom rnd) {
        double rated = PUMP_SIZES_KW[rnd.nextInt(PUMP_SIZES_KW.length)];
        double load = round(rnd.nextDouble(0.85, 1.0), 3);
        double coefficient = round(rnd.nextDouble(2.0, 8.0), 2);
        double initialEnergy = round(rnd.nextDouble(0, 50_000), 1);
        return new WellProfile(
                rated,
                load,
                coefficient,
                round(rnd.nextDouble(8, 60), 2),
                round(rnd.nextDouble(1, 12), 2),
                round(rnd.nextDouble(600, 3600), 0),
                round(initialEnergy * coefficient, 1),
                initialEnergy);
    }

    /** Mean power drawn while the pump runs, kW. */
    public double runningPowerKw() {
        return ratedPowerKw * loadFactor;
    }

    /** Mean flow while the pump runs: power x coefficient, m3/h. */
    public double runningFlowM3h() {
        return runningPowerKw() * coefficientM3PerKwh;
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
