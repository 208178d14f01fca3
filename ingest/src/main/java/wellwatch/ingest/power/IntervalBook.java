package wellwatch.ingest.power;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import wellwatch.contract.power.PowerReading;

/**
 * The intervals known per meter — already stored, or admitted earlier in the same upload — against which the
 * next row is judged: the same interval with the same values is a duplicate, with other values a conflict,
 * and an interval that overlaps a different one would count the same energy twice. Admitted intervals never
 * overlap, so comparing with the two neighbours by start time is enough.
 */
final class IntervalBook {

    enum Kind { ACCEPTED, DUPLICATE, REJECTED }

    record Admission(Kind kind, String reason) {
        static final Admission ACCEPTED = new Admission(Kind.ACCEPTED, null);
        static final Admission DUPLICATE = new Admission(Kind.DUPLICATE, null);

        static Admission rejected(String reason) {
            return new Admission(Kind.REJECTED, reason);
        }
    }

    private record Entry(PowerReading reading, String where) {
        boolean stored() {
            return where == null;
        }
    }

    private final Map<String, TreeMap<Instant, Entry>> byMeter = new HashMap<>();

    /** Adds an interval that is already stored. */
    void stored(PowerReading reading) {
        byMeter.computeIfAbsent(reading.meterNo(), m -> new TreeMap<>()).putIfAbsent(reading.intervalStart(), new Entry(reading, null));
    }

    /** Judges an upload row; an accepted row joins the book. */
    Admission admit(PowerReading r, String where) {
        TreeMap<Instant, Entry> book = byMeter.computeIfAbsent(r.meterNo(), m -> new TreeMap<>());
        Entry same = book.get(r.intervalStart());
        if (same != null && same.reading().sameInterval(r)) {
            if (same.reading().sameValues(r)) {
                return Admission.DUPLICATE;
            }
            return Admission.rejected(same.stored()
                    ? "interval already stored with " + values(same.reading()) + ", this row has " + values(r)
                            + ": corrections of stored intervals are not taken by upload"
                    : "same interval as " + same.where() + " with other values (" + values(same.reading()) + " there, " + values(r) + " here)");
        }
        Map.Entry<Instant, Entry> before = book.floorEntry(r.intervalStart());
        Map.Entry<Instant, Entry> after = book.higherEntry(r.intervalStart());
        Entry clash = before != null && before.getValue().reading().overlaps(r) ? before.getValue()
                : after != null && after.getValue().reading().overlaps(r) ? after.getValue() : null;
        if (clash != null) {
            String interval = clash.reading().intervalStart() + "/" + clash.reading().intervalEnd();
            return Admission.rejected(clash.stored()
                    ? "overlaps the stored interval " + interval + " of this meter: the same energy would count twice"
                    : "overlaps " + clash.where() + " (" + interval + ") of the same meter: the same energy would count twice");
        }
        book.put(r.intervalStart(), new Entry(r, where));
        return Admission.ACCEPTED;
    }

    private static String values(PowerReading r) {
        return "kwh " + r.kwh() + (r.kw() == null ? "" : ", kw " + r.kw());
    }
}
