package wellwatch.analytics.rules;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import wellwatch.analytics.alert.AlertType;
import wellwatch.analytics.alert.Finding;
import wellwatch.analytics.plan.QuotaReview;
import wellwatch.contract.reading.Alarm;
import wellwatch.contract.reading.Reading;
import wellwatch.registry.Well;

/**
 * Runs the detections. Plain Java: the Kafka consumer hands it readings in order per well
 * ({@link #inspect}), a timer asks it for wells gone silent ({@link #sweep}), the registry loader asks it
 * to review the registered facts ({@link #review}); the wiring persists what it finds.
 *
 * <p>State: one {@link WellTrack} per well seen, fixed size, held in a concurrent map. Readings of one well
 * must come from one thread at a time (Kafka's per-partition order gives that); {@code sweep} may run on
 * another thread. Tracks are disposable: drop those of wells whose partition moved away ({@link #evictIf}),
 * and restore what a new owner cannot rebuild from the next readings ({@link #restore},
 * {@link #restoreYearToDate}).
 *
 * <p>Hot path: with nothing found, {@code inspect} allocates nothing beyond a track for a new well.
 */
public final class Detector {

    private final DetectionSettings settings;
    private final ReadingRule[] rules;
    private final YearToDateCounter yearToDate;
    private final OfflineRule offline;
    private final MeteringComplianceRule metering;
    private final Clock clock;
    private final ConcurrentHashMap<String, WellTrack> tracks = new ConcurrentHashMap<>();

    public Detector(DetectionSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        QuotaReview quota = new QuotaReview(settings.quota());
        List<ReadingRule> all = new ArrayList<>();
        add(all, new SealedWellRule(settings.activity()), AlertType.SEALED_WELL_REACTIVATION);
        add(all, new SeasonalStopRule(settings.activity()), AlertType.SEASONAL_STOP_VIOLATION);
        add(all, new PermitRule(settings.activity(), settings.zone()), AlertType.ABSTRACTION_WITHOUT_PERMIT);
        add(all, new PublicNetworkWellRule(settings.activity()), AlertType.NETWORK_AREA_WELL_IN_USE);
        add(all, new CounterRegressionRule(settings.counters()), AlertType.COUNTER_REGRESSION);
        add(all, new VolumeJumpRule(settings.capacity()), AlertType.VOLUME_JUMP);
        add(all, new OverCapacityRule(settings.capacity()), AlertType.FLOW_OVER_CAPACITY);
        add(all, new StuckMeterRule(settings.stuckMeter(), settings.activity(), settings.counters()), AlertType.METER_STUCK);
        add(all, new WaterPerKwhRule(settings.waterPerKwh(), settings.activity(), settings.counters()), AlertType.WATER_PER_KWH_DEVIATION);
        for (Alarm alarm : Alarm.values()) {
            add(all, new DeviceAlarmRule(alarm), AlertType.forAlarm(alarm));
        }
        add(all, new TimestampRule(settings.timestamps(), clock), AlertType.IMPLAUSIBLE_TIMESTAMP);
        add(all, new QuotaRule(QuotaRule.Measure.PLAN, quota), AlertType.PLAN_EARLY_WARNING, AlertType.OVER_PLAN);
        add(all, new QuotaRule(QuotaRule.Measure.PERMIT, quota), AlertType.PERMIT_EARLY_WARNING, AlertType.OVER_PERMIT);
        this.rules = all.toArray(ReadingRule[]::new);
        this.yearToDate = new YearToDateCounter(settings.capacity(), settings.zone());
        this.offline = new OfflineRule(settings.offline());
        this.metering = new MeteringComplianceRule(settings.metering());
    }

    public Detector(DetectionSettings settings) {
        this(settings, Clock.systemUTC());
    }

    /** Adds {@code rule} unless every type it raises is disabled. */
    private void add(List<ReadingRule> all, ReadingRule rule, AlertType... types) {
        for (AlertType type : types) {
            if (settings.enabled(type)) {
                all.add(rule);
                return;
            }
        }
    }

    /** A detector with every default of {@link DetectionSettings#defaults()} and the system clock. */
    public static Detector withDefaults() {
        return new Detector(DetectionSettings.defaults());
    }

    public DetectionSettings settings() {
        return settings;
    }

    /**
     * Runs every reading rule over one reading and advances the well's track.
     *
     * @param well the registered well, or {@code null} when the well is not in the registry
     * @param reading a validated reading of that well
     * @return the findings, empty (and shared) when there are none
     */
    public List<Finding> inspect(Well well, Reading reading) {
        WellTrack track = trackFor(reading.wellId());
        List<Finding> found = null;
        synchronized (track) {
            yearToDate.add(well, reading, track);
            for (ReadingRule rule : rules) {
                Optional<Finding> f = rule.check(well, reading, track);
                if (f.isPresent() && settings.enabled(f.get().type())) {
                    if (found == null) {
                        found = new ArrayList<>(2);
                    }
                    found.add(f.get());
                }
            }
            track.commit(well, reading);
        }
        return found == null ? List.of() : found;
    }

    /**
     * Findings for wells silent too long at {@code now}: one per silence (see {@link OfflineRule}). Uses the
     * registry record each well had at its last reading.
     */
    public List<Finding> sweep(Instant now) {
        return sweep(now, null);
    }

    /**
     * As {@link #sweep(Instant)}, with the current registry record of each well from {@code registry} (e.g.
     * the well directory's lookup), so that a well sealed or stopped since its last reading is not reported.
     * A well the registry no longer knows keeps its last record.
     */
    public List<Finding> sweep(Instant now, Function<String, Well> registry) {
        long nowMillis = now.toEpochMilli();
        List<Finding> found = new ArrayList<>();
        if (!settings.enabled(AlertType.DEVICE_OFFLINE)) {
            return found;
        }
        for (WellTrack track : tracks.values()) {
            synchronized (track) {
                if (registry != null) {
                    Well current = registry.apply(track.wellId());
                    if (current != null) {
                        track.well = current;
                    }
                }
                offline.check(track, nowMillis).ifPresent(found::add);
            }
        }
        return found;
    }

    /** Registry checks that need no reading (non-compliant metering), for the given wells. */
    public List<Finding> review(Collection<Well> wells, Instant asOf) {
        List<Finding> found = new ArrayList<>();
        if (!settings.enabled(AlertType.METERING_NON_COMPLIANT)) {
            return found;
        }
        for (Well well : wells) {
            metering.check(well, asOf).ifPresent(found::add);
        }
        return found;
    }

    /**
     * Rebuilds a well's baseline from its last stored reading, when this instance takes the well over (start-up,
     * partition assignment). The next reading then gets a proper interval, an offline well is still reported
     * by {@link #sweep}, and readings replayed from Kafka up to {@code lastReading} are taken as already seen
     * (no rule that needs a previous reading runs on them, and they add nothing to the year-to-date volume).
     * Ignored when the track has already seen a later reading.
     *
     * @param well the registered well, or {@code null} when the registry does not know it
     * @param lastReading the well's latest reading in storage
     */
    public void restore(Well well, Reading lastReading) {
        WellTrack track = trackFor(lastReading.wellId());
        synchronized (track) {
            track.commit(well, lastReading);
        }
    }

    /**
     * Sets a well's year-to-date abstraction, from the stored sums. Pair it with {@link #restore}: the sum must
     * cover the readings up to and including the one restored, and be computed the same way (see
     * docs/detections.md, "Year to date"), or replayed readings count twice or not at all.
     */
    public void restoreYearToDate(String wellId, int year, double m3) {
        WellTrack track = trackFor(wellId);
        synchronized (track) {
            track.setYear(year, settings.zone());
            track.ytdM3 = m3;
        }
    }

    /** Drops what is remembered of a well. */
    public void evict(String wellId) {
        tracks.remove(wellId);
    }

    /** Drops the tracks of wells matching {@code wellIds} (e.g. those on partitions revoked); returns how many. */
    public int evictIf(Predicate<String> wellIds) {
        int before = tracks.size();
        tracks.keySet().removeIf(wellIds);
        return before - tracks.size();
    }

    /** Drops the tracks of wells not heard of since {@code cutoff}; returns how many. */
    public int evictSilentSince(Instant cutoff) {
        long c = cutoff.toEpochMilli();
        int before = tracks.size();
        tracks.values().removeIf(t -> t.lastTs < c);
        return before - tracks.size();
    }

    /** Number of wells with a track. */
    public int trackedWells() {
        return tracks.size();
    }

    /** The track of a well, if there is one: for diagnostics and tests. */
    public Optional<WellTrack> track(String wellId) {
        return Optional.ofNullable(tracks.get(wellId));
    }

    private WellTrack trackFor(String wellId) {
        WellTrack track = tracks.get(wellId);
        if (track == null) {
            track = tracks.computeIfAbsent(wellId, WellTrack::new);
        }
        return track;
    }
}
