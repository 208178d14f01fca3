package wellwatch.analytics.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Not a @QuarkusTest: the tariff is a pure function. */
class SurchargeScheduleTest {

    /** Standard rate 2 yuan/m3, the seed's tiers. */
    private final SurchargeSchedule schedule = new SurchargeSchedule(2.0, SurchargeSchedule.SEED_004_TIERS);

    @Test
    void nothingIsDueWithinThePlan() {
        Surcharge s = schedule.assess(100_000, 100_000);

        assertFalse(s.due());
        assertEquals(0, s.feeYuan());
        assertEquals(1, s.topMultiplier());
    }

    /** Plan 100,000 m3 at 2 yuan/m3: each band's volume at its multiplier. */
    @ParameterizedTest(name = "{0} m3 used -> fee {1} yuan, extra {2} yuan, top {3}x")
    @CsvSource({
        // within 20%: all excess at 2x
        "110000, 40000, 20000, 2",
        // exactly 20% over: still the 2x band only
        "120000, 80000, 40000, 2",
        // 30% over: 20,000 at 2x + 10,000 at 3x
        "130000, 140000, 80000, 3",
        // 80% over: 20,000 at 2x + 30,000 at 3x + 30,000 at 5x
        "180000, 560000, 400000, 5",
    })
    void theExcessIsChargedBandByBand(double used, double fee, double extra, double top) {
        Surcharge s = schedule.assess(100_000, used);

        assertEquals(fee, s.feeYuan(), 1e-6);
        assertEquals(extra, s.extraYuan(), 1e-6);
        assertEquals(top, s.topMultiplier());
        assertEquals(used - 100_000, s.bands().stream().mapToDouble(Surcharge.Band::volumeM3).sum(), 1e-6);
    }

    @Test
    void bandsCarryTheirBoundsAndVolumes() {
        List<Surcharge.Band> bands = schedule.assess(100_000, 180_000).bands();

        assertEquals(new Surcharge.Band(0, 0.2, 20_000, 2, 80_000), bands.get(0));
        assertEquals(new Surcharge.Band(0.2, 0.5, 30_000, 3, 180_000), bands.get(1));
        assertEquals(0.5, bands.get(2).fromExcessFraction());
        assertTrue(Double.isInfinite(bands.get(2).toExcessFraction()));
        assertEquals(30_000, bands.get(2).volumeM3(), 1e-6);
    }

    @Test
    void withoutPlanVolumeAllUseIsInTheTopBand() {
        Surcharge s = schedule.assess(0, 1_000);

        assertTrue(Double.isInfinite(s.excessFraction()));
        assertEquals(1_000 * 5 * 2.0, s.feeYuan(), 1e-9);
    }

    @Test
    void localTiersAreConfigurableAndUseBeyondAFiniteTopTierPaysItsMultiplier() {
        SurchargeSchedule local = new SurchargeSchedule(1.0, List.of(new SurchargeTier(0.1, 1.5), new SurchargeTier(0.3, 2)));

        Surcharge s = local.assess(1_000, 1_500); // 500 over: 100 at 1.5x, 400 at 2x

        assertEquals(100 * 1.5 + 400 * 2, s.feeYuan(), 1e-9);
    }

    @Test
    void refusesTiersOutOfOrderAndNegativeFigures() {
        assertThrows(IllegalArgumentException.class,
                () -> new SurchargeSchedule(1, List.of(new SurchargeTier(0.5, 3), new SurchargeTier(0.2, 2))));
        assertThrows(IllegalArgumentException.class, () -> new SurchargeSchedule(1, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new SurchargeTier(0.2, 0.5));
        assertThrows(IllegalArgumentException.class, () -> schedule.assess(-1, 10));
    }
}
