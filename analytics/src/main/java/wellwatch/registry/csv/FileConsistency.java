package wellwatch.registry.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import wellwatch.registry.permit.QuotaScope;

/**
 * Keeps the rows of one file from contradicting each other. The rows of a unit with several wells repeat the
 * unit's cells, and a unit-wide permit or plan is repeated on each of them: a later row that gives another
 * non-blank value than an earlier applied row is refused (otherwise the last row would silently win, and
 * re-importing would write the same flip-flop into the audit trail each time). A well appears on one row only.
 */
final class FileConsistency {

    private record Seen(Object value, int line) {}

    private record Fact(String key, String label, Object value) {}

    private final Map<String, Integer> wellLines = new HashMap<>();
    private final Map<String, Seen> seen = new HashMap<>();

    /** Why {@code row} contradicts a row accepted before, or {@code null} when it does not. */
    String check(RegisterRow row) {
        if (row.well() != null) {
            Integer earlier = wellLines.get(row.well().id());
            if (earlier != null) {
                return "well " + row.well().id() + " is already on line " + earlier + "; give each well one row";
            }
        }
        for (Fact f : facts(row)) {
            Seen s = seen.get(f.key());
            if (s != null && !Objects.equals(s.value(), f.value())) {
                return f.label() + " is '" + f.value() + "' here but '" + s.value() + "' on line " + s.line();
            }
        }
        return null;
    }

    /** Records an applied row. */
    void accept(RegisterRow row) {
        if (row.well() != null) {
            wellLines.put(row.well().id(), row.line());
        }
        for (Fact f : facts(row)) {
            seen.putIfAbsent(f.key(), new Seen(f.value(), row.line()));
        }
    }

    private static List<Fact> facts(RegisterRow row) {
        List<Fact> facts = new ArrayList<>();
        RegisterRow.Unit u = row.unit();
        String unit = "unit:" + u.key() + ":";
        String who = "unit " + (u.id() != null ? u.id() : "'" + u.name() + "'");
        if (u.id() != null) {
            add(facts, unit + "name", who + "'s " + RegisterLayout.UNIT_NAME, u.name());
        }
        add(facts, unit + "industry", who + "'s " + RegisterLayout.INDUSTRY, u.industry());
        add(facts, unit + "district", who + "'s district", u.district());
        add(facts, unit + "township", who + "'s township", u.township());
        if (row.well() == null) {
            add(facts, unit + "source", who + "'s " + RegisterLayout.WATER_SOURCE, row.waterSource() == null ? null : row.waterSource().code());
            add(facts, unit + "remarks", who + "'s " + RegisterLayout.REMARKS, row.remarks());
        }
        RegisterRow.Quota q = row.quota();
        String subject = q.scope() == QuotaScope.WELL && row.well() != null ? "well " + row.well().id() : who;
        if (q.permitNo() != null) {
            String permit = "permit:" + q.permitNo() + ":";
            String label = "permit " + q.permitNo() + "'s ";
            add(facts, permit + "holder", label + "holder", subject);
            add(facts, permit + "volume", label + RegisterLayout.PERMITTED + " (m3)", q.permittedM3());
            add(facts, permit + "use", label + "use", q.permitUse());
            add(facts, permit + "from", label + "valid_from", q.validFrom());
            add(facts, permit + "to", label + "valid_to", q.validTo());
        }
        if (q.plannedM3() != null) {
            add(facts, "plan:" + subject + ":" + q.planYear(), subject + "'s " + q.planYear() + " " + RegisterLayout.PLANNED + " (m3)", q.plannedM3());
        }
        return facts;
    }

    private static void add(List<Fact> facts, String key, String label, Object value) {
        if (value != null) {
            facts.add(new Fact(key, label, value));
        }
    }
}
