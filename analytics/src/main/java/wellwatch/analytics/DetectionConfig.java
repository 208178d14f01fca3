package wellwatch.analytics;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import wellwatch.analytics.alert.AlertType;
import wellwatch.analytics.plan.QuotaSettings;
import wellwatch.analytics.plan.SurchargeSchedule;
import wellwatch.analytics.plan.SurchargeTier;
import wellwatch.analytics.rules.DetectionSettings;

/**
 * Detection thresholds from configuration ({@code wellwatch.detection.*}). Every key is optional: an
 * absent key keeps the default of {@link DetectionSettings#defaults()}, documented in docs/detections.md,
 * so the defaults live in one place.
 */
@ConfigMapping(prefix = "wellwatch.detection")
public interface DetectionConfig {

    /** How often silent devices are looked for (the offline rule runs on the clock, not on readings). */
    @WithDefault("1m")
    Duration sweepInterval();

    /** Pump power (kW) above which a reading counts as abstraction. */
    OptionalDouble minPowerKw();

    /** Flow (m3/h) above which a reading counts as abstraction. */
    OptionalDouble minFlowM3h();

    /** Tolerated departure of metered water per kWh from the coefficient, e.g. 0.2 = 20%. */
    OptionalDouble waterPerKwhTolerance();

    /** Sustained window of water-per-kWh checks. */
    Optional<Duration> waterPerKwhWindow();

    /** Power drawn with the volume register still for this long makes a stuck (or bypassed) meter. */
    Optional<Duration> stuckMeterWindow();

    /** A device is offline after this many missed reporting intervals. */
    OptionalInt offlineAfterIntervals();

    /** How far ahead of the analytics clock a reading's ts may be. */
    Optional<Duration> maxFutureSkew();

    /** Early-warning levels of year-to-date abstraction against plan and permit, e.g. 0.8,1.0. */
    Optional<List<Double>> warningLevels();

    /** Standard water resource fee (yuan/m3) the surcharge multiplies. Local: set it. */
    OptionalDouble surchargeBaseRate();

    /** Surcharge bands as upToExcessFraction:multiplier, e.g. 0.2:2,0.5:3,inf:5 (seed 004, item 13). */
    Optional<List<String>> surchargeTiers();

    /** Time zone of the plan year and permit dates. */
    Optional<String> zone();

    /** Alert types not raised at all, by code. */
    Optional<List<String>> disabled();

    default DetectionSettings toSettings() {
        DetectionSettings s = DetectionSettings.defaults();
        DetectionSettings.Activity a = s.activity();
        s = s.withActivity(new DetectionSettings.Activity(
                minPowerKw().orElse(a.minPowerKw()), minFlowM3h().orElse(a.minFlowM3h()), a.volumeNoiseM3(), a.energyNoiseKwh()));
        DetectionSettings.WaterPerKwh w = s.waterPerKwh();
        s = s.withWaterPerKwh(new DetectionSettings.WaterPerKwh(waterPerKwhTolerance().orElse(w.tolerance()),
                waterPerKwhWindow().orElse(w.window()), w.minEnergyKwh(), w.sustainedWindows(), w.checkDefaultCoefficients()));
        DetectionSettings.StuckMeter m = s.stuckMeter();
        s = s.withStuckMeter(new DetectionSettings.StuckMeter(stuckMeterWindow().orElse(m.window()), m.minEnergyKwh()));
        DetectionSettings.Offline o = s.offline();
        s = s.withOffline(new DetectionSettings.Offline(offlineAfterIntervals().orElse(o.afterIntervals()), o.defaultReportingInterval()));
        DetectionSettings.Timestamps t = s.timestamps();
        s = s.withTimestamps(new DetectionSettings.Timestamps(maxFutureSkew().orElse(t.maxFutureSkew()), t.maxAge(), t.clockBackTolerance()));
        QuotaSettings q = s.quota();
        SurchargeSchedule surcharge = new SurchargeSchedule(
                surchargeBaseRate().orElse(q.surcharge().baseRateYuanPerM3()),
                surchargeTiers().map(DetectionConfig::tiers).orElse(q.surcharge().tiers()));
        s = s.withQuota(new QuotaSettings(warningLevels().orElse(q.warningLevels()), q.reportStep(), surcharge));
        if (zone().isPresent()) {
            s = s.withZone(java.time.ZoneId.of(zone().get()));
        }
        if (disabled().isPresent()) {
            s = s.withDisabled(disabled().get().stream().map(AlertType::ofCode).collect(java.util.stream.Collectors.toSet()));
        }
        return s;
    }

    private static List<SurchargeTier> tiers(List<String> specs) {
        return specs.stream().map(spec -> {
            String[] parts = spec.split(":");
            if (parts.length != 2) {
                throw new IllegalArgumentException("surcharge tier '" + spec + "' must be upToExcessFraction:multiplier, e.g. 0.2:2");
            }
            double upTo = parts[0].strip().equals("inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(parts[0].strip());
            return new SurchargeTier(upTo, Double.parseDouble(parts[1].strip()));
        }).toList();
    }
}
