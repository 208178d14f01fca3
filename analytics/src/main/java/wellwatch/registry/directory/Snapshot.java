package wellwatch.registry.directory;

import java.util.Map;
import wellwatch.registry.WaterUser;
import wellwatch.registry.Well;

/**
 * The registry as the detections see it: wells and units by id, in concurrent maps the directory serves
 * from directly. {@code skipped} counts records the assembly left out as inconsistent (logged; e.g.
 * overlapping coefficient periods written around the API).
 */
public record Snapshot(Map<String, Well> wells, Map<String, WaterUser> units, int skipped) {}
