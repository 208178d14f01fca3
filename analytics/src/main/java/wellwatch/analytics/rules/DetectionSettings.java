package wellwatch.analytics.rules;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;
import wellwatch.analytics.alert.AlertType;
import wellwatch.analytics.conversion.CalibrationSettings;
import wellwatch.analytics.plan.QuotaSettings;

/**
 * Every threshold the detections use, grouped by rule, each with its documented default
 * ({@link #defaults()}). The wiring maps these from {@code wellwatch.detection.*}; docs/detections.md
 * explains each for a water engineer.
 *
 * @param activity what counts as a well abstracting (pump power, flow, counters moving)
 * @param counters when a cumulative counter counts as having gone backwards
 * @param capacity flow above the pump's rating and impossible volume jumps
 * @param stuckMeter pump power while the flow meter stands still
 * @param waterPerKwh metered water per kWh against the registered coefficient
 * @param timestamps implausible reading times
 * @param offline devices silent too long
 * @param metering which wells must have a working flow meter
 * @param quota year-to-date volume against plan and permit, surcharge tiers
 * @param calibration coefficient fit and drift
 * @param zone the bureau's time zone: calendar years, permit dates; default Asia/Shanghai
 * @param disabled alert types not to raise (their rules do not run); default none. Useful while the registry
 *     lacks the facts a rule needs, e.g. {@code abstraction_without_permit} before permits are loaded
 */
public record DetectionSettings(
        Activity activity,
        Counters counters,
        Capacity capacity,
        StuckMeter stuckMeter,
        WaterPerKwh waterPerKwh,
        Timestamps timestamps,
        Offline offline,
        MeteringRequirement metering,
        QuotaSettings quota,
        CalibrationSettings calibration,
        ZoneId zone,
        Set<AlertType> disabled) {

    public DetectionSettings {
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(counters, "counters");
        Objects.requireNonNull(capacity, "capacity");
        Objects.requireNonNull(stuckMeter, "stuckMeter");
        Objects.requireNonNull(waterPerKwh, "waterPerKwh");
        Objects.requireNonNull(timestamps, "timestamps");
        Objects.requireNonNull(offline, "offline");
        Objects.requireNonNull(metering, "metering");
        Objects.requireNonNull(quota, "quota");
        Objects.requireNonNull(calibration, "calibration");
        Objects.requireNonNull(zone, "zone");
        disabled = disabled == null ? Set.of() : Set.copyOf(disabled);
    }

    /** Whether findings of {@code type} are raised. */
    public boolean enabled(AlertType type) {
        return !disabled.contains(type);
    }

    public static DetectionSettings defaults() {
        return new DetectionSettings(Activity.defaults(), Counters.defaults(), Capacity.defaults(), StuckMeter.defaults(),
                WaterPerKwh.defaults(), Timestamps.defaults(), Offline.defaults(), MeteringRequirement.defaults(),
                QuotaSettings.defaults(), CalibrationSettings.defaults(), ZoneId.of("Asia/Shanghai"), Set.of());
    }

    /**
     * What counts as a well abstracting: any one signal is enough.
     *
     * @param minPowerKw pump power above this; below is the standby draw of controller and meter; default 0.5 kW
     * @param minFlowM3h instantaneous flow above this; below is meter noise; default 0.1 m3/h
     * @param volumeNoiseM3 cumulative volume rising by more than this since the last reading; default 0.1 m3
     * @param energyNoiseKwh cumulative energy rising by more than this since the last reading; default 0.1 kWh
     */
    public record Activity(double minPowerKw, double minFlowM3h, double volumeNoiseM3, double energyNoiseKwh) {
        public Activity {
            requireNonNegative(minPowerKw, "minPowerKw");
            requireNonNegative(minFlowM3h, "minFlowM3h");
            requireNonNegative(volumeNoiseM3, "volumeNoiseM3");
            requireNonNegative(energyNoiseKwh, "energyNoiseKwh");
        }

        public static Activity defaults() {
            return new Activity(0.5, 0.1, 0.1, 0.1);
        }
    }

    /**
     * When a cumulative counter counts as having gone backwards.
     *
     * @param volumeToleranceM3 a volume drop up to this is ignored: some meters count water draining back
     *     down the rising main when the pump stops; default 0.1 m3
     * @param energyToleranceKwh an energy drop up to this is ignored (rounding); default 0.01 kWh
     */
    public record Counters(double volumeToleranceM3, double energyToleranceKwh) {
        public Counters {
            requireNonNegative(volumeToleranceM3, "volumeToleranceM3");
            requireNonNegative(energyToleranceKwh, "energyToleranceKwh");
        }

        public static Counters defaults() {
            return new Counters(0.1, 0.01);
        }
    }

    /**
     * Flow the pump cannot deliver.
     *
     * @param overCapacityFactor instantaneous flow above rated capacity x this is reported; default 1.2
     * @param jumpFactor cumulative volume growing faster than rated capacity x this (averaged over the interval)
     *     is an impossible jump; default 2.0
     * @param minJumpM3 a volume step smaller than this is never a jump (meter resolution, short intervals);
     *     default 5 m3
     * @param unratedCapacityM3h capacity assumed for a well whose rating is not registered: a generous ceiling
     *     for one groundwater well; default 300 m3/h
     */
    public record Capacity(double overCapacityFactor, double jumpFactor, double minJumpM3, double unratedCapacityM3h) {
        public Capacity {
            if (!(overCapacityFactor >= 1) || !(jumpFactor >= 1)) {
                throw new IllegalArgumentException("capacity factors must be >= 1, got " + overCapacityFactor + ", " + jumpFactor);
            }
            requireNonNegative(minJumpM3, "minJumpM3");
            requirePositive(unratedCapacityM3h, "unratedCapacityM3h");
        }

        public static Capacity defaults() {
            return new Capacity(1.2, 2.0, 5, 300);
        }
    }

    /**
     * Pump drawing power while the flow meter's volume stands still (stuck or bypassed meter).
     *
     * @param window the still meter must last at least this long, from the first pumping interval; default 30 min
     * @param minEnergyKwh and the pump must have drawn at least this much energy meanwhile; default 2 kWh
     */
    public record StuckMeter(Duration window, double minEnergyKwh) {
        public StuckMeter {
            requirePositive(window, "window");
            requireNonNegative(minEnergyKwh, "minEnergyKwh");
        }

        public static StuckMeter defaults() {
            return new StuckMeter(Duration.ofMinutes(30), 2.0);
        }
    }

    /**
     * Metered water per kWh against the registered coefficient, over consecutive windows.
     *
     * @param tolerance a window whose metered water departs from energy x coefficient by more than this share
     *     deviates; default 0.20 (20%)
     * @param window a window closes once it spans at least this long; default 1 h
     * @param minEnergyKwh and holds at least this much pumping energy; default 5 kWh
     * @param sustainedWindows this many deviating windows in a row raise a finding; default 3
     * @param checkDefaultCoefficients whether to check against regional default coefficients too (they are not
     *     specific to the well, so deviations are expected); default false
     */
    public record WaterPerKwh(double tolerance, Duration window, double minEnergyKwh, int sustainedWindows, boolean checkDefaultCoefficients) {
        public WaterPerKwh {
            requirePositive(tolerance, "tolerance");
            requirePositive(window, "window");
            requireNonNegative(minEnergyKwh, "minEnergyKwh");
            if (sustainedWindows < 1) {
                throw new IllegalArgumentException("sustainedWindows must be >= 1, got " + sustainedWindows);
            }
        }

        public static WaterPerKwh defaults() {
            return new WaterPerKwh(0.20, Duration.ofHours(1), 5.0, 3, false);
        }
    }

    /**
     * Implausible reading times.
     *
     * @param maxFutureSkew a reading time further ahead of the analytics clock is in the future; default 2 min
     *     (ingest refuses beyond 10 min; this catches clocks running ahead a little)
     * @param maxAge a reading older than this is implausibly old; default 30 days, above the 7-day Kafka
     *     retention so that replaying the topic never trips it
     * @param clockBackTolerance a device's next reading (higher seq) dated further back than this behind its
     *     previous one means its clock went back; default 1 min
     */
    public record Timestamps(Duration maxFutureSkew, Duration maxAge, Duration clockBackTolerance) {
        public Timestamps {
            requireNonNegative(maxFutureSkew, "maxFutureSkew");
            requirePositive(maxAge, "maxAge");
            requireNonNegative(clockBackTolerance, "clockBackTolerance");
        }

        public static Timestamps defaults() {
            return new Timestamps(Duration.ofMinutes(2), Duration.ofDays(30), Duration.ofMinutes(1));
        }
    }

    /**
     * Devices silent too long (evaluated on a clock tick, not on a reading).
     *
     * @param afterIntervals silent for more than this many reporting intervals is offline; default 3
     * @param defaultReportingInterval interval assumed when the well's is not registered; default 1 h
     */
    public record Offline(int afterIntervals, Duration defaultReportingInterval) {
        public Offline {
            if (afterIntervals < 1) {
                throw new IllegalArgumentException("afterIntervals must be >= 1, got " + afterIntervals);
            }
            requirePositive(defaultReportingInterval, "defaultReportingInterval");
        }

        public static Offline defaults() {
            return new Offline(3, Duration.ofHours(1));
        }
    }

    /**
     * Which wells must have a working flow meter.
     *
     * @param minPipeDiameterCm wells with a pipe at least this wide; default 20 cm
     * @param minPermittedM3 wells permitted at least this much per year; default 50,000 m3 (5 万m3)
     */
    public record MeteringRequirement(double minPipeDiameterCm, double minPermittedM3) {
        public MeteringRequirement {
            requirePositive(minPipeDiameterCm, "minPipeDiameterCm");
            requirePositive(minPermittedM3, "minPermittedM3");
        }

        public static MeteringRequirement defaults() {
            return new MeteringRequirement(20, 50_000);
        }
    }

    public DetectionSettings withActivity(Activity a) {
        return new DetectionSettings(a, counters, capacity, stuckMeter, waterPerKwh, timestamps, offline, metering, quota, calibration, zone, disabled);
    }

    public DetectionSettings withCounters(Counters c) {
        return new DetectionSettings(activity, c, capacity, stuckMeter, waterPerKwh, timestamps, offline, metering, quota, calibration, zone, disabled);
    }

    public DetectionSettings withCapacity(Capacity c) {
        return new DetectionSettings(activity, counters, c, stuckMeter, waterPerKwh, timestamps, offline, metering, quota, calibration, zone, disabled);
    }

    public DetectionSettings withStuckMeter(StuckMeter s) {
        return new DetectionSettings(activity, counters, capacity, s, waterPerKwh, timestamps, offline, metering, quota, calibration, zone, disabled);
    }

    public DetectionSettings withWaterPerKwh(WaterPerKwh w) {
        return new DetectionSettings(activity, counters, capacity, stuckMeter, w, timestamps, offline, metering, quota, calibration, zone, disabled);
    }

    public DetectionSettings withTimestamps(Timestamps t) {
        return new DetectionSettings(activity, counters, capacity, stuckMeter, waterPerKwh, t, offline, metering, quota, calibration, zone, disabled);
    }

    public DetectionSettings withOffline(Offline o) {
        return new DetectionSettings(activity, counters, capacity, stuckMeter, waterPerKwh, timestamps, o, metering, quota, calibration, zone, disabled);
    }

    public DetectionSettings withMetering(MeteringRequirement m) {
        return new DetectionSettings(activity, counters, capacity, stuckMeter, waterPerKwh, timestamps, offline, m, quota, calibration, zone, disabled);
    }

    public DetectionSettings withQuota(QuotaSettings q) {
        return new DetectionSettings(activity, counters, capacity, stuckMeter, waterPerKwh, timestamps, offline, metering, q, calibration, zone, disabled);
    }

    public DetectionSettings withCalibration(CalibrationSettings c) {
        return new DetectionSettings(activity, counters, capacity, stuckMeter, waterPerKwh, timestamps, offline, metering, quota, c, zone, disabled);
    }

    public DetectionSettings withDisabled(Set<AlertType> d) {
        return new DetectionSettings(activity, counters, capacity, stuckMeter, waterPerKwh, timestamps, offline, metering, quota, calibration, zone, d);
    }

    public DetectionSettings withZone(ZoneId z) {
        return new DetectionSettings(activity, counters, capacity, stuckMeter, waterPerKwh, timestamps, offline, metering, quota, calibration, z, disabled);
    }

    private static void requireNonNegative(double value, String name) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite value >= 0, got " + value);
        }
    }

    private static void requirePositive(double value, String name) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite value > 0, got " + value);
        }
    }

    private static void requireNonNegative(Duration value, String name) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be a duration >= 0, got " + value);
        }
    }

    private static void requirePositive(Duration value, String name) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration, got " + value);
        }
    }
}
