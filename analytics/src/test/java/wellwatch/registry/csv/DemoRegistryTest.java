package wellwatch.registry.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import wellwatch.registry.WellStatus;
import wellwatch.registry.permit.QuotaScope;

/**
 * The demo's registry (deploy/demo/wells.csv, seeded by {@code ./wellwatch demo}) fits the simulator's demo: wells
 * W000001-W000300, each with a unit, a permit valid in 2026 and a 2026 plan; W000007 sealed, so that the
 * {@code sealed-pumping=W000007} scenario raises the sealed-well alert and no well raises a no-permit alert.
 */
class DemoRegistryTest {

    static final Path DEMO = Path.of("..", "deploy", "demo", "wells.csv");

    @Test
    void verifiesThatTheDemoRegistryImportsCleanlyAndCoversEverySimulatedWell() throws IOException {
        // given
        List<RegisterRow> rows = RowParserTest.parseAll(Files.readString(DEMO, StandardCharsets.UTF_8));
        FileConsistency consistency = new FileConsistency();
        Map<String, LocalDate[]> unitPermits = new HashMap<>();
        Set<String> wells = new TreeSet<>();
        LocalDate day = LocalDate.of(2026, 6, 1);

        for (RegisterRow row : rows) {
            // then: no row contradicts another
            assertEquals(null, consistency.check(row), "line " + row.line());
            consistency.accept(row);
            RegisterRow.Quota q = row.quota();
            if (row.well() == null) {
                assertEquals(QuotaScope.UNIT, q.scope());
                unitPermits.put(row.unit().id(), new LocalDate[] {q.validFrom(), q.validTo()});
                continue;
            }
            String id = row.well().id();
            wells.add(id);
            assertTrue(row.unit().id() != null, id + " has a unit");
            assertEquals(2026, q.planYear(), id);
            assertTrue(q.plannedM3() != null && q.plannedM3() > 0, id + " has a 2026 plan");
            LocalDate[] validity = q.permitNo() != null ? new LocalDate[] {q.validFrom(), q.validTo()} : unitPermits.get(row.unit().id());
            assertTrue(validity != null && !day.isBefore(validity[0]) && !day.isAfter(validity[1]), id + " has a permit valid in 2026");
            assertTrue(row.meters().flowMeterId() != null && row.meters().powerMeterNo() != null, id + " has a flow meter and a power meter");
            assertEquals(id.equals("W000007") ? WellStatus.SEALED : WellStatus.ACTIVE, row.well().status(), id);
        }
        assertEquals(300, wells.size());
        assertEquals("W000001", ((TreeSet<String>) wells).first());
        assertEquals("W000300", ((TreeSet<String>) wells).last());
    }
}
