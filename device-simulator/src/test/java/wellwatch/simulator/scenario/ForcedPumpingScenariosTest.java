package wellwatch.simulator.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import wellwatch.contract.reading.Reading;
import wellwatch.simulator.testing.Wells;

/**
 * Verifies that the scenarios that take over the pump (sealed-pumping, seasonal-stop-violation,
 * unpermitted-well, over-plan-pumping) leave the well alone before their onset and make it pump, with power
 * and flow, from the onset on.
 */
class ForcedPumpingScenariosTest {

    static final int DAY_OF_5_MIN = 24 * 12;

    @ParameterizedTest
    @ValueSource(strings = {SealedPumping.NAME, SeasonalStopViolation.NAME, UnpermittedWell.NAME, OverPlanPumping.NAME})
    void pumpRunsWithPowerAndFlowFromTheStart(String name) {
        // given a well that the normal duty cycle would leave idle at times
        Scenario scenario = ScenarioCatalog.create(name, new Onset(Wells.START));

        // when
        List<Reading> readings = Wells.readings(Wells.with(4, List.of(scenario)), DAY_OF_5_MIN, Wells.FIVE_MINUTES);

        // then every reading shows abstraction and the volume keeps growing
        for (int k = 0; k < readings.size(); k++) {
            Reading r = readings.get(k);
            assertTrue(r.pumpOn(), name + ": pump off at " + r.ts());
            assertTrue(r.powerKw() > 1 && r.flowM3h() > 1, name + ": no power or flow at " + r.ts());
            if (k > 0) {
                assertTrue(r.volumeM3() > readings.get(k - 1).volumeM3(), name + ": volume stood still at " + r.ts());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {SealedPumping.NAME, SeasonalStopViolation.NAME, UnpermittedWell.NAME, OverPlanPumping.NAME})
    void beforeADelayedOnsetTheWellBehavesNormally(String name) {
        Duration delay = Duration.ofHours(6);
        Scenario scenario = ScenarioCatalog.create(name, new Onset(Wells.START.plus(delay)));
        int onsetIndex = (int) (delay.toMinutes() / 5);

        List<Reading> withScenario = Wells.readings(Wells.with(4, List.of(scenario)), DAY_OF_5_MIN, Wells.FIVE_MINUTES);
        List<Reading> normal = Wells.readings(Wells.normal(4), DAY_OF_5_MIN, Wells.FIVE_MINUTES);

        assertEquals(normal.subList(0, onsetIndex + 1), withScenario.subList(0, onsetIndex + 1));
        assertTrue(withScenario.subList(onsetIndex + 1, DAY_OF_5_MIN).stream().allMatch(Reading::pumpOn));
    }

    @ParameterizedTest
    @ValueSource(strings = {SealedPumping.NAME, OverPlanPumping.NAME})
    void pumpingAroundTheClockTakesFarMoreWaterThanNormal(String name) {
        Scenario scenario = ScenarioCatalog.create(name, new Onset(Wells.START));
        int week = 7 * DAY_OF_5_MIN;

        double forced = abstracted(Wells.readings(Wells.with(8, List.of(scenario)), week, Wells.FIVE_MINUTES));
        double normal = abstracted(Wells.readings(Wells.normal(8), week, Wells.FIVE_MINUTES));

        assertTrue(forced > 2 * normal, name + ": " + forced + " m3 vs normal " + normal + " m3");
    }

    static double abstracted(List<Reading> readings) {
        return readings.get(readings.size() - 1).volumeM3() - readings.get(0).volumeM3();
    }
}
