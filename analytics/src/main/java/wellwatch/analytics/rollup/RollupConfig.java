package wellwatch.analytics.rollup;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import wellwatch.analytics.conversion.CalibrationSettings;

/** Settings of the electricity-to-water rollups and the calibration ({@code wellwatch.rollup.*}), docs/conversion.md. */
@ConfigMapping(prefix = "wellwatch.rollup")
public interface RollupConfig {

    /** Whether the refresh job runs (the REST API and the views work either way). */
    @WithDefault("true")
    boolean enabled();

    /** How often the hourly rollup is brought up to date (the job's schedule reads the same key). */
    @WithDefault("1m")
    Duration every();

    /**
     * Readings stored less than this long ago wait for the next run: a storage transaction still open when a
     * run starts may commit rows whose {@code stored_at} (its start) lies before the run's cut.
     */
    @WithDefault("30s")
    Duration settle();

    /** At most this much {@code stored_at} time per run: after an outage the rollup catches up in bounded steps. */
    @WithDefault("1h")
    Duration maxSpan();

    /**
     * A reading stored more than this after its own time may be missed by the incremental refresh, which
     * looks only this far back before its watermark (so that it scans recent partitions only); queue a
     * backlog range for such readings.
     */
    @WithDefault("7d")
    Duration lateWindow();

    /** Backlog ranges (coefficient changes, backfills) worked on per run, one chunk each. */
    @WithDefault("20")
    int backlogPerRun();

    /** Length of one backlog chunk. */
    @WithDefault("31d")
    Duration backlogChunk();

    /**
     * Coefficient (m3/kWh) for every well while the registry has no coefficient table (registry.coefficient
     * absent). Unset by default: without a coefficient, energy stays uncovered. Once the table exists, only
     * registered coefficients count (the registry's own {@code default} source is the place for regional
     * defaults).
     */
    OptionalDouble defaultM3PerKwh();

    /**
     * Year-to-date restore: readings stored after the refresh's watermark are looked for this far back in
     * reading time (from the watermark); older late readings stored in that last moment are missed.
     */
    @WithDefault("1d")
    Duration restoreLookback();

    Calibration calibration();

    /** The daily coefficient fit ({@code wellwatch.rollup.calibration.*}); thresholds default to docs/detections.md. */
    interface Calibration {

        @WithDefault("true")
        boolean enabled();

        /** How often to fit (the job's schedule reads the same key). */
        @WithDefault("24h")
        Duration every();

        /** Wait after start-up before the first fit (the schedule reads the same key). */
        @WithDefault("10m")
        Duration delay();

        /** The hours fitted: this far back from the start of the current hour. */
        @WithDefault("30d")
        Duration window();

        /** Wells read per query. */
        @WithDefault("500")
        int wellsPerQuery();

        OptionalDouble minEnergyKwh();

        OptionalInt minSamples();

        OptionalDouble outlierMads();

        OptionalDouble maxRelativeSpread();

        OptionalDouble driftTolerance();

        default CalibrationSettings toSettings(CalibrationSettings defaults) {
            return new CalibrationSettings(minEnergyKwh().orElse(defaults.minEnergyKwh()), minSamples().orElse(defaults.minSamples()),
                    outlierMads().orElse(defaults.outlierMads()), maxRelativeSpread().orElse(defaults.maxRelativeSpread()),
                    driftTolerance().orElse(defaults.driftTolerance()));
        }
    }
}
