package wellwatch.analytics.stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import wellwatch.analytics.store.AlertBook;
import wellwatch.contract.alert.AlertEvent;

/**
 * Publishes new and changed alerts from the alert book to the alerts Kafka topic and the live stream
 * (transactional outbox). An alert is marked published only after Kafka confirms it, so a crash in
 * between republishes it: consumers key on the alert id.
 */
@Singleton
public class AlertOutbox {

    private static final Logger LOG = Logger.getLogger(AlertOutbox.class);
    private static final int BATCH = 500;

    private final AlertBook book;
    private final Emitter<byte[]> kafka;
    private final BroadcastProcessor<AlertEvent> live = BroadcastProcessor.create();
    private final Counter published;

    public AlertOutbox(AlertBook book, @Channel(Channels.ALERTS) Emitter<byte[]> kafka, MeterRegistry registry) {
        this.book = book;
        this.kafka = kafka;
        this.published = Counter.builder("wellwatch.analytics.alerts.published").description("Alert versions confirmed on Kafka").register(registry);
    }

    /** Alerts as they are published, for Server-Sent Events subscribers. */
    public Multi<AlertEvent> live() {
        return live;
    }

    /** Retries what a failed publish left behind; new alerts are published right after they are recorded. */
    @Scheduled(every = "${wellwatch.alerts.publish-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        publishPending();
    }

    /** Publishes every alert not yet on Kafka. One caller at a time: the analyzer after a batch, or the sweep. */
    public synchronized void publishPending() {
        try {
            List<AlertEvent> pending;
            do {
                pending = book.unpublished(BATCH);
                if (pending.isEmpty()) {
                    return;
                }
                CompletableFuture<?>[] sends = pending.stream().map(this::send).toArray(CompletableFuture[]::new);
                CompletableFuture.allOf(sends).get(30, TimeUnit.SECONDS);
                book.markPublished(pending);
                published.increment(pending.size());
                pending.forEach(live::onNext);
            } while (pending.size() == BATCH);
        } catch (SQLException e) {
            LOG.warnf("Alert outbox: database unavailable (%s); will retry", e.getMessage());
        } catch (Exception e) {
            LOG.warnf("Alert outbox: Kafka did not confirm (%s); will retry", e.getMessage());
        }
    }

    private CompletableFuture<Void> send(AlertEvent alert) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        kafka.send(Message.of(alert.toJson())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(alert.wellId()).build())
                .withAck(() -> {
                    done.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(error -> {
                    done.completeExceptionally(error);
                    return CompletableFuture.completedFuture(null);
                }));
        return done;
    }
}
