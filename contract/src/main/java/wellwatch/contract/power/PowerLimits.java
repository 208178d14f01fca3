package wellwatch.contract.power;

import java.time.Duration;

/**
 * What a plausible power reading looks like. A row outside these bounds is refused with its reason; values
 * inside but suspicious are analytics' business.
 *
 * @param maxInterval longest interval accepted: the utility sends 15 min, 1 h or 1 day; a month at most
 * @param maxFutureSkew how far past the server clock an interval may end (clock differences)
 * @param maxAge oldest interval start accepted: the same window as devices' readings, so the time series
 *     partitions cover it
 * @param maxKw power no well pump draws: the interval's energy may not exceed it over the interval
 */
public record PowerLimits(Duration maxInterval, Duration maxFutureSkew, Duration maxAge, double maxKw) {

    public static PowerLimits defaults() {
        return new PowerLimits(Duration.ofDays(31), Duration.ofMinutes(10), Duration.ofDays(400), 5_000);
    }
}
