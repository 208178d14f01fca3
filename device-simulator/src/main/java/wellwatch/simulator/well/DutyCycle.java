package wellwatch.simulator.well;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/**
 * When a pump runs: alternating on and off periods, drawn uniformly from ranges that depend on the local time
 * of day. By day (06:00-20:00) pumps run long and rest briefly; at night they mostly rest.
 *
 * @param zone local time of the wells (the seed documents come from UTC+8)
 * @param dayOn range of on-periods by day, minutes
 * @param dayOff range of off-periods by day, minutes
 * @param nightOn range of on-periods at night, minutes
 * @param nightOff range of off-periods at night, minutes
 * @param initialOnProbability chance that a pump is running when the simulation starts
 */
public record DutyCycle(
        ZoneOffset zone, Range dayOn, Range dayOff, Range nightOn, Range nightOff, double initialOnProbability) {

    static final int DAY_STARTS = 6;
    static final int NIGHT_STARTS = 20;

    /** A range of minutes. */
    public record Range(double minMinutes, double maxMinutes) {

        double drawSeconds(SplittableRandom rnd) {
            return 60 * rnd.nextDouble(minMinutes, maxMinutes);
        }
    }

    public static DutyCycle defaults() {
        return new DutyCycle(
                ZoneOffset.ofHours(8), new Range(30, 180), new Range(20, 90), new Range(10, 60), new Range(120, 480), 0.3);
    }

    public boolean isDaytime(Instant t) {
        int hour = t.atOffset(zone).getHour();
        return hour >= DAY_STARTS && hour < NIGHT_STARTS;
    }

    /** Length of the period that starts at {@code t} with the pump {@code on}, s. */
    public double nextPeriodSeconds(boolean on, Instant t, SplittableRandom rnd) {
        boolean day = isDaytime(t);
        Range range = on ? (day ? dayOn : nightOn) : (day ? dayOff : nightOff);
        return range.drawSeconds(rnd);
    }
}
