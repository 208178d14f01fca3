package wellwatch.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import wellwatch.analytics.Fixtures.Wells;

class WellTest {

    @Test
    void coreColumnsOnlyMeanEverythingElseUnknown() {
        Well well = new Well("W1", "U1", WellStatus.ACTIVE, Instant.EPOCH);

        assertNull(well.permit());
        assertNull(well.plan());
        assertFalse(well.metering().hasWorkingFlowMeter());
        assertTrue(well.coefficients().isEmpty());
        assertFalse(well.insidePublicNetwork());
    }

    @Test
    void builderRoundTrips() {
        Well well = Wells.active();
        assertEquals(well, well.toBuilder().build());
    }

    @Test
    void refusesImpossibleRatingsAndIntervals() {
        assertThrows(IllegalArgumentException.class, () -> Well.builder("W1").ratedCapacityM3h(0.0).build());
        assertThrows(IllegalArgumentException.class, () -> Well.builder("W1").reportingInterval(Duration.ZERO).build());
    }

    @Test
    void aFlowMeterCountsOnlyWhenRegisteredAndWorking() {
        assertTrue(Metering.flowMeter("FM1").hasWorkingFlowMeter());
        assertFalse(new Metering("FM1", false, null).hasWorkingFlowMeter());
        assertFalse(new Metering(null, true, null).hasWorkingFlowMeter());
    }
}
