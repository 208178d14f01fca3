package wellwatch.analytics.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import wellwatch.analytics.Fixtures.Wells;
import wellwatch.analytics.alert.AlertType;
import wellwatch.registry.Metering;
import wellwatch.registry.Permit;
import wellwatch.registry.WellStatus;

class MeteringComplianceRuleTest {

    private static final Instant NOW = Instant.parse("2026-05-01T00:00:00Z");
    private final MeteringComplianceRule rule = new MeteringComplianceRule(DetectionSettings.MeteringRequirement.defaults());

    @Test
    void aWidePipeWithoutAFlowMeterIsNonCompliant() {
        var well = Wells.activeBuilder().pipeDiameterCm(20.0).permit(null).metering(Metering.none()).build();

        var found = rule.check(well, NOW);

        assertEquals(AlertType.METERING_NON_COMPLIANT, found.get().type());
        assertEquals("no_flow_meter", found.get().evidence().get("problem"));
        assertEquals("pipe", found.get().evidence().get("requiredBecause"));
    }

    @Test
    void aLargePermitWithABrokenMeterIsNonCompliant() {
        var well = Wells.activeBuilder().metering(new Metering("FM-1", false, null))
                .permit(new Permit("QS-5", 50_000, null, null, null)).build();

        var found = rule.check(well, NOW);

        assertEquals("flow_meter_not_working", found.get().evidence().get("problem"));
        assertEquals("permit", found.get().evidence().get("requiredBecause"));
    }

    @Test
    void smallWellsWorkingMetersAndClosedWellsAreCompliant() {
        var small = Wells.activeBuilder().metering(Metering.none()).permit(new Permit("QS-6", 49_999, null, null, null)).build();
        assertTrue(rule.check(small, NOW).isEmpty(), "15 cm pipe, permit below 50,000 m3");
        assertTrue(rule.check(Wells.activeBuilder().pipeDiameterCm(30.0).build(), NOW).isEmpty());
        assertTrue(rule.check(Wells.activeBuilder().pipeDiameterCm(30.0).metering(Metering.none()).status(WellStatus.SEALED, null).build(), NOW).isEmpty());
        assertTrue(rule.check(Wells.activeBuilder().pipeDiameterCm(null).permit(null).metering(Metering.none()).build(), NOW).isEmpty());
    }
}
