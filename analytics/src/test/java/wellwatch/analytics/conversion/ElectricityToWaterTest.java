package wellwatch.analytics.conversion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import wellwatch.registry.CoefficientHistory;
import wellwatch.registry.ConversionCoefficient;
import wellwatch.registry.ConversionCoefficient.Source;

/** Not a @QuarkusTest: the conversion is a pure function. */
class ElectricityToWaterTest {

    private static final Instant T = Instant.parse("2026-05-01T00:00:00Z");
    private static final Instant CHANGE = T.plusSeconds(3600);
    private static final CoefficientHistory TWO_PERIODS = CoefficientHistory.of(
            new ConversionCoefficient(4.0, Instant.parse("2020-01-01T00:00:00Z"), CHANGE, Source.PUMP_TEST),
            new ConversionCoefficient(3.0, CHANGE, null, Source.FITTED));

    @Test
    void waterIsEnergyTimesTheCoefficientOfTheTime() {
        Conversion c = ElectricityToWater.convert(TWO_PERIODS, T, 1_000, T.plusSeconds(600), 1_010);

        assertEquals(10, c.energyKwh(), 1e-9);
        assertEquals(40, c.waterM3(), 1e-9);
        assertTrue(c.complete());
        assertEquals(4.0, c.effectiveM3PerKwh(), 1e-9);
    }

    @Test
    void anIntervalAcrossACoefficientChangeIsSplitInProportionToTime() {
        // given 2 h, the first at 4 m3/kWh and the second at 3 m3/kWh, 20 kWh drawn evenly
        Conversion c = ElectricityToWater.convert(TWO_PERIODS, T, CHANGE.plusSeconds(3600), 20);

        assertEquals(10 * 4.0 + 10 * 3.0, c.waterM3(), 1e-9);
        assertEquals(3.5, c.effectiveM3PerKwh(), 1e-9);
    }

    @Test
    void energyWhereNoCoefficientAppliesIsReportedUncoveredNotGuessed() {
        CoefficientHistory fromChange = CoefficientHistory.of(new ConversionCoefficient(3.0, CHANGE, null, Source.PUMP_TEST));

        Conversion c = ElectricityToWater.convert(fromChange, T, CHANGE.plusSeconds(3600), 20);

        assertFalse(c.complete());
        assertEquals(10, c.uncoveredEnergyKwh(), 1e-9);
        assertEquals(30, c.waterM3(), 1e-9);
    }

    @Test
    void aZeroLengthIntervalUsesTheCoefficientAtThatInstant() {
        assertEquals(6, ElectricityToWater.convert(TWO_PERIODS, CHANGE, CHANGE, 2).waterM3(), 1e-9);
    }

    @Test
    void aCounterGoingBackwardsHasNoWater() {
        assertThrows(IllegalArgumentException.class, () -> ElectricityToWater.convert(TWO_PERIODS, T, 1_000, T.plusSeconds(60), 999));
        assertThrows(IllegalArgumentException.class, () -> ElectricityToWater.convert(TWO_PERIODS, T, T.minusSeconds(1), 1));
    }

    @Test
    void hotPathFormAgreesWithTheRecordForm() {
        Instant to = CHANGE.plusSeconds(1800);
        Conversion c = ElectricityToWater.convert(TWO_PERIODS, T, to, 12.5);
        assertEquals(c.waterM3(), ElectricityToWater.waterM3(TWO_PERIODS, T.toEpochMilli(), to.toEpochMilli(), 12.5), 1e-12);
        assertEquals(0, ElectricityToWater.waterM3(CoefficientHistory.empty(), 0, 1, 5));
    }

    @Test
    void crossCheckGivesTheRatioOfMeteredToElectricityWater() {
        CrossCheck check = ElectricityToWater.convert(TWO_PERIODS, T, T.plusSeconds(600), 10).against(32);

        assertEquals(0.8, check.ratio(), 1e-9);
        assertEquals(3.2, check.meteredM3PerKwh(), 1e-9);
        assertTrue(Double.isNaN(ElectricityToWater.convert(TWO_PERIODS, T, T.plusSeconds(600), 0).against(5).ratio()));
    }
}
