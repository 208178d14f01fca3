package wellwatch.analytics.rollup.calibration;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import wellwatch.analytics.alert.AlertType;
import wellwatch.analytics.alert.Finding;
import wellwatch.analytics.conversion.Calibration;
import wellwatch.analytics.conversion.CalibrationSettings;
import wellwatch.analytics.conversion.Calibrator;
import wellwatch.analytics.rollup.CalibrationPairs;
import wellwatch.analytics.rollup.HourlyRollup;
import wellwatch.analytics.rollup.RollupConfig;
import wellwatch.analytics.rollup.RollupTables;
import wellwatch.analytics.rollup.WaterFigures;
import wellwatch.analytics.rollup.store.CoefficientSource;
import wellwatch.analytics.rollup.store.Sql;
import wellwatch.analytics.rollup.store.WaterQueries;
import wellwatch.analytics.rules.CoefficientDriftRule;
import wellwatch.analytics.rules.Detector;
import wellwatch.analytics.store.AlertBook;
import wellwatch.analytics.stream.AlertOutbox;
import wellwatch.registry.CoefficientHistory;
import wellwatch.registry.ConversionCoefficient;
import wellwatch.registry.Well;
import wellwatch.registry.WellDirectory;

/**
 * Fits each flow-metered well's coefficient from its hourly rollup (metered m3 against kWh, one pair per hour)
 * on a schedule, stores every fit with its window and spread, and raises a {@code coefficient_drift} alert
 * where a usable fit departs from the registered coefficient ({@link CoefficientDriftRule}).
 */
@Singleton
public class CalibrationJob {

    private static final Logger LOG = Logger.getLogger(CalibrationJob.class);

    private final AgroalDataSource dataSource;
    private final RollupConfig config;
    private final Detector detector;
    private final WellDirectory wells;
    private final AlertBook alerts;
    private final AlertOutbox outbox;
    private final HourlyRollup hours;

    public CalibrationJob(AgroalDataSource dataSource, RollupConfig config, Detector detector, WellDirectory wells, AlertBook alerts, AlertOutbox outbox) {
        this.dataSource = dataSource;
        this.config = config;
        this.detector = detector;
        this.wells = wells;
        this.alerts = alerts;
        this.outbox = outbox;
        this.hours = new HourlyRollup(detector.settings().zone(), detector.settings().counters());
    }

    @Scheduled(every = "${wellwatch.rollup.calibration.every:24h}", delayed = "${wellwatch.rollup.calibration.delay:10m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        if (!config.calibration().enabled()) {
            return;
        }
        try {
            int fitted = run();
            if (fitted > 0) {
                LOG.infof("Calibration: %d flow-metered wells fitted", fitted);
            }
        } catch (SQLException e) {
            LOG.warnf("Calibration failed (%s); next run as scheduled", e.getMessage());
        }
    }

    /** Fits every flow-metered well with hours in the window; returns how many (0 when another instance ran it this period). */
    public int run() throws SQLException {
        CalibrationSettings settings = config.calibration().toSettings(detector.settings().calibration());
        Calibrator calibrator = new Calibrator(settings);
        CoefficientDriftRule driftRule = new CoefficientDriftRule(settings);
        boolean driftEnabled = detector.settings().enabled(AlertType.COEFFICIENT_DRIFT);
        List<Finding> findings = new ArrayList<>();
        int fitted = 0;
        try (Connection c = dataSource.getConnection()) {
            if (!claim(c)) {
                return 0;
            }
            Instant to = hours.hourStart(Sql.now(c));
            Instant from = to.minus(config.calibration().window());
            List<String> metered = WaterQueries.flowMeteredWells(c);
            int batch = Math.max(1, config.calibration().wellsPerQuery());
            for (int i = 0; i < metered.size(); i += batch) {
                List<String> ids = metered.subList(i, Math.min(metered.size(), i + batch));
                Map<String, List<WaterFigures>> hourly = WaterQueries.hours(c, ids, from, to);
                Map<String, CoefficientHistory> histories = CoefficientSource.load(c, hourly.keySet(), config.defaultM3PerKwh());
                for (Map.Entry<String, List<WaterFigures>> e : hourly.entrySet()) {
                    Calibration fit = calibrator.fit(CalibrationPairs.fromHours(e.getValue()));
                    CoefficientHistory history = histories.getOrDefault(e.getKey(), CoefficientHistory.empty());
                    ConversionCoefficient registered = fit.windowTo() == null ? null : history.at(fit.windowTo());
                    Optional<Finding> drift = driftEnabled ? driftRule.check(well(e.getKey(), history), fit) : Optional.empty();
                    FitStore.insert(c, e.getKey(), from, to, fit, registered, drift.isPresent());
                    drift.ifPresent(findings::add);
                    fitted++;
                }
            }
        }
        if (!findings.isEmpty()) {
            alerts.record(findings);
            outbox.publishPending();
        }
        return fitted;
    }

    /**
     * Claims this run for this instance: with several analytics instances, only the first whose schedule
     * fires in a period fits (the others find the claim less than 90% of a period old and skip).
     */
    private boolean claim(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE analytics.rollup_watermark SET at = now(), updated_at = now() "
                + "WHERE name = ? AND at <= now() - ? * interval '1 millisecond'")) {
            ps.setString(1, RollupTables.WATERMARK_CALIBRATION);
            ps.setLong(2, config.calibration().every().toMillis() * 9 / 10);
            return ps.executeUpdate() == 1;
        }
    }

    /** The registered well with the coefficient history the fit was compared with. */
    private Well well(String wellId, CoefficientHistory history) {
        Well registered = wells.find(wellId);
        return (registered == null ? Well.builder(wellId) : registered.toBuilder()).coefficients(history).build();
    }
}
