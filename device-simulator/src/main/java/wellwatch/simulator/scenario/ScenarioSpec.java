package wellwatch.simulator.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One {@code --scenario} option: {@code name[@delay]=wellId[,wellId...]}, e.g.
 * {@code sealed-pumping=W000007} or {@code stuck-meter@30m=W000010,W000011}. The delay is simulated time
 * after the start of the simulation (default 0: from the first reading).
 */
public record ScenarioSpec(String name, Duration delay, List<String> wellIds) {

    public ScenarioSpec {
        wellIds = List.copyOf(wellIds);
    }

    /**
     * @param durations parses the delay the same way as every other duration option
     * @throws IllegalArgumentException with a message for the user when the text is not a valid spec
     */
    public static ScenarioSpec parse(String text, Function<String, Duration> durations) {
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new IllegalArgumentException("--scenario '" + text + "' must be name[@delay]=wellId[,wellId...]");
        }
        String head = text.substring(0, eq).trim();
        int at = head.indexOf('@');
        String name = at < 0 ? head : head.substring(0, at);
        Duration delay = at < 0 ? Duration.ZERO : durations.apply(head.substring(at + 1));
        if (!ScenarioCatalog.knows(name)) {
            throw new IllegalArgumentException(
                    "unknown scenario '" + name + "' (known: " + String.join(", ", ScenarioCatalog.names()) + ")");
        }
        List<String> wells = new ArrayList<>();
        for (String id : text.substring(eq + 1).split(",")) {
            if (!id.isBlank()) {
                wells.add(id.trim());
            }
        }
        if (wells.isEmpty()) {
            throw new IllegalArgumentException("--scenario '" + text + "' names no well");
        }
        return new ScenarioSpec(name, delay, wells);
    }
}
