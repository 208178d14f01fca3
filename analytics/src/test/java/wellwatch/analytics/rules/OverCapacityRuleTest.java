package wellwatch.analytics.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import wellwatch.analytics.Fixtures;
import wellwatch.analytics.Fixtures.Readings;
import wellwatch.analytics.Fixtures.Wells;
import wellwatch.analytics.alert.AlertType;

class OverCapacityRuleTest {

    private final RuleRunner runner = new RuleRunner(new OverCapacityRule(DetectionSettings.Capacity.defaults()));

    @Test
    void flowWellAboveTheRatingIsReported() {
        // rated 60 m3/h, limit 72 m3/h
        var found = runner.feed(Wells.active(), Readings.instant(Fixtures.T0, true, 20.0, 80.0));

        assertEquals(AlertType.FLOW_OVER_CAPACITY, found.get().type());
        assertEquals("72", found.get().evidence().get("limitM3h"));
        assertEquals("133.3%", found.get().evidence().get("flowShareOfRated"));
    }

    @Test
    void flowWithinTheMarginOrWithoutAFlowSensorIsNotReported() {
        assertTrue(runner.feed(Wells.active(), Readings.instant(Fixtures.T0, true, 15.0, 70.0)).isEmpty());
        assertTrue(runner.feed(Wells.active(), Readings.instant(Fixtures.T0, true, 15.0, null)).isEmpty());
    }

    @Test
    void anUnratedWellUsesTheAssumedCapacity() {
        var unrated = Wells.activeBuilder().ratedCapacityM3h(null).build();
        assertTrue(runner.feed(unrated, Readings.instant(Fixtures.T0, true, 20.0, 300.0)).isEmpty());
        assertEquals("300", runner.feed(unrated, Readings.instant(Fixtures.T0, true, 20.0, 400.0)).get().evidence().get("assumedCapacityM3h"));
    }
}
