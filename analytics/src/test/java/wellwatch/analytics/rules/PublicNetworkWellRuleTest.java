package wellwatch.analytics.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import wellwatch.analytics.Fixtures.Readings;
import wellwatch.analytics.Fixtures.Wells;
import wellwatch.analytics.alert.AlertType;
import wellwatch.registry.WellStatus;

class PublicNetworkWellRuleTest {

    private static RuleRunner runner() {
        return new RuleRunner(new PublicNetworkWellRule(DetectionSettings.Activity.defaults()));
    }

    @Test
    void aSelfSuppliedWellInUseInsideTheCoverageIsReported() {
        var found = runner().feed(Wells.insideNetworkCoverage(), Readings.normal());

        assertEquals(AlertType.NETWORK_AREA_WELL_IN_USE, found.get().type());
        assertEquals("QS-2020-0001", found.get().evidence().get("permitNumber"));
    }

    @Test
    void idleWellsInsideAndWellsOutsideTheCoverageAreNotReported() {
        assertTrue(runner().feed(Wells.insideNetworkCoverage(), Readings.idle()).isEmpty());
        assertTrue(runner().feed(Wells.active(), Readings.normal()).isEmpty());
        assertTrue(runner().feed(null, Readings.normal()).isEmpty());
    }

    @Test
    void aSealedWellInsideTheCoverageIsLeftToTheSealedWellRule() {
        var sealed = Wells.insideNetworkCoverage().toBuilder().status(WellStatus.SEALED, null).build();
        assertTrue(runner().feed(sealed, Readings.normal()).isEmpty());
    }
}
