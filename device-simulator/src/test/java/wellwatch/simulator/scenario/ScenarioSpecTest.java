package wellwatch.simulator.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioSpecTest {

    @Test
    void parsesNameWellsAndOptionalDelay() {
        assertEquals(new ScenarioSpec("sealed-pumping", Duration.ZERO, List.of("W000007")),
                ScenarioSpec.parse("sealed-pumping=W000007", Duration::parse));
        assertEquals(new ScenarioSpec("stuck-meter", Duration.ofMinutes(30), List.of("W000010", "W000011")),
                ScenarioSpec.parse("stuck-meter@PT30M=W000010, W000011", Duration::parse));
    }

    @Test
    void refusesUnknownNamesAndSpecsWithoutWells() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> ScenarioSpec.parse("meteor-strike=W000001", Duration::parse));
        assertTrue(unknown.getMessage().contains("sealed-pumping"), "lists the known ones: " + unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ScenarioSpec.parse("sealed-pumping=", Duration::parse));
        assertThrows(IllegalArgumentException.class, () -> ScenarioSpec.parse("sealed-pumping", Duration::parse));
        assertThrows(IllegalArgumentException.class, () -> ScenarioSpec.parse("sealed-pumping=,", Duration::parse));
    }

    @Test
    void everyCatalogueEntryMakesAScenarioOfItsOwnName() {
        for (String name : ScenarioCatalog.names()) {
            assertEquals(name, ScenarioCatalog.create(name, new Onset(Instant.EPOCH)).name());
        }
        assertTrue(ScenarioCatalog.names().size() >= 9);
    }
}
