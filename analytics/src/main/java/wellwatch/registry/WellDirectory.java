package wellwatch.registry;

import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import wellwatch.registry.directory.RegistryLoader;
import wellwatch.registry.directory.Snapshot;

/**
 * The registered wells and units as the detections need them (permit, plan, pipe, network flag, metering,
 * rating, reporting interval, coefficients), held in memory so that looking up a reading's well is a hash
 * lookup, not a query.
 *
 * <p>Reloaded from the registry tables on a schedule ({@code wellwatch.registry.refresh}) in a fixed number
 * of queries ({@link RegistryLoader}); a failed reload keeps the last good copy. A write through the registry
 * API refreshes just what it touched at once ({@link #refreshWell}, {@link #refreshUnit}, {@link #remember}),
 * and a refresh that lands while a full reload is running is applied on top of the reload's result, so the
 * reload cannot bring back the state from before the write.
 */
@Singleton
public class WellDirectory {

    /**
     * The bureau's time zone unless {@code wellwatch.detection.zone} says otherwise (the detections judge permit
     * dates in the same zone): permit dates and plan years are local.
     */
    public static final String DEFAULT_ZONE = "Asia/Shanghai";

    private static final Logger LOG = Logger.getLogger(WellDirectory.class);

    private final RegistryLoader loader;
    private final Clock clock;
    private final ZoneId zone;
    private final ReentrantLock reloading = new ReentrantLock();
    private final Object swap = new Object();
    private volatile Map<String, Well> wells = new ConcurrentHashMap<>();
    private volatile Map<String, WaterUser> units = new ConcurrentHashMap<>();
    /** Wells and units remembered while a full reload runs; null when none runs. Guarded by {@link #swap}. */
    private Map<String, Well> wellsDuringReload;
    private Map<String, WaterUser> unitsDuringReload;

    @Inject
    public WellDirectory(RegistryLoader loader, @ConfigProperty(name = "wellwatch.detection.zone", defaultValue = DEFAULT_ZONE) ZoneId zone) {
        this(loader, zone, Clock.systemUTC());
    }

    WellDirectory(RegistryLoader loader, ZoneId zone, Clock clock) {
        this.loader = loader;
        this.zone = zone;
        this.clock = clock;
    }

    /** The registered well, or {@code null} when the registry does not know it. */
    public Well find(String wellId) {
        return wells.get(wellId);
    }

    public int size() {
        return wells.size();
    }

    /** Every registered well (a live view; for reviews such as non-compliant metering). */
    public Collection<Well> all() {
        return Collections.unmodifiableCollection(wells.values());
    }

    /** Every registered unit with its unit-wide permit and this year's unit plan, for unit-level quota checks. */
    public Collection<WaterUser> units() {
        return Collections.unmodifiableCollection(units.values());
    }

    /** The unit, or {@code null}. */
    public WaterUser unit(String unitId) {
        return units.get(unitId);
    }

    /** Takes a registry change into account at once, without waiting for the next reload. */
    public void remember(Well well) {
        synchronized (swap) {
            wells.put(well.id(), well);
            if (wellsDuringReload != null) {
                wellsDuringReload.put(well.id(), well);
            }
        }
    }

    private void rememberUnit(WaterUser unit) {
        synchronized (swap) {
            units.put(unit.id(), unit);
            if (unitsDuringReload != null) {
                unitsDuringReload.put(unit.id(), unit);
            }
        }
    }

    /** Reads one well (and its unit) from the registry again, e.g. after a write. */
    public void refreshWell(String wellId) throws SQLException {
        apply(loader.loadWells(List.of(wellId), today()));
    }

    /** Reads a unit and all its wells again, e.g. after its unit-wide permit or plan changed. */
    public void refreshUnit(String unitId) throws SQLException {
        apply(loader.loadUnit(unitId, today()));
    }

    private void apply(Snapshot snapshot) {
        snapshot.wells().values().forEach(this::remember);
        snapshot.units().values().forEach(this::rememberUnit);
    }

    @Scheduled(every = "${wellwatch.registry.refresh:30s}", delayed = "${wellwatch.registry.refresh:30s}")
    void scheduledReload() {
        try {
            reload();
        } catch (SQLException e) {
            LOG.warnf("Registry reload failed (%s); keeping %d wells from the last load", e.getMessage(), wells.size());
        }
    }

    /** Reads the whole registry again (one at a time; a caller arriving meanwhile waits for the running one). */
    public void reload() throws SQLException {
        reloading.lock();
        try {
            synchronized (swap) {
                wellsDuringReload = new HashMap<>();
                unitsDuringReload = new HashMap<>();
            }
            Snapshot loaded;
            try {
                loaded = loader.loadAll(today(), wells.size());
            } catch (SQLException | RuntimeException e) {
                synchronized (swap) {
                    wellsDuringReload = null;
                    unitsDuringReload = null;
                }
                throw e;
            }
            Map<String, Well> newWells = loaded.wells();
            Map<String, WaterUser> newUnits = loaded.units();
            synchronized (swap) {
                newWells.putAll(wellsDuringReload);
                newUnits.putAll(unitsDuringReload);
                wellsDuringReload = null;
                unitsDuringReload = null;
                wells = newWells;
                units = newUnits;
            }
            if (loaded.skipped() > 0) {
                LOG.warnf("Registry reload: %d inconsistent records left out (see above)", loaded.skipped());
            }
        } finally {
            reloading.unlock();
        }
    }

    /** The local date permits are judged on, and whose year selects the plans. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    public ZoneId zone() {
        return zone;
    }
}
