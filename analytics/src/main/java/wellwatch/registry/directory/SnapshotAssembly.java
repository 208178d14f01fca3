package wellwatch.registry.directory;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import wellwatch.registry.AbstractionPlan;
import wellwatch.registry.CoefficientHistory;
import wellwatch.registry.ConversionCoefficient;
import wellwatch.registry.Metering;
import wellwatch.registry.Permit;
import wellwatch.registry.WaterUser;
import wellwatch.registry.Well;

/**
 * Builds the detections' {@link Well} and {@link WaterUser} records from the rows of the registry tables, one
 * pass per table, no query per well: first the permits, plans, coefficients and units, then the wells, each
 * of which becomes its {@link Well} as it arrives (so a full load holds no second copy of the wells). Plain
 * Java: the loader feeds it, tests too. A unit-wide permit is one {@link Permit} object shared by all the
 * unit's wells.
 */
public final class SnapshotAssembly {

    private static final Logger LOG = Logger.getLogger(SnapshotAssembly.class);

    private final LocalDate today;
    private final Map<String, Well> wells;
    private final List<String> unitIds = new ArrayList<>();
    private int skipped;
    private final Map<String, List<Permit>> ownPermits = new HashMap<>();
    private final Map<String, List<Permit>> unitPermits = new HashMap<>();
    private final Map<String, AbstractionPlan> wellPlans = new HashMap<>();
    private final Map<String, AbstractionPlan> unitPlans = new HashMap<>();
    private final Map<String, List<ConversionCoefficient>> coefficients = new HashMap<>();

    /** @param today the local date permits are judged on; its year is the plans' year */
    public SnapshotAssembly(LocalDate today) {
        this(today, 16);
    }

    /** @param expectedWells how many wells will come, to size the map once */
    public SnapshotAssembly(LocalDate today, int expectedWells) {
        this.today = today;
        this.wells = new ConcurrentHashMap<>(Math.max(16, expectedWells * 4 / 3 + 1));
    }

    public int year() {
        return today.getYear();
    }

    /** A well; feed it after its permits, plans and coefficients. */
    public void well(WellRow r) {
        List<Permit> unitWide = r.unitId() == null ? List.of() : unitPermits.getOrDefault(r.unitId(), List.of());
        Permit permit = PermitChoice.forWell(ownPermits.getOrDefault(r.id(), List.of()), unitWide, today);
        CoefficientHistory history;
        try {
            history = CoefficientHistory.of(coefficients.remove(r.id()));
        } catch (IllegalArgumentException e) {
            LOG.warnf("Well %s: coefficient history left out (%s)", r.id(), e.getMessage());
            history = CoefficientHistory.empty();
            skipped++;
        }
        wells.put(r.id(), new Well(r.id(), r.unitId(), r.status(), r.statusSince(), permit, wellPlans.get(r.id()), r.pipeDiameterCm(),
                Boolean.TRUE.equals(r.inNetworkCoverage()), metering(r), r.ratedCapacityM3h(),
                r.reportingIntervalS() == null ? null : Duration.ofSeconds(r.reportingIntervalS()), history));
    }

    public void unit(String unitId) {
        unitIds.add(unitId);
    }

    /** A permit: issued for {@code wellId}, or unit-wide when {@code wellId} is null. */
    public void permit(String unitId, String wellId, Permit permit) {
        if (wellId != null) {
            ownPermits.computeIfAbsent(wellId, k -> new ArrayList<>(1)).add(permit);
        } else if (unitId != null) {
            unitPermits.computeIfAbsent(unitId, k -> new ArrayList<>(1)).add(permit);
        }
    }

    /** This year's plan of a unit or of a well (exactly one of the ids is set). */
    public void plan(String unitId, String wellId, double plannedM3) {
        AbstractionPlan plan = new AbstractionPlan(year(), plannedM3);
        if (wellId != null) {
            wellPlans.put(wellId, plan);
        } else {
            unitPlans.put(unitId, plan);
        }
    }

    public void coefficient(String wellId, ConversionCoefficient coefficient) {
        coefficients.computeIfAbsent(wellId, k -> new ArrayList<>(2)).add(coefficient);
    }

    public Snapshot build() {
        Map<String, WaterUser> units = new ConcurrentHashMap<>(unitIds.size() * 4 / 3 + 1);
        for (String id : unitIds) {
            units.put(id, new WaterUser(id, PermitChoice.forUnit(unitPermits.getOrDefault(id, List.of()), today), unitPlans.get(id)));
        }
        return new Snapshot(wells, units, skipped);
    }

    /**
     * A flow meter counts as working unless registered as unqualified (检定不合格) or not working; what is not
     * known is not held against the well.
     */
    static Metering metering(WellRow r) {
        if (r.flowMeterId() == null && r.powerMeterNo() == null) {
            return Metering.none();
        }
        boolean working = r.flowMeterId() != null && !Boolean.FALSE.equals(r.flowMeterQualified()) && !Boolean.FALSE.equals(r.flowMeterWorking());
        return new Metering(r.flowMeterId(), working, r.powerMeterNo());
    }
}
