package wellwatch.analytics.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import wellwatch.analytics.Fixtures;
import wellwatch.analytics.Fixtures.Readings;
import wellwatch.analytics.Fixtures.Wells;
import wellwatch.analytics.alert.AlertType;
import wellwatch.registry.Permit;
import wellwatch.registry.Well;

class PermitRuleTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private static RuleRunner runner() {
        return new RuleRunner(new PermitRule(DetectionSettings.Activity.defaults(), BEIJING));
    }

    private static Well withPermit(LocalDate from, LocalDate to) {
        return Wells.activeBuilder().permit(new Permit("QS-9", 10_000, from, to, null)).build();
    }

    @Test
    void pumpingAtAnUnregisteredWellIsAbstractionWithoutPermit() {
        var found = runner().feed(null, Readings.normal());

        assertTrue(found.isPresent());
        assertEquals(AlertType.ABSTRACTION_WITHOUT_PERMIT, found.get().type());
        assertEquals(Fixtures.WELL_ID, found.get().wellId());
        assertEquals("unregistered_well", found.get().evidence().get("reason"));
    }

    @Test
    void pumpingWithoutAPermitIsReported() {
        assertEquals("no_permit", runner().feed(Wells.withoutPermit(), Readings.normal()).get().evidence().get("reason"));
    }

    @Test
    void thePermitIsJudgedOnTheReadingsLocalDate() {
        // given a permit that ended on 30 April; 2026-04-30T17:00Z is already 1 May, 01:00 in Beijing
        Well well = withPermit(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 4, 30));
        var afterMidnight = Readings.instant(Instant.parse("2026-04-30T17:00:00Z"), true, 10.0, 40.0);
        var beforeMidnight = Readings.instant(Instant.parse("2026-04-30T15:59:00Z"), true, 10.0, 40.0);

        assertEquals("expired", runner().feed(well, afterMidnight).get().evidence().get("reason"));
        assertTrue(runner().feed(well, beforeMidnight).isEmpty());
    }

    @Test
    void aPermitNotYetValidIsReported() {
        Well well = withPermit(LocalDate.of(2026, 6, 1), null);
        assertEquals("not_yet_valid", runner().feed(well, Readings.normal()).get().evidence().get("reason"));
    }

    @Test
    void aValidPermitOrAnIdleWellIsNotReported() {
        assertTrue(runner().feed(Wells.active(), Readings.normal()).isEmpty());
        assertTrue(runner().feed(Wells.withoutPermit(), Readings.idle()).isEmpty());
        assertTrue(runner().feed(null, Readings.idle()).isEmpty());
    }

    @Test
    void closedAndStoppedWellsAreLeftToTheirOwnRules() {
        assertTrue(runner().feed(Wells.sealed().toBuilder().permit(null).build(), Readings.normal()).isEmpty());
        assertTrue(runner().feed(Wells.seasonallyStopped().toBuilder().permit(null).build(), Readings.normal()).isEmpty());
    }
}
