package wellwatch.simulator;

import java.time.Instant;
import java.util.Map;

/** Parses options the way the command line does, with a fixed clock. */
final class OptionsTestSupport {

    static final Instant NOW = Instant.parse("2026-05-01T08:00:00Z");

    private OptionsTestSupport() {}

    static SimulatorOptions parse(Map<String, String> env, String... args) throws UsageException {
        return SimulatorOptions.parse(args, env, NOW);
    }

    static SimulatorOptions parse(String... args) throws UsageException {
        return parse(Map.of(), args);
    }
}
