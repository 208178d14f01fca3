package wellwatch.contract.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PowerReadingValidatorTest {

    static final Instant NOW = Instant.parse("2026-05-02T08:20:00Z");
    static final Instant START = Instant.parse("2026-05-01T00:00:00Z");
    final PowerReadingValidator validator = new PowerReadingValidator(PowerLimits.defaults());

    @ParameterizedTest
    @ValueSource(strings = {"PT15M", "PT1H", "P1D", "P31D"})
    void verifiesThatTheUtilitysUsualIntervalsAreAccepted(String interval) {
        Duration d = Duration.parse(interval);

        assertNull(validator.problemWith(reading("3301000012345", START.minus(Duration.ofDays(30)), d, 7.5, 7.4), NOW));
    }

    @Test
    void verifiesThatAHostileOrEmptyMeterNumberIsRefused() {
        assertProblem(reading("=HYPERLINK(\"x\")", START, Duration.ofHours(1), 1, null), "meter number must be");
        assertProblem(reading("-12", START, Duration.ofHours(1), 1, null), "meter number must be");
        assertProblem(reading("", START, Duration.ofHours(1), 1, null), "meter number must be");
        assertProblem(reading("M".repeat(65), START, Duration.ofHours(1), 1, null), "meter number must be");
    }

    @Test
    void verifiesThatAnIntervalMustEndAfterItStartsAndLastAtMost31Days() {
        assertProblem(reading("M1", START, Duration.ZERO, 1, null), "is not after its start");
        assertProblem(reading("M1", START, Duration.ofHours(-1), 1, null), "is not after its start");
        assertProblem(reading("M1", START.minus(Duration.ofDays(60)), Duration.ofDays(32), 1, null), "interval of 32 d is longer than 31 d");
    }

    @Test
    void verifiesThatIntervalsInTheFutureOrOlderThan400DaysAreRefused() {
        assertProblem(reading("M1", NOW, Duration.ofHours(1), 1, null), "in the future");
        assertProblem(reading("M1", NOW.minus(Duration.ofDays(401)), Duration.ofHours(1), 1, null), "more than 400 days ago");
        assertNull(validator.problemWith(reading("M1", NOW.minus(Duration.ofHours(1)), Duration.ofHours(1).plusMinutes(5), 1, null), NOW),
                "an interval ending within the clock skew allowance is fine");
    }

    @Test
    void verifiesThatEnergyMustBeNonNegativeAndPlausibleForTheInterval() {
        assertProblem(reading("M1", START, Duration.ofHours(1), -0.1, null), "kwh -0.1 must be a finite number >= 0");
        assertProblem(reading("M1", START, Duration.ofMinutes(15), 1250.5, null), "implausible for 15 min (a pump of at most 5000 kW draws at most 1250 kWh)");
        assertNull(validator.problemWith(reading("M1", START, Duration.ofMinutes(15), 1250, null), NOW));
        assertNull(validator.problemWith(reading("M1", START, Duration.ofHours(1), 0, 0.0), NOW), "a pump that did not run is a reading too");
    }

    @Test
    void verifiesThatDemandMustBeInRangeWhenGiven() {
        assertProblem(reading("M1", START, Duration.ofHours(1), 1, -1.0), "kw -1.0 is outside the plausible range [0, 5000]");
        assertProblem(reading("M1", START, Duration.ofHours(1), 1, 5001.0), "kw 5001.0");
    }

    @Test
    void verifiesThatDurationsReadAsTheOperatorWritesThem() {
        assertEquals("15 min", PowerReadingValidator.human(Duration.ofMinutes(15)));
        assertEquals("1 d 6 h", PowerReadingValidator.human(Duration.ofHours(30)));
        assertEquals("0 s", PowerReadingValidator.human(Duration.ZERO));
    }

    private void assertProblem(PowerReading r, String expected) {
        PowerVerdict v = validator.check(r, NOW);
        assertFalse(v.isAccepted(), "accepted: " + r);
        assertTrue(v.reason().contains(expected), "reason was: " + v.reason());
    }

    static PowerReading reading(String meterNo, Instant start, Duration interval, double kwh, Double kw) {
        return new PowerReading(meterNo, null, start, start.plus(interval), kwh, kw, "test");
    }
}
