package wellwatch.analytics.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WeekWindowTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static WeekWindow week(String w) {
        return WeekWindow.of(w, SHANGHAI, DayOfWeek.FRIDAY, LocalTime.of(10, 0));
    }

    private static WeekWindow containing(String instant) {
        return WeekWindow.containing(Instant.parse(instant), SHANGHAI, DayOfWeek.FRIDAY, LocalTime.of(10, 0));
    }

    @Test
    void verifiesThatWeek47Of2026RunsFromThePreviousFridayTenOClockToItsFridayTenOClockBeijingTime() {
        WeekWindow w = week("2026-W47");

        // Friday 20 November 2026 10:00 +08:00 = 02:00 UTC
        assertEquals(Instant.parse("2026-11-13T02:00:00Z"), w.start());
        assertEquals(Instant.parse("2026-11-20T02:00:00Z"), w.end());
        assertEquals("2026-W47", w.week());
        assertEquals("2026-11-13 10:00 至 2026-11-20 10:00", w.describe());
    }

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({
            "2026-11-20T01:59:59.999Z, 2026-W47", // Friday 09:59:59.999 Beijing: still this week's report
            "2026-11-20T02:00:00Z,     2026-W48", // Friday 10:00 Beijing: next week's
            "2026-11-13T02:00:00Z,     2026-W47", // the previous Friday 10:00 opens the window
            "2026-11-13T01:59:59Z,     2026-W46",
            "2026-11-19T16:30:00Z,     2026-W47", // Friday 00:30 Beijing, still Thursday in UTC
            "2026-11-21T00:00:00Z,     2026-W48", // Saturday
            "2026-11-15T12:00:00Z,     2026-W47"}) // Sunday
    void verifiesWhichReportAnInstantFallsInAroundFridayTenOClock(String instant, String expectedWeek) {
        WeekWindow w = containing(instant);

        assertEquals(expectedWeek, w.week());
        assertTrue(w.contains(Instant.parse(instant)));
        assertEquals(week(expectedWeek), w);
    }

    @Test
    void verifiesThatDateOnlyRecordsCountFromSaturdayToFriday() {
        WeekWindow w = week("2026-W47");

        assertEquals(LocalDate.of(2026, 11, 14), w.firstDay());
        assertEquals(LocalDate.of(2026, 11, 21), w.endDay());
        assertFalse(w.contains(LocalDate.of(2026, 11, 13)));
        assertTrue(w.contains(LocalDate.of(2026, 11, 14)));
        assertTrue(w.contains(LocalDate.of(2026, 11, 20)));
        assertFalse(w.contains(LocalDate.of(2026, 11, 21)));
        assertFalse(w.contains((LocalDate) null));
    }

    @Test
    void verifiesWeeksAcrossTheYearBoundary() {
        // 2026 starts on a Thursday, so it has 53 ISO weeks; W53's Friday is New Year's Day 2027.
        assertEquals(Instant.parse("2027-01-01T02:00:00Z"), week("2026-W53").end());
        assertEquals("2026-W53", containing("2026-12-31T12:00:00Z").week());
        // 2026-W01's Friday is 2 January 2026; its window starts in 2025.
        assertEquals(Instant.parse("2025-12-26T02:00:00Z"), week("2026-W01").start());
        assertEquals("2026-W01", containing("2025-12-29T00:00:00Z").week());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-W53", "2026-W00", "2026-W54", "2026-47", "2026W47", "W47", ""})
    void verifiesThatWeeksThatDoNotExistAreRefused(String w) {
        assertThrows(IllegalArgumentException.class, () -> week(w));
    }

    @Test
    void verifiesThatAnotherDeadlineMovesTheWindow() {
        WeekWindow w = WeekWindow.of("2026-W47", SHANGHAI, DayOfWeek.MONDAY, LocalTime.of(9, 0));

        assertEquals(Instant.parse("2026-11-16T01:00:00Z"), w.end());
        assertEquals(Instant.parse("2026-11-09T01:00:00Z"), w.start());
    }
}
