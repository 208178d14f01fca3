package wellwatch.ingest.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import wellwatch.contract.Topics;
import wellwatch.contract.reading.DeadLetter;
import wellwatch.contract.reading.Reading;
import wellwatch.contract.reading.ReadingCodec;

/**
 * Puts readings and dead letters on Kafka. Idempotent producer with acks=all: a record is confirmed
 * only once every in-sync replica has it, and producer retries never duplicate it. The caller learns
 * the outcome through the callback and acknowledges the device's message only then.
 */
@Singleton
public class ReadingPublisher {

    private final KafkaProducer<String, byte[]> producer;
    private final Counter published;
    private final Counter deadLettered;

    public ReadingPublisher(
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "wellwatch.kafka.producer-linger", defaultValue = "5ms") Duration linger,
            MeterRegistry registry) {
        this.producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                        ProducerConfig.CLIENT_ID_CONFIG, "wellwatch-ingest",
                        ProducerConfig.ACKS_CONFIG, "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                        ProducerConfig.LINGER_MS_CONFIG, (int) linger.toMillis(),
                        ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024,
                        // Bounded: when Kafka is slow, send() blocks, which stops the MQTT callback, which
                        // stops PUBACKs, which makes the broker hold the backlog. Memory stays flat.
                        ProducerConfig.BUFFER_MEMORY_CONFIG, 32L * 1024 * 1024,
                        ProducerConfig.MAX_BLOCK_MS_CONFIG, 60_000),
                new StringSerializer(),
                new ByteArraySerializer());
        this.published = Counter.builder("wellwatch.ingest.readings.published")
                .description("Readings Kafka has confirmed on " + Topics.READINGS)
                .register(registry);
        this.deadLettered = Counter.builder("wellwatch.ingest.readings.dead.lettered")
                .description("Payloads refused and confirmed on " + Topics.READINGS_DEAD_LETTER)
                .register(registry);
    }

    /** Sends a valid reading keyed by well id, so each well's readings stay in order on one partition. */
    public void publish(Reading reading, Callback whenDone) {
        producer.send(new ProducerRecord<>(Topics.READINGS, reading.wellId(), ReadingCodec.encode(reading)), (meta, error) -> {
            if (error == null) {
                published.increment();
            }
            whenDone.onCompletion(meta, error);
        });
    }

    /** Sends a refused payload with its reason, keyed by its source topic. */
    public void deadLetter(DeadLetter letter, Callback whenDone) {
        producer.send(new ProducerRecord<>(Topics.READINGS_DEAD_LETTER, letter.sourceTopic(), letter.toJson()), (meta, error) -> {
            if (error == null) {
                deadLettered.increment();
            }
            whenDone.onCompletion(meta, error);
        });
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
