package wellwatch.registry.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import wellwatch.registry.ConversionCoefficient;
import wellwatch.registry.Permit;
import wellwatch.registry.Well;
import wellwatch.registry.WellStatus;

class SnapshotAssemblyTest {

    static final Instant SINCE = Instant.parse("2025-01-01T00:00:00Z");

    static WellRow row(String id, String unitId) {
        return new WellRow(id, unitId, WellStatus.ACTIVE, SINCE, null, null, null, null, null, null, null, null);
    }

    @Test
    void verifiesThatAUnitsPermitAppliesToItsWellsWithoutOneAndIsSharedNotCopied() {
        // given
        SnapshotAssembly a = new SnapshotAssembly(LocalDate.of(2026, 6, 1));
        a.unit("U1");
        Permit unitPermit = new Permit("P-U1", 120_000, LocalDate.of(2021, 1, 1), null, "irrigation");
        Permit own = new Permit("P-W3", 5_000, LocalDate.of(2021, 1, 1), null, "irrigation");
        a.permit("U1", null, unitPermit);
        a.permit("U1", "W3", own);
        a.plan("U1", null, 100_000);
        a.plan(null, "W1", 40_000);

        // when: the wells come last, as the loader feeds them
        a.well(row("W1", "U1"));
        a.well(row("W2", "U1"));
        a.well(row("W3", "U1"));
        var snapshot = a.build();

        // then
        assertSame(unitPermit, snapshot.wells().get("W1").permit());
        assertSame(snapshot.wells().get("W1").permit(), snapshot.wells().get("W2").permit());
        assertSame(own, snapshot.wells().get("W3").permit());
        assertEquals(40_000, snapshot.wells().get("W1").plan().plannedM3());
        assertEquals(2026, snapshot.wells().get("W1").plan().year());
        assertNull(snapshot.wells().get("W2").plan(), "the unit's plan is the unit's, not each well's");
        assertEquals(unitPermit, snapshot.units().get("U1").permit());
        assertEquals(100_000, snapshot.units().get("U1").plan().plannedM3());
    }

    @Test
    void verifiesThatAWellCarriesEverythingTheDetectionsNeed() {
        // given
        SnapshotAssembly a = new SnapshotAssembly(LocalDate.of(2026, 6, 1));
        a.coefficient("W1", new ConversionCoefficient(4.5, Instant.parse("2026-01-01T00:00:00Z"), null, ConversionCoefficient.Source.FITTED));
        a.coefficient("W1", new ConversionCoefficient(4.0, Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"),
                ConversionCoefficient.Source.PUMP_TEST));
        a.well(new WellRow("W1", "U1", WellStatus.SEALED, SINCE, 25.0, true, 60.0, 300, "FM1", true, null, "PM1"));

        // when
        Well w = a.build().wells().get("W1");

        // then
        assertEquals(WellStatus.SEALED, w.status());
        assertEquals(25.0, w.pipeDiameterCm());
        assertTrue(w.insidePublicNetwork());
        assertEquals(60.0, w.ratedCapacityM3h());
        assertEquals(Duration.ofMinutes(5), w.reportingInterval());
        assertTrue(w.metering().hasWorkingFlowMeter(), "working not registered: not held against the well");
        assertEquals("PM1", w.metering().powerMeterNo());
        assertEquals(2, w.coefficients().size());
        assertEquals(4.5, w.coefficients().at(Instant.parse("2026-05-01T00:00:00Z")).m3PerKwh());
    }

    @Test
    void verifiesThatAFlowMeterRegisteredUnqualifiedOrBrokenDoesNotCount() {
        assertFalse(SnapshotAssembly.metering(new WellRow("W1", null, WellStatus.ACTIVE, SINCE, null, null, null, null, "FM1", false, true, null))
                .hasWorkingFlowMeter());
        assertFalse(SnapshotAssembly.metering(new WellRow("W1", null, WellStatus.ACTIVE, SINCE, null, null, null, null, "FM1", true, false, null))
                .hasWorkingFlowMeter());
    }

    @Test
    void verifiesThatOverlappingCoefficientsWrittenAroundTheApiAreLeftOutNotFatal() {
        SnapshotAssembly a = new SnapshotAssembly(LocalDate.of(2026, 6, 1));
        a.coefficient("W1", new ConversionCoefficient(4.0, Instant.parse("2020-01-01T00:00:00Z"), null, ConversionCoefficient.Source.PUMP_TEST));
        a.coefficient("W1", new ConversionCoefficient(5.0, Instant.parse("2021-01-01T00:00:00Z"), null, ConversionCoefficient.Source.PUMP_TEST));
        a.well(row("W1", null));

        var snapshot = a.build();

        assertTrue(snapshot.wells().get("W1").coefficients().isEmpty());
        assertEquals(1, snapshot.skipped());
    }
}
