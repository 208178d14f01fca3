package wellwatch.analytics.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import wellwatch.analytics.rules.DetectionSettings;

class RecomputeRangeTest {

    private static final HourlyRollup HOURS = new HourlyRollup(ZoneId.of("Asia/Shanghai"), DetectionSettings.Counters.defaults());

    @Test
    void verifiesThatALateReadingReopensTheHoursOfTheIntervalItSplits() {
        // given: readings at 10:10 and 13:20 (UTC here), a late one at 11:30 arrives
        RecomputeRange r = RecomputeRange.around("W1", "D1", t("10:10"), t("11:30"), t("11:30"), t("13:20"), HOURS);

        assertEquals(t("10:00"), r.from());
        assertEquals(t("14:00"), r.to());
    }

    @Test
    void verifiesThatTheFirstReadingOfADeviceOpensOnlyItsOwnHour() {
        RecomputeRange r = RecomputeRange.around("W1", "D1", null, t("11:00"), t("11:00"), null, HOURS);

        assertEquals(t("11:00"), r.from());
        assertEquals(t("12:00"), r.to());
    }

    @Test
    void verifiesThatOverlappingAndTouchingRangesOfADeviceMergeButOtherDevicesStayApart() {
        List<RecomputeRange> merged = RecomputeRange.merge(List.of(
                new RecomputeRange("W1", "D1", t("10:00"), t("12:00")),
                new RecomputeRange("W1", "D2", t("10:00"), t("11:00")),
                new RecomputeRange("W1", "D1", t("12:00"), t("13:00")),
                new RecomputeRange("W1", "D1", t("11:00"), t("12:00")),
                new RecomputeRange("W1", "D1", t("15:00"), t("16:00"))));

        assertEquals(List.of(
                new RecomputeRange("W1", "D1", t("10:00"), t("13:00")),
                new RecomputeRange("W1", "D1", t("15:00"), t("16:00")),
                new RecomputeRange("W1", "D2", t("10:00"), t("11:00"))), merged);
    }

    @Test
    void verifiesThatAnEmptyRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RecomputeRange("W1", "D1", t("10:00"), t("10:00")));
    }

    private static Instant t(String utc) {
        return Instant.parse("2026-05-01T" + utc + ":00Z");
    }
}
