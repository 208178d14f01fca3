package wellwatch.simulator.scenario;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Every scenario the simulator knows, by name: to add one, write its class and register it here. */
public final class ScenarioCatalog {

    /** What the help text says about a scenario, and how to make one for a well. */
    public record Entry(String name, String summary, Function<Onset, Scenario> factory) {}

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    static {
        register(SealedPumping.NAME, "sealed well whose pump runs (power and flow present)", SealedPumping::new);
        register(SeasonalStopViolation.NAME, "seasonally stopped well that pumps", SeasonalStopViolation::new);
        register(UnpermittedWell.NAME, "well without permit that pumps", UnpermittedWell::new);
        register(OverPlanPumping.NAME, "pump runs around the clock (~3x normal volume)", OverPlanPumping::new);
        register(StuckMeter.NAME, "pump runs, power and energy grow, volume stands still", StuckMeter::new);
        register(Bypass.NAME, "pump runs, meter registers 10% (flow << power x coefficient)", Bypass::new);
        register(MagneticInterference.NAME, "magnetic_interference alarm, meter registers 40%", MagneticInterference::new);
        register(CoverOpen.NAME, "cover_open alarm on every reading", CoverOpen::new);
        register(CounterRollback.NAME, "volume register drops to half once, then grows", CounterRollback::new);
    }

    private ScenarioCatalog() {}

    private static void register(String name, String summary, Function<Onset, Scenario> factory) {
        ENTRIES.put(name, new Entry(name, summary, factory));
    }

    public static Set<String> names() {
        return ENTRIES.keySet();
    }

    public static Iterable<Entry> entries() {
        return ENTRIES.values();
    }

    public static boolean knows(String name) {
        return ENTRIES.containsKey(name);
    }

    /** A fresh instance of the named scenario for one well. */
    public static Scenario create(String name, Onset onset) {
        Entry entry = ENTRIES.get(name);
        if (entry == null) {
            throw new IllegalArgumentException("unknown scenario '" + name + "' (known: " + String.join(", ", names()) + ")");
        }
        return entry.factory().apply(onset);
    }
}
