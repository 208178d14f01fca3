package wellwatch.analytics.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import wellwatch.analytics.Fixtures;
import wellwatch.analytics.Fixtures.Wells;
import wellwatch.analytics.alert.AlertType;
import wellwatch.contract.reading.Reading;

class TimestampRuleTest {

    private static final Instant NOW = Instant.parse("2026-05-08T00:00:00Z");
    private final RuleRunner runner = new RuleRunner(new TimestampRule(DetectionSettings.Timestamps.defaults(), Clock.fixed(NOW, ZoneOffset.UTC)));

    private static Reading at(Instant ts, long seq, String device) {
        return new Reading(Fixtures.WELL_ID, device, seq, ts, null, null, null, false, 0.0, null, Set.of());
    }

    @Test
    void aReadingFromTheFutureIsReportedAtTheServerTime() {
        var found = runner.feed(Wells.active(), at(NOW.plus(Duration.ofMinutes(5)), 1, "RTU-1"));

        assertEquals(AlertType.IMPLAUSIBLE_TIMESTAMP, found.get().type());
        assertEquals("in_future", found.get().evidence().get("reason"));
        assertEquals("300", found.get().evidence().get("aheadBySeconds"));
        assertEquals(NOW, found.get().at());
    }

    @Test
    void aClockALittleAheadIsTolerated() {
        assertTrue(runner.feed(Wells.active(), at(NOW.plus(Duration.ofMinutes(1)), 1, "RTU-1")).isEmpty());
    }

    @Test
    void aReadingOlderThanTheMaximumAgeIsReported() {
        assertEquals("too_old", runner.feed(Wells.active(), at(NOW.minus(Duration.ofDays(40)), 1, "RTU-1")).get().evidence().get("reason"));
        assertTrue(new RuleRunner(new TimestampRule(DetectionSettings.Timestamps.defaults(), Clock.fixed(NOW, ZoneOffset.UTC)))
                .feed(Wells.active(), at(NOW.minus(Duration.ofDays(7)), 1, "RTU-1")).isEmpty(), "a Kafka replay of last week is fine");
    }

    @Test
    void aDeviceClockSetBackIsReported() {
        runner.feed(Wells.active(), at(NOW.minus(Duration.ofHours(1)), 10, "RTU-1"));

        var found = runner.feed(Wells.active(), at(NOW.minus(Duration.ofHours(2)), 11, "RTU-1"));

        assertEquals("clock_went_back", found.get().evidence().get("reason"));
        assertEquals("3600", found.get().evidence().get("backBySeconds"));
    }

    @Test
    void aRedeliveryOrAnotherDevicesReadingIsNotAClockGoingBack() {
        Reading first = at(NOW.minus(Duration.ofHours(2)), 10, "RTU-1");
        runner.feed(Wells.active(), first);
        runner.feed(Wells.active(), at(NOW.minus(Duration.ofHours(1)), 11, "RTU-1"));

        assertTrue(runner.feed(Wells.active(), first).isEmpty());
        assertTrue(runner.feed(Wells.active(), at(NOW.minus(Duration.ofHours(3)), 99, "PM-1")).isEmpty());
    }
}
