package wellwatch.ingest.power;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import wellwatch.contract.Topics;
import wellwatch.contract.power.PowerReading;
import wellwatch.contract.power.PowerReadingValidator;

/**
 * One upload from the power utility, start to finish: parse, validate, screen against what is stored and
 * against itself, tie meters to wells, publish, and report. Answers only after Kafka has confirmed every
 * accepted row; when the database or Kafka cannot be reached the request fails as a whole (503) and may
 * simply be repeated: rows that made it count as duplicates the second time.
 */
@Singleton
public class PowerUpload {

    private static final Logger LOG = Logger.getLogger(PowerUpload.class);
    /** A batch reference the utility may give: same alphabet as meter numbers. */
    private static final Pattern BATCH = PowerReadingValidator.METER_NO;
    private static final DateTimeFormatter BATCH_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final PowerConfig.Upload config;
    private final PowerReadingValidator validator;
    private final PowerReadingStore store;
    private final MeterDirectory meters;
    private final PowerPublisher publisher;
    private final Counter received;
    private final Counter accepted;
    private final Counter duplicates;
    private final Counter rejected;

    public PowerUpload(PowerConfig config, PowerReadingStore store, MeterDirectory meters, PowerPublisher publisher, MeterRegistry registry) {
        this.config = config.upload();
        this.validator = new PowerReadingValidator(this.config.limits());
        this.store = store;
        this.meters = meters;
        this.publisher = publisher;
        this.received = Counter.builder("wellwatch.ingest.power.readings.received").description("Rows received in power utility uploads").register(registry);
        this.accepted = Counter.builder("wellwatch.ingest.power.readings.accepted")
                .description("Uploaded power readings accepted and confirmed on " + Topics.POWER_READINGS)
                .register(registry);
        this.duplicates = Counter.builder("wellwatch.ingest.power.readings.duplicates")
                .description("Uploaded power readings already stored (or repeated in the upload) with the same values")
                .register(registry);
        this.rejected = Counter.builder("wellwatch.ingest.power.readings.rejected").description("Uploaded rows refused, with a reason reported back").register(registry);
    }

    public UploadReport csv(byte[] body, Charset charset, String requestedBatch) throws InterruptedException {
        String batch = batch(requestedBatch);
        return process(PowerCsv.parse(decode(body, charset), batch, config.maxRows()), batch);
    }

    public UploadReport json(byte[] body, String requestedBatch) throws InterruptedException {
        String batch = batch(requestedBatch);
        return process(PowerJsonUpload.parse(body, batch, config.maxRows()), batch);
    }

    private UploadReport process(ParsedUpload upload, String batch) throws InterruptedException {
        received.increment(upload.rows().size());
        UploadScreen.Result result;
        Map<String, String> wells;
        try {
            result = UploadScreen.screen(upload, validator, Instant.now(), candidates -> store.overlapping(candidates, config.maxInterval()));
            wells = meters.wellsOf(result.meters());
        } catch (SQLException e) {
            LOG.errorf("Power upload %s refused: database unavailable (%s)", batch, e.getMessage());
            throw new UploadRefused(UploadRefused.UNAVAILABLE, "database unavailable, nothing was accepted: retry the same upload later");
        }
        List<PowerReading> resolved = result.accepted().stream().map(r -> r.resolved(wells.get(r.meterNo()), batch)).toList();
        try {
            publisher.publishAll(resolved, config.publishTimeout());
        } catch (PowerPublisher.NotConfirmed e) {
            LOG.errorf("Power upload %s failed: %s", batch, e.getMessage());
            throw new UploadRefused(UploadRefused.UNAVAILABLE, e.getMessage()
                    + ": retry the same upload later; rows that were taken count as duplicates then");
        }
        List<String> unknown = result.meters().stream().filter(m -> !wells.containsKey(m)).toList();
        accepted.increment(resolved.size());
        duplicates.increment(result.duplicates());
        rejected.increment(result.rejected().size());
        LOG.infof("Power upload %s: %d rows, %d accepted, %d duplicates, %d rejected, %d unknown meters",
                batch, result.received(), resolved.size(), result.duplicates(), result.rejected().size(), unknown.size());
        return new UploadReport(batch, result.received(), resolved.size(), result.duplicates(), upload.positionName(), result.rejected(), unknown);
    }

    /** The utility's batch reference when it gave a valid one, else a fresh one. */
    static String batch(String requested) {
        if (requested == null || requested.isEmpty()) {
            return "upload-" + BATCH_TIME.format(Instant.now()) + "-" + UUID.randomUUID().toString().substring(0, 8);
        }
        if (!BATCH.matcher(requested).matches()) {
            throw UploadRefused.unparseable("batch must be 1-64 letters, digits, '.', '-' or '_', starting with a letter or digit");
        }
        return requested;
    }

    private static String decode(byte[] body, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw UploadRefused.unparseable("body is not valid " + charset.name()
                    + " text: send UTF-8, or name the encoding, e.g. Content-Type: text/csv; charset=GBK");
        }
    }
}
