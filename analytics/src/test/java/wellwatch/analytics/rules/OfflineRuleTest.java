package wellwatch.analytics.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import wellwatch.analytics.Fixtures;
import wellwatch.analytics.Fixtures.Readings;
import wellwatch.analytics.Fixtures.Series;
import wellwatch.analytics.Fixtures.Wells;
import wellwatch.analytics.alert.AlertType;
import wellwatch.analytics.alert.Finding;
import wellwatch.contract.reading.Reading;

/** Offline devices, found by {@link Detector#sweep} on a clock tick. */
class OfflineRuleTest {

    private final Detector detector = new Detector(DetectionSettings.defaults(), Fixtures.CLOCK);
    private final Series series = Readings.series();

    @Test
    void aWellSilentForMoreThanThreeIntervalsIsReportedOncePerSilence() {
        // given a well reporting every 5 minutes
        Reading last = series.pumping();
        detector.inspect(Wells.active(), last);

        assertTrue(detector.sweep(last.ts().plus(Duration.ofMinutes(15))).isEmpty(), "exactly three intervals is still fine");
        List<Finding> found = detector.sweep(last.ts().plus(Duration.ofMinutes(16)));
        assertEquals(1, found.size());
        assertEquals(AlertType.DEVICE_OFFLINE, found.get(0).type());
        assertEquals(last.ts().toString(), found.get(0).evidence().get("lastSeen"));
        assertEquals("registry", found.get(0).evidence().get("intervalSource"));
        assertTrue(detector.sweep(last.ts().plus(Duration.ofHours(5))).isEmpty(), "reported once per silence");

        // when it comes back and falls silent again
        Reading back = series.every(Duration.ofHours(6)).pumping();
        detector.inspect(Wells.active(), back);
        assertEquals(1, detector.sweep(back.ts().plus(Duration.ofMinutes(20))).size());
    }

    @Test
    void theDefaultIntervalAppliesWhenTheWellHasNone() {
        detector.inspect(Wells.activeBuilder().reportingInterval(null).build(), series.pumping());
        assertTrue(detector.sweep(series.ts().plus(Duration.ofHours(3))).isEmpty());
        assertEquals("default", detector.sweep(series.ts().plus(Duration.ofHours(3).plusSeconds(1))).get(0).evidence().get("intervalSource"));
    }

    @Test
    void closedStoppedAndUnregisteredWellsAreExpectedToBeSilent() {
        detector.inspect(Wells.sealed(), Readings.series().idle());
        Detector second = new Detector(DetectionSettings.defaults(), Fixtures.CLOCK);
        second.inspect(Wells.seasonallyStopped(), Readings.series().idle());
        Detector third = new Detector(DetectionSettings.defaults(), Fixtures.CLOCK);
        third.inspect(null, Readings.series().idle());

        Instant muchLater = Fixtures.T0.plus(Duration.ofDays(3));
        assertTrue(detector.sweep(muchLater).isEmpty());
        assertTrue(second.sweep(muchLater).isEmpty());
        assertTrue(third.sweep(muchLater).isEmpty());
    }

    @Test
    void aWellSealedSinceItsLastReadingIsNotReportedWhenTheSweepConsultsTheRegistry() {
        detector.inspect(Wells.active(), series.pumping());
        Instant later = series.ts().plus(Duration.ofHours(2));
        assertTrue(detector.sweep(later, id -> Wells.sealed()).isEmpty());

        Detector other = new Detector(DetectionSettings.defaults(), Fixtures.CLOCK);
        other.inspect(Wells.active(), Readings.series().pumping());
        assertEquals(1, other.sweep(later, id -> null).size(), "unknown to the registry now: the last record stands");
    }

    @Test
    void aRestoredLastReadingLetsANewOwnerReportAWellSilentSinceBefore() {
        Reading lastStored = series.pumping();
        detector.restore(Wells.active(), lastStored);
        assertEquals(1, detector.sweep(lastStored.ts().plus(Duration.ofHours(1))).size());
    }
}
