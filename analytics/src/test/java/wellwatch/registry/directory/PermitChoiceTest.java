package wellwatch.registry.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import wellwatch.registry.Permit;

class PermitChoiceTest {

    static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    static Permit permit(String number, String from, String to) {
        return new Permit(number, 10_000, from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to), "irrigation");
    }

    @Test
    void verifiesThatTheWellsOwnValidPermitComesFirst() {
        Permit own = permit("OWN", "2020-01-01", "2030-12-31");
        Permit unit = permit("UNIT", "2020-01-01", "2030-12-31");

        assertEquals(own, PermitChoice.forWell(List.of(own), List.of(unit), DAY));
    }

    @Test
    void verifiesThatAUnitsPermitCoversAWellWithoutAValidOneOfItsOwn() {
        Permit expiredOwn = permit("OWN", "2015-01-01", "2020-12-31");
        Permit unit = permit("UNIT", "2021-01-01", null);

        assertEquals(unit, PermitChoice.forWell(List.of(), List.of(unit), DAY));
        assertEquals(unit, PermitChoice.forWell(List.of(expiredOwn), List.of(unit), DAY));
    }

    @Test
    void verifiesThatWithoutAnyValidPermitTheMostRecentOwnOneIsShownSoTheAlertSaysWhy() {
        Permit old = permit("OLD", "2010-01-01", "2015-12-31");
        Permit renewal = permit("RENEWAL", "2026-07-01", "2031-06-30");
        Permit expiredUnit = permit("UNIT", "2016-01-01", "2020-12-31");

        assertEquals(renewal, PermitChoice.forWell(List.of(old, renewal), List.of(expiredUnit), DAY));
        assertEquals(expiredUnit, PermitChoice.forWell(List.of(), List.of(expiredUnit), DAY));
        assertNull(PermitChoice.forWell(List.of(), List.of(), DAY));
    }

    @Test
    void verifiesThatOfSeveralValidPermitsTheLatestIssuedApplies() {
        Permit older = permit("A", "2020-01-01", null);
        Permit newer = permit("B", "2025-01-01", "2029-12-31");

        assertEquals(newer, PermitChoice.forWell(List.of(older, newer), List.of(), DAY));
        assertEquals(newer, PermitChoice.forUnit(List.of(newer, older), DAY));
    }
}
