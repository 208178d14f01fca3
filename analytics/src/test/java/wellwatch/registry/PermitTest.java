package wellwatch.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Not a @QuarkusTest: the permit is a plain record. */
class PermitTest {

    private final Permit permit = new Permit("QS-1", 50_000, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31), "industry");

    @Test
    void validFromFirstToLastDayInclusive() {
        assertEquals(Permit.Validity.NOT_YET_VALID, permit.validityOn(LocalDate.of(2023, 12, 31)));
        assertEquals(Permit.Validity.VALID, permit.validityOn(LocalDate.of(2024, 1, 1)));
        assertEquals(Permit.Validity.VALID, permit.validityOn(LocalDate.of(2026, 12, 31)));
        assertEquals(Permit.Validity.EXPIRED, permit.validityOn(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void openEndedPermitNeverExpires() {
        Permit open = new Permit("QS-2", 1_000, null, null, null);
        assertEquals(Permit.Validity.VALID, open.validityOn(LocalDate.of(2099, 1, 1)));
    }

    @Test
    void refusesNegativeVolumeAndReversedDates() {
        assertThrows(IllegalArgumentException.class, () -> new Permit("QS-3", -1, null, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new Permit("QS-4", 1, LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1), null));
    }
}
