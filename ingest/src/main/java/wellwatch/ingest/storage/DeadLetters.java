package wellwatch.ingest.storage;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import wellwatch.contract.Topics;
import wellwatch.contract.reading.DeadLetter;
import wellwatch.ingest.kafka.ReadingPublisher;

/**
 * Moves a record a storage writer cannot decode to the dead-letter topic, with source
 * {@code kafka:<topic>/<partition>@<offset>}, and waits until Kafka has it: only ingest writes the topics the
 * writers consume, so such a record comes from a foreign producer and is kept as evidence, never dropped.
 */
@Singleton
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private final ReadingPublisher publisher;

    public DeadLetters(ReadingPublisher publisher) {
        this.publisher = publisher;
    }

    public void moveAside(ConsumerRecord<String, byte[]> record, String reason) throws InterruptedException {
        String source = "kafka:" + record.topic() + "/" + record.partition() + "@" + record.offset();
        LOG.errorf("Undecodable record at %s: %s; moving it to %s", source, reason, Topics.READINGS_DEAD_LETTER);
        DeadLetter letter = new DeadLetter(source, reason, Instant.now(), record.value());
        CompletableFuture<Void> sent = new CompletableFuture<>();
        publisher.deadLetter(letter, (meta, error) -> {
            if (error == null) {
                sent.complete(null);
            } else {
                sent.completeExceptionally(error);
            }
        });
        try {
            sent.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not dead-letter " + letter.sourceTopic(), e.getCause());
        }
    }
}
