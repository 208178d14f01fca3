package wellwatch.analytics.conversion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class RollupTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Test
    void anIntervalInsideOneBucketGoesWhollyToIt() {
        List<Rollup.Share> shares = Rollup.split(Instant.parse("2026-05-01T02:05:00Z"), Instant.parse("2026-05-01T02:10:00Z"), 1, 4,
                Granularity.HOUR, BEIJING);

        assertEquals(List.of(new Rollup.Share(Instant.parse("2026-05-01T02:00:00Z"), 1.0, 1, 4)), shares);
    }

    @Test
    void aReadingAtLocalMidnightClosesAnIntervalOfTheDayBefore() {
        // 2026-05-02 00:00 in Beijing is 2026-05-01T16:00Z
        List<Rollup.Share> shares = Rollup.split(Instant.parse("2026-05-01T15:55:00Z"), Instant.parse("2026-05-01T16:00:00Z"), 1, 4,
                Granularity.DAY, BEIJING);

        assertEquals(1, shares.size());
        assertEquals(Instant.parse("2026-04-30T16:00:00Z"), shares.get(0).bucketStart());
    }

    @Test
    void catchUpAfterAnOutageIsSpreadOverTheDaysItCovers() {
        // given 36 h offline, 36 kWh: 12 h on May 1st, 24 h on May 2nd (local)
        List<Rollup.Share> shares = Rollup.split(Instant.parse("2026-05-01T04:00:00Z"), Instant.parse("2026-05-02T16:00:00Z"), 36, 144,
                Granularity.DAY, BEIJING);

        assertEquals(2, shares.size());
        assertEquals(12, shares.get(0).energyKwh(), 1e-9);
        assertEquals(24, shares.get(1).energyKwh(), 1e-9);
        assertEquals(96, shares.get(1).waterM3(), 1e-9);
    }

    @Test
    void monthAndYearBucketsFollowTheLocalCalendar() {
        // 2025-12-31 23:00 to 2026-01-01 01:00 local
        Instant from = Instant.parse("2025-12-31T15:00:00Z");
        Instant to = Instant.parse("2025-12-31T17:00:00Z");

        List<Rollup.Share> years = Rollup.split(from, to, 2, 8, Granularity.YEAR, BEIJING);
        List<Rollup.Share> months = Rollup.split(from, to, 2, 8, Granularity.MONTH, BEIJING);

        assertEquals(2, years.size());
        assertEquals(Instant.parse("2025-12-31T16:00:00Z"), years.get(1).bucketStart());
        assertEquals(0.5, years.get(1).fraction(), 1e-9);
        assertEquals(Instant.parse("2025-11-30T16:00:00Z"), months.get(0).bucketStart());
    }

    @Test
    void aZeroLengthIntervalGoesToTheBucketOfItsInstant() {
        Instant t = Instant.parse("2026-05-01T02:00:00Z");
        assertEquals(t, Rollup.split(t, t, 1, 4, Granularity.HOUR, BEIJING).get(0).bucketStart());
    }
}
