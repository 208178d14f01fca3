package wellwatch.contract.reading;

import java.time.Duration;

/**
 * What a plausible reading looks like. Values outside these bounds are refused at the door (dead-letter
 * topic) because no real well produces them; values inside but suspicious are analytics' business.
 *
 * @param maxPayloadBytes largest payload accepted; a reading is ~300 bytes
 * @param maxFutureSkew how far ahead of the server clock a device clock may run
 * @param maxAge oldest reading accepted (devices buffer readings while offline, but not for years)
 * @param maxFlowM3h flow no well pump delivers
 * @param maxPowerKw power no well pump draws
 * @param maxLevelM depth of water level beyond any well
 */
public record ReadingLimits(
        int maxPayloadBytes,
        Duration maxFutureSkew,
        Duration maxAge,
        double maxFlowM3h,
        double maxPowerKw,
        double maxLevelM) {

    public static final int MAX_ID_LENGTH = 64;

    public static ReadingLimits defaults() {
        return new ReadingLimits(8192, Duration.ofMinutes(10), Duration.ofDays(400), 5_000, 5_000, 3_000);
    }
}
