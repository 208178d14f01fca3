package wellwatch.ingest.power;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import wellwatch.contract.Topics;
import wellwatch.contract.power.PowerReading;
import wellwatch.contract.power.PowerReadingCodec;

/**
 * Puts an upload's accepted readings on {@link Topics#POWER_READINGS} and waits until Kafka has confirmed
 * every one (acks=all, idempotent producer), so the utility's HTTP answer means "on Kafka". Keyed by well id,
 * so a well's power data shares the partition number of its readings; by meter number when the meter is
 * not registered.
 */
@Singleton
public class PowerPublisher {

    /** Kafka did not confirm all readings of an upload in time. */
    public static final class NotConfirmed extends Exception {
        NotConfirmed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final KafkaProducer<String, byte[]> producer;

    public PowerPublisher(
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "wellwatch.kafka.producer-linger", defaultValue = "5ms") Duration linger) {
        this.producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                        ProducerConfig.CLIENT_ID_CONFIG, "wellwatch-ingest-power",
                        ProducerConfig.ACKS_CONFIG, "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                        ProducerConfig.LINGER_MS_CONFIG, (int) linger.toMillis(),
                        ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024,
                        // Bounded: a large upload blocks in send() until Kafka drains, memory stays flat.
                        ProducerConfig.BUFFER_MEMORY_CONFIG, 32L * 1024 * 1024,
                        ProducerConfig.MAX_BLOCK_MS_CONFIG, 60_000),
                new StringSerializer(),
                new ByteArraySerializer());
    }

    /** The record key: the well, or the meter when the registry does not know it. */
    public static String key(PowerReading reading) {
        return reading.wellId() != null ? reading.wellId() : reading.meterNo();
    }

    /**
     * Sends every reading and returns once Kafka has confirmed all of them.
     *
     * @throws NotConfirmed when a send failed or not all were confirmed within {@code timeout}; some may be on
     *     Kafka already (a re-upload is harmless: storage is idempotent)
     */
    public void publishAll(List<PowerReading> readings, Duration timeout) throws NotConfirmed, InterruptedException {
        if (readings.isEmpty()) {
            return;
        }
        CountDownLatch done = new CountDownLatch(readings.size());
        AtomicInteger failed = new AtomicInteger();
        AtomicReference<Exception> firstError = new AtomicReference<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            for (PowerReading r : readings) {
                producer.send(new ProducerRecord<>(Topics.POWER_READINGS, key(r), PowerReadingCodec.encode(r)), (meta, error) -> {
                    if (error != null) {
                        failed.incrementAndGet();
                        firstError.compareAndSet(null, error);
                    }
                    done.countDown();
                });
            }
        } catch (RuntimeException e) {
            throw new NotConfirmed("Kafka refused the readings: " + e.getMessage(), e);
        }
        if (!done.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
            throw new NotConfirmed("Kafka confirmed " + (readings.size() - done.getCount()) + " of " + readings.size()
                    + " readings within " + timeout, null);
        }
        if (failed.get() > 0) {
            throw new NotConfirmed("Kafka refused " + failed.get() + " of " + readings.size() + " readings: "
                    + firstError.get().getMessage(), firstError.get());
        }
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
