package wellwatch.analytics.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import wellwatch.analytics.Fixtures.Readings;
import wellwatch.analytics.Fixtures.Series;
import wellwatch.analytics.Fixtures.Wells;
import wellwatch.analytics.alert.AlertType;

class VolumeJumpRuleTest {

    private final RuleRunner runner = new RuleRunner(new VolumeJumpRule(DetectionSettings.Capacity.defaults()));
    private final Series series = Readings.series();

    @Test
    void aThousandCubicMetresInFiveMinutesFromA60M3hPumpIsAJump() {
        runner.feed(Wells.active(), series.pumping());
        series.registers(series.volume() + 1_000, series.energy());

        var found = runner.feed(Wells.active(), series.pumping());

        assertEquals(AlertType.VOLUME_JUMP, found.get().type());
        assertEquals("60", found.get().evidence().get("ratedCapacityM3h"));
    }

    @Test
    void normalPumpingAndCatchUpAfterAnOutageAreNotJumps() {
        runner.feedAll(Wells.active(), series.pumping(12));
        // ten hours offline at 40 m3/h: 400 m3 at once, well below 2 x 60 m3/h x 10 h
        series.every(Duration.ofHours(10));
        assertTrue(runner.feed(Wells.active(), series.pumping()).isEmpty());
    }

    @Test
    void aSmallStepIsNeverAJumpHoweverShortTheInterval() {
        runner.feed(Wells.active(), series.pumping());
        series.every(Duration.ofSeconds(1)).registers(series.volume() + 4, series.energy());
        assertTrue(runner.feed(Wells.active(), series.idle()).isEmpty());
    }

    @Test
    void anUnratedWellIsHeldAgainstTheGenerousCeiling() {
        var unrated = Wells.activeBuilder().ratedCapacityM3h(null).build();
        runner.feed(unrated, series.pumping());
        series.registers(series.volume() + 40, series.energy());
        assertTrue(runner.feed(unrated, series.idle()).isEmpty(), "40 m3 in 5 min is 480 m3/h < 2 x 300");
        series.registers(series.volume() + 60, series.energy());
        assertTrue(runner.feed(unrated, series.idle()).isPresent(), "60 m3 in 5 min is 720 m3/h > 2 x 300");
    }
}
