package wellwatch.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import wellwatch.registry.ConversionCoefficient.Source;

class CoefficientHistoryTest {

    private static final Instant JAN = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant JUL = Instant.parse("2025-07-01T00:00:00Z");
    private static final Instant OCT = Instant.parse("2025-10-01T00:00:00Z");

    @Test
    void findsTheCoefficientValidAtATimeWhateverTheInputOrder() {
        // given a pump test, then a fit from October on, given newest first
        CoefficientHistory history = CoefficientHistory.of(
                new ConversionCoefficient(3.5, OCT, null, Source.FITTED),
                new ConversionCoefficient(4.0, JAN, JUL, Source.PUMP_TEST));

        assertEquals(4.0, history.at(JAN).m3PerKwh());
        assertEquals(4.0, history.at(JUL.minusMillis(1)).m3PerKwh());
        assertNull(history.at(JUL), "effectiveTo is exclusive and July-September is a gap");
        assertNull(history.at(JAN.minusMillis(1)));
        assertEquals(3.5, history.at(OCT).m3PerKwh());
        assertEquals(3.5, history.at(Instant.parse("2030-01-01T00:00:00Z")).m3PerKwh());
    }

    @Test
    void refusesOverlappingPeriods() {
        assertThrows(IllegalArgumentException.class, () -> CoefficientHistory.of(
                new ConversionCoefficient(4.0, JAN, OCT, Source.PUMP_TEST),
                new ConversionCoefficient(3.5, JUL, null, Source.FITTED)));
    }

    @Test
    void emptyHistoryHasNoCoefficient() {
        assertTrue(CoefficientHistory.empty().isEmpty());
        assertNull(CoefficientHistory.of(java.util.List.of()).at(JAN));
    }

    @Test
    void refusesNonPositiveCoefficientsAndEmptyPeriods() {
        assertThrows(IllegalArgumentException.class, () -> new ConversionCoefficient(0, JAN, null, Source.DEFAULT));
        assertThrows(IllegalArgumentException.class, () -> new ConversionCoefficient(4, JAN, JAN, Source.DEFAULT));
    }
}
