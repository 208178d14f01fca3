package wellwatch.registry.metering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import wellwatch.registry.ConversionCoefficient.Source;
import wellwatch.registry.api.RegistryException;

class CoefficientEditTest {

    static final Instant Y2020 = Instant.parse("2020-01-01T00:00:00Z");
    static final Instant Y2024 = Instant.parse("2024-01-01T00:00:00Z");
    static final Instant Y2026 = Instant.parse("2026-01-01T00:00:00Z");

    static CoefficientRecord period(long id, double value, Instant from, Instant to, Source source) {
        return new CoefficientRecord(id, "W1", value, from, to, source);
    }

    @Test
    void verifiesThatANewCurrentCoefficientClosesTheCurrentOneWhereItStarts() {
        CoefficientRecord current = period(1, 4.0, Y2020, null, Source.PUMP_TEST);

        CoefficientEdit edit = CoefficientEdit.plan(List.of(current), period(0, 4.6, Y2026, null, Source.FITTED), false);

        assertEquals(current.endingAt(Y2026), edit.close());
        assertEquals(4.6, edit.add().m3PerKwh());
    }

    @Test
    void verifiesThatTheSamePeriodSentAgainChangesNothing() {
        CoefficientRecord current = period(1, 4.0, Y2020, null, Source.PUMP_TEST);

        assertFalse(CoefficientEdit.plan(List.of(current), period(0, 4.0, Y2020, null, Source.PUMP_TEST), false).changes());
    }

    @Test
    void verifiesThatTheImportTakesTheSameValueAsARestatementWhateverItsStart() {
        CoefficientRecord current = period(1, 4.0, Y2020, null, Source.PUMP_TEST);

        assertFalse(CoefficientEdit.plan(List.of(current), period(0, 4.0, Y2026, null, Source.PUMP_TEST), true).changes());
        assertTrue(CoefficientEdit.plan(List.of(current), period(0, 4.0, Y2026, null, Source.PUMP_TEST), false).changes());
        assertTrue(CoefficientEdit.plan(List.of(current), period(0, 4.0, Y2026, null, Source.FITTED), true).changes(), "another source is news");
    }

    @Test
    void verifiesThatACurrentCoefficientStartingNoLaterThanTheCurrentOneIsAConflict() {
        CoefficientRecord current = period(1, 4.0, Y2024, null, Source.PUMP_TEST);

        RegistryException e = assertThrows(RegistryException.class,
                () -> CoefficientEdit.plan(List.of(current), period(0, 5.0, Y2020, null, Source.PUMP_TEST), false));
        assertEquals(409, e.status());
        assertEquals("effectiveFrom", e.field());
    }

    @Test
    void verifiesThatAClosedPeriodMayFillAGapButNotOverlap() {
        List<CoefficientRecord> history = List.of(period(1, 4.0, Y2020, Instant.parse("2021-01-01T00:00:00Z"), Source.PUMP_TEST),
                period(2, 4.4, Y2024, null, Source.PUMP_TEST));

        CoefficientEdit gap = CoefficientEdit.plan(history, period(0, 4.2, Instant.parse("2022-01-01T00:00:00Z"), Y2024, Source.DEFAULT), false);
        assertNull(gap.close());
        assertTrue(gap.changes());
        assertThrows(RegistryException.class,
                () -> CoefficientEdit.plan(history, period(0, 4.2, Instant.parse("2020-06-01T00:00:00Z"), Y2024, Source.DEFAULT), false));
    }

    @Test
    void verifiesThatTheFirstCoefficientOfAWellIsSimplyAdded() {
        CoefficientEdit edit = CoefficientEdit.plan(List.of(), period(0, 4.0, Y2020, null, Source.PUMP_TEST), true);

        assertNull(edit.close());
        assertTrue(edit.changes());
    }
}
