package wellwatch.analytics.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import wellwatch.analytics.conversion.Granularity;
import wellwatch.analytics.rollup.api.PeriodRange;

class PeriodRangeTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-05-10T03:20:00Z"); // 11:20 local

    @Test
    void verifiesThatLocalDatesAreLocalMidnightsAndPeriodsStartInsideTheRange() {
        PeriodRange r = PeriodRange.of("day", "2026-05-01", "2026-05-03", BEIJING, NOW);

        assertEquals(Granularity.DAY, r.granularity());
        assertEquals(Instant.parse("2026-04-30T16:00:00Z"), r.from());
        assertEquals(Instant.parse("2026-05-02T16:00:00Z"), r.to());
    }

    @Test
    void verifiesThatAnInstantInsideAPeriodStartsWithTheNextPeriodAndEndsIncludingItsOwn() {
        PeriodRange r = PeriodRange.of("hour", "2026-05-01T02:30:00Z", "2026-05-01T05:30:00Z", BEIJING, NOW);

        assertEquals(Instant.parse("2026-05-01T03:00:00Z"), r.from());
        assertEquals(Instant.parse("2026-05-01T06:00:00Z"), r.to());
    }

    @Test
    void verifiesThatWithoutARangeTheLatestPeriodsUpToTheCurrentOneAreAskedFor() {
        PeriodRange months = PeriodRange.of("month", null, null, BEIJING, NOW);
        PeriodRange days = PeriodRange.of(null, null, null, BEIJING, NOW);

        assertEquals(Instant.parse("2025-05-31T16:00:00Z"), months.from());
        assertEquals(Instant.parse("2026-05-31T16:00:00Z"), months.to());
        assertEquals(Granularity.DAY, days.granularity());
        assertEquals(Instant.parse("2026-05-10T16:00:00Z"), days.to());
    }

    @Test
    void verifiesThatBadInputIsRefusedWithAMessage() {
        assertThrows(IllegalArgumentException.class, () -> PeriodRange.of("week", null, null, BEIJING, NOW));
        assertThrows(IllegalArgumentException.class, () -> PeriodRange.of("day", "yesterday", null, BEIJING, NOW));
        assertThrows(IllegalArgumentException.class, () -> PeriodRange.of("day", "2026-05-03", "2026-05-01", BEIJING, NOW));
        assertThrows(IllegalArgumentException.class, () -> PeriodRange.of("hour", "2020-01-01", "2026-01-01", BEIJING, NOW));
    }

    @Test
    void verifiesThatLabelsAreLocal() {
        Instant start = Instant.parse("2026-04-30T16:00:00Z");
        assertEquals("2026-05-01T00:00", PeriodRange.label(Granularity.HOUR, start, BEIJING));
        assertEquals("2026-05-01", PeriodRange.label(Granularity.DAY, start, BEIJING));
        assertEquals("2026-05", PeriodRange.label(Granularity.MONTH, start, BEIJING));
        assertEquals("2026", PeriodRange.label(Granularity.YEAR, start, BEIJING));
    }
}
