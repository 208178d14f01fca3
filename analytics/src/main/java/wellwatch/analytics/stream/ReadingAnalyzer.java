package wellwatch.analytics.stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import io.quarkus.scheduler.Scheduled;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import wellwatch.analytics.alert.Finding;
import wellwatch.analytics.rules.Detector;
import wellwatch.analytics.store.AlertBook;
import wellwatch.contract.reading.ReadingCodec;
import wellwatch.contract.reading.Verdict;
import wellwatch.registry.WellDirectory;

/**
 * Runs the detections over the readings topic, a batch at a time, and records what they find. The
 * batch's offsets are committed only after its findings are in the alert book; until the database
 * takes them, the batch is retried, so no finding is lost and none is counted twice.
 */
@Singleton
public class ReadingAnalyzer {

    private static final Logger LOG = Logger.getLogger(ReadingAnalyzer.class);
    private static final long RETRY_MILLIS = 1_000;

    private final Detector detector;
    private final WellDirectory wells;
    private final AlertBook alerts;
    private final AlertOutbox outbox;
    private final Counter analyzed;
    private final Counter findings;
    private final Counter undecodable;

    public ReadingAnalyzer(Detector detector, WellDirectory wells, AlertBook alerts, AlertOutbox outbox, MeterRegistry registry) {
        this.detector = detector;
        this.wells = wells;
        this.alerts = alerts;
        this.outbox = outbox;
        this.analyzed = Counter.builder("wellwatch.analytics.readings.analyzed").description("Readings run through the detections").register(registry);
        this.findings = Counter.builder("wellwatch.analytics.findings").description("Findings recorded as alerts (new or updated)").register(registry);
        this.undecodable = Counter.builder("wellwatch.analytics.readings.undecodable")
                .description("Records on the readings topic that are not readings (skipped; storage dead-letters them)")
                .register(registry);
    }

    @Incoming(Channels.READINGS)
    @Blocking
    public void onReadings(List<byte[]> batch) throws InterruptedException {
        // One finding per well and type per batch: the latest carries the newest evidence, and the alert
        // book makes one write for it instead of one per reading while a condition lasts.
        Map<String, Finding> latest = new LinkedHashMap<>();
        synchronized (detector) {
            for (byte[] payload : batch) {
                Verdict v = ReadingCodec.decode(payload);
                if (!v.isAccepted()) {
                    undecodable.increment();
                    continue;
                }
                for (Finding f : detector.inspect(wells.find(v.reading().wellId()), v.reading())) {
                    latest.put(f.wellId() + '\u0000' + f.type().code(), f);
                }
            }
        }
        List<Finding> found = new ArrayList<>(latest.values());
        recordUntilDone(found);
        analyzed.increment(batch.size());
        findings.increment(found.size());
        if (!found.isEmpty()) {
            outbox.publishPending();
        }
    }

    /** Findings that come from the clock, not from a reading: devices gone silent. */
    @Scheduled(every = "${wellwatch.detection.sweep-interval:1m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() throws InterruptedException {
        List<Finding> found;
        synchronized (detector) {
            found = detector.sweep(Instant.now(), wells::find);
        }
        if (!found.isEmpty()) {
            recordUntilDone(found);
            findings.increment(found.size());
            outbox.publishPending();
        }
    }

    void recordUntilDone(List<Finding> found) throws InterruptedException {
        boolean failedBefore = false;
        while (true) {
            try {
                alerts.record(found);
                if (failedBefore) {
                    LOG.info("Alert book writable again; analytics resumed");
                }
                return;
            } catch (SQLException e) {
                if (!failedBefore) {
                    LOG.errorf("Recording %d findings failed (%s); retrying every %d ms, Kafka keeps the backlog", found.size(), e.getMessage(), RETRY_MILLIS);
                }
                failedBefore = true;
                Thread.sleep(RETRY_MILLIS);
            }
        }
    }
}
