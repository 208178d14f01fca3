package wellwatch.ingest.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import wellwatch.contract.power.PowerLimits;
import wellwatch.contract.power.PowerReading;
import wellwatch.contract.power.PowerReadingValidator;
import wellwatch.contract.power.PowerVerdict;

/** The screen with a stored set in memory: no database needed to judge duplicates, conflicts and overlaps. */
class UploadScreenTest {

    static final Instant NOW = Instant.parse("2026-05-03T00:00:00Z");
    static final Instant T0 = Instant.parse("2026-05-01T00:00:00Z");
    final PowerReadingValidator validator = new PowerReadingValidator(PowerLimits.defaults());
    final List<PowerReading> stored = new ArrayList<>();
    final List<List<PowerReading>> lookedUp = new ArrayList<>();

    @Test
    void verifiesThatNewIntervalsAreAcceptedAndBackToBackIntervalsDoNotOverlap() throws Exception {
        UploadScreen.Result r = screen(hour("M1", 0, 5), hour("M1", 1, 6), hour("M2", 0, 1));

        assertEquals(3, r.accepted().size());
        assertEquals(0, r.duplicates());
        assertEquals(List.of(), r.rejected());
        assertEquals(Set.of("M1", "M2"), r.meters());
    }

    @Test
    void verifiesThatAnIntervalStoredWithTheSameValuesIsADuplicateAndNotPublishedAgain() throws Exception {
        stored.add(hour("M1", 0, 5));

        UploadScreen.Result r = screen(hour("M1", 0, 5), hour("M1", 1, 6));

        assertEquals(List.of(hour("M1", 1, 6)), r.accepted());
        assertEquals(1, r.duplicates());
        assertEquals(Set.of("M1"), r.meters(), "a duplicate's meter is still reported when unknown");
    }

    @Test
    void verifiesThatACorrectionOfAStoredIntervalIsRejectedNotSilentlyIgnored() throws Exception {
        stored.add(hour("M1", 0, 5));

        UploadScreen.Result r = screen(hour("M1", 0, 5.5));

        assertEquals(0, r.accepted().size());
        assertReason(r.rejected().get(0), 2, "interval already stored with kwh 5.0, this row has kwh 5.5: corrections of stored intervals are not taken by upload");
    }

    @Test
    void verifiesThatAnIntervalOverlappingAStoredOneIsRejected() throws Exception {
        stored.add(new PowerReading("M1", "W1", T0, T0.plus(Duration.ofDays(1)), 100, null, "old"));

        UploadScreen.Result r = screen(hour("M1", 3, 5), hour("M1", 24, 5));

        assertEquals(List.of(hour("M1", 24, 5)), r.accepted());
        assertReason(r.rejected().get(0), 2, "overlaps the stored interval 2026-05-01T00:00:00Z/2026-05-02T00:00:00Z of this meter");
    }

    @Test
    void verifiesThatRowsRepeatedOrOverlappingWithinTheUploadAreCaughtByPosition() throws Exception {
        UploadScreen.Result r = screen(
                hour("M1", 0, 5),
                hour("M1", 0, 5),
                hour("M1", 0, 7),
                new PowerReading("M1", null, T0.plus(Duration.ofMinutes(30)), T0.plus(Duration.ofMinutes(45)), 1, null, "b"),
                new PowerReading("M1", null, T0.minus(Duration.ofMinutes(30)), T0.plus(Duration.ofMinutes(15)), 1, null, "b"));

        assertEquals(1, r.accepted().size());
        assertEquals(1, r.duplicates());
        assertEquals(3, r.rejected().size());
        assertReason(r.rejected().get(0), 4, "same interval as line 2 with other values (kwh 5.0 there, kwh 7.0 here)");
        assertReason(r.rejected().get(1), 5, "overlaps line 2 (2026-05-01T00:00:00Z/2026-05-01T01:00:00Z) of the same meter");
        assertReason(r.rejected().get(2), 6, "overlaps line 2");
    }

    @Test
    void verifiesThatUndecodableAndImplausibleRowsAreRejectedInLineOrderAndNeverLookedUp() throws Exception {
        ParsedUpload upload = new ParsedUpload(ParsedUpload.LINE, List.of(
                new UploadRow(2, PowerVerdict.accepted(hour("M1", 0, 1))),
                new UploadRow(3, PowerVerdict.rejected("kwh is empty")),
                new UploadRow(4, PowerVerdict.accepted(new PowerReading("M2", null, T0, T0, 1, null, "b")))));
        stored.add(hour("M1", 0, 2));

        UploadScreen.Result r = UploadScreen.screen(upload, validator, NOW, this::lookup);

        assertEquals(3, r.received());
        assertEquals(List.of(2, 3, 4), r.rejected().stream().map(UploadScreen.Rejection::position).toList());
        assertEquals("kwh is empty", r.rejected().get(1).reason());
        assertTrue(r.rejected().get(2).reason().contains("is not after its start"), r.rejected().get(2).reason());
        assertEquals(List.of(List.of(hour("M1", 0, 1))), lookedUp, "only valid rows are looked up");
    }

    private UploadScreen.Result screen(PowerReading... readings) throws Exception {
        List<UploadRow> rows = new ArrayList<>();
        for (int i = 0; i < readings.length; i++) {
            rows.add(new UploadRow(i + 2, PowerVerdict.accepted(readings[i])));
        }
        return UploadScreen.screen(new ParsedUpload(ParsedUpload.LINE, rows), validator, NOW, this::lookup);
    }

    private List<PowerReading> lookup(List<PowerReading> candidates) {
        lookedUp.add(candidates);
        return stored.stream().filter(s -> candidates.stream().anyMatch(c -> c.meterNo().equals(s.meterNo()) && c.overlaps(s))).toList();
    }

    private static void assertReason(UploadScreen.Rejection rejection, int position, String reason) {
        assertEquals(position, rejection.position());
        assertTrue(rejection.reason().contains(reason), rejection.reason());
    }

    static PowerReading hour(String meter, int hour, double kwh) {
        Instant start = T0.plus(Duration.ofHours(hour));
        return new PowerReading(meter, null, start, start.plus(Duration.ofHours(1)), kwh, null, "b");
    }
}
