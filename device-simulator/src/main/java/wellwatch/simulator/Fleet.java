package wellwatch.simulator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import wellwatch.simulator.mqtt.DeviceAccount;
import wellwatch.simulator.scenario.Onset;
import wellwatch.simulator.scenario.Scenario;
import wellwatch.simulator.scenario.ScenarioCatalog;
import wellwatch.simulator.scenario.ScenarioSpec;
import wellwatch.simulator.well.DutyCycle;
import wellwatch.simulator.well.SimulatedWell;
import wellwatch.simulator.well.WellIds;

/** Builds the simulated wells of a run: ids, device ids, seeds, first sequence numbers and scenarios. */
final class Fleet {

    private Fleet() {}

    /**
     * @param devices device accounts by well id (empty without a devices file)
     * @param firstSeq sequence number of every device's first reading
     */
    static List<SimulatedWell> build(SimulatorOptions options, Schedule schedule, Map<String, DeviceAccount> devices,
            long firstSeq) throws UsageException {
        List<String> wellIds = options.wellIds();
        Map<String, List<Scenario>> scenarios = scenariosByWell(options.scenarios(), wellIds, schedule);
        DutyCycle dutyCycle = DutyCycle.defaults();
        List<SimulatedWell> wells = new ArrayList<>(wellIds.size());
        for (String wellId : wellIds) {
            DeviceAccount account = devices.get(wellId);
            String deviceId = account != null ? account.deviceId() : WellIds.defaultDeviceId(wellId);
            wells.add(SimulatedWell.create(wellId, deviceId, options.seed(), firstSeq, schedule.simStart(), dutyCycle,
                    scenarios.getOrDefault(wellId, List.of())));
        }
        return wells;
    }

    private static Map<String, List<Scenario>> scenariosByWell(List<ScenarioSpec> specs, List<String> wellIds,
            Schedule schedule) throws UsageException {
        Set<String> simulated = new LinkedHashSet<>(wellIds);
        Map<String, List<Scenario>> byWell = new HashMap<>();
        for (ScenarioSpec spec : specs) {
            Onset onset = new Onset(schedule.simStart().plus(spec.delay()));
            for (String wellId : spec.wellIds()) {
                if (!simulated.contains(wellId)) {
                    throw new UsageException("--scenario " + spec.name() + ": well " + wellId
                            + " is not simulated (this run simulates " + wellIds.get(0) + ".." + wellIds.get(wellIds.size() - 1) + ")");
                }
                byWell.computeIfAbsent(wellId, k -> new ArrayList<>()).add(ScenarioCatalog.create(spec.name(), onset));
            }
        }
        return byWell;
    }
}
