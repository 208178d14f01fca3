package wellwatch.ingest.power;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import wellwatch.contract.power.PowerReading;
import wellwatch.contract.power.PowerReadingValidator;

/**
 * Sorts the rows of a parsed upload into accepted, duplicates and rejected: undecodable rows and rows the
 * validator refuses are rejected with their reason; the rest are judged against what is stored and against
 * each other ({@link IntervalBook}). Plain Java; the stored intervals come through {@link StoredLookup}.
 */
public final class UploadScreen {

    /** The stored intervals that overlap any of the candidates (the same ones included). */
    @FunctionalInterface
    public interface StoredLookup {
        List<PowerReading> overlapping(List<PowerReading> candidates) throws SQLException;
    }

    /** A refused row: its position (line or index) and why. */
    public record Rejection(int position, String reason) {}

    /**
     * @param received rows in the upload
     * @param accepted rows to publish, in upload order
     * @param duplicates rows already stored, or repeated in the upload, with the same values
     * @param rejected refused rows, by position
     * @param meters meter numbers of the accepted and duplicate rows
     */
    public record Result(int received, List<PowerReading> accepted, int duplicates, List<Rejection> rejected, SortedSet<String> meters) {}

    private UploadScreen() {}

    public static Result screen(ParsedUpload upload, PowerReadingValidator validator, Instant now, StoredLookup stored) throws SQLException {
        List<Rejection> rejected = new ArrayList<>();
        List<UploadRow> valid = new ArrayList<>(upload.rows().size());
        for (UploadRow row : upload.rows()) {
            String problem = row.verdict().isAccepted() ? validator.problemWith(row.verdict().reading(), now) : row.verdict().reason();
            if (problem == null) {
                valid.add(row);
            } else {
                rejected.add(new Rejection(row.position(), problem));
            }
        }
        IntervalBook book = new IntervalBook();
        if (!valid.isEmpty()) {
            stored.overlapping(valid.stream().map(r -> r.verdict().reading()).toList()).forEach(book::stored);
        }
        List<PowerReading> accepted = new ArrayList<>(valid.size());
        SortedSet<String> meters = new TreeSet<>();
        int duplicates = 0;
        for (UploadRow row : valid) {
            PowerReading reading = row.verdict().reading();
            IntervalBook.Admission admission = book.admit(reading, upload.where(row.position()));
            switch (admission.kind()) {
                case ACCEPTED -> accepted.add(reading);
                case DUPLICATE -> duplicates++;
                case REJECTED -> rejected.add(new Rejection(row.position(), admission.reason()));
            }
            if (admission.kind() != IntervalBook.Kind.REJECTED) {
                meters.add(reading.meterNo());
            }
        }
        rejected.sort(Comparator.comparingInt(Rejection::position));
        return new Result(upload.rows().size(), accepted, duplicates, rejected, meters);
    }
}
