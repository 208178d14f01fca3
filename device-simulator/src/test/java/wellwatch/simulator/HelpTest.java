package wellwatch.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import wellwatch.simulator.scenario.ScenarioCatalog;

class HelpTest {

    @Test
    void helpListsEveryOptionWithItsVariableAndEveryScenario() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int code = Simulator.run(new String[] {"--help"}, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        String help = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code);
        for (OptionSpec spec : SimulatorOptions.SPECS) {
            assertTrue(help.contains("--" + spec.name()), spec.name());
            spec.env().forEach(variable -> assertTrue(help.contains(variable), variable));
        }
        ScenarioCatalog.names().forEach(name -> assertTrue(help.contains(name), name));
        assertTrue(help.contains("WELLWATCH_SIM_TIME_SCALE"));
        assertTrue(help.contains("WELLWATCH_MQTT_URL"));
    }

    @Test
    void badOptionsExitWithStatusTwoAndPrintNothingOnStdout() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = Simulator.run(new String[] {"--wells", "x"}, Map.of(), new PrintStream(out), new PrintStream(err));

        assertEquals(2, code);
        assertEquals("", out.toString());
        assertTrue(err.toString().contains("--wells must be a whole number"));
    }
}
