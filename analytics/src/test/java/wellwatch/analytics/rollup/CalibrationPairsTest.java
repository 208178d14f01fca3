package wellwatch.analytics.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import wellwatch.analytics.conversion.IntervalPair;

class CalibrationPairsTest {

    private static final Instant H = Instant.parse("2026-05-01T02:00:00Z");

    @Test
    void verifiesThatEachHourWithBothRegistersBecomesAPairAndGapsOrRegressionsAreMissingFigures() {
        List<IntervalPair> pairs = CalibrationPairs.fromHours(List.of(
                new WaterFigures(H, 10.0, 40.0, 41.0, 1.025, 0, 0, 0),
                new WaterFigures(H.plusSeconds(3600), 10.0, 40.0, null, null, 0, 0, 0),
                new WaterFigures(H.plusSeconds(7200), 10.0, 40.0, 3.0, 0.075, 0, 0, 1)));

        assertEquals(new IntervalPair(H, H.plusSeconds(3600), 41.0, 10.0), pairs.get(0));
        assertTrue(Double.isNaN(pairs.get(1).meteredM3()));
        assertTrue(Double.isNaN(pairs.get(2).meteredM3()));
        assertEquals(H.plusSeconds(10_800), pairs.get(2).to());
    }
}
