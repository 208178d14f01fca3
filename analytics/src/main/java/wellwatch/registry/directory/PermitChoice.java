package wellwatch.registry.directory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import wellwatch.registry.Permit;

/**
 * Which permit applies to a well on a day, when the well has several (a renewal, a unit permit and its own).
 *
 * <ol>
 *   <li>the well's own permit valid that day;
 *   <li>else a unit-wide permit of its unit valid that day (a unit's permit covers all its wells);
 *   <li>else the well's own most recent permit (so the alert says "expired" or "not yet valid");
 *   <li>else the unit's most recent one; else none.
 * </ol>
 * A well is thus reported as abstracting without a permit only when neither it nor its unit holds a permit
 * valid that day.
 */
public final class PermitChoice {

    /** Most recent first: latest start (unknown start = oldest), then latest end (open = latest), then number. */
    private static final Comparator<Permit> RECENT_FIRST = Comparator
            .comparing((Permit p) -> p.validFrom() == null ? LocalDate.MIN : p.validFrom())
            .thenComparing(p -> p.validTo() == null ? LocalDate.MAX : p.validTo())
            .thenComparing(Permit::number)
            .reversed();

    private PermitChoice() {}

    /** The permit that applies to a well with permits {@code own} in a unit with unit-wide permits {@code unitWide}. */
    public static Permit forWell(List<Permit> own, List<Permit> unitWide, LocalDate day) {
        Permit p = validOn(own, day);
        if (p == null) {
            p = validOn(unitWide, day);
        }
        if (p == null) {
            p = mostRecent(own);
        }
        if (p == null) {
            p = mostRecent(unitWide);
        }
        return p;
    }

    /** The unit's own permit for unit-level quota checks: valid that day, else the most recent. */
    public static Permit forUnit(List<Permit> unitWide, LocalDate day) {
        Permit p = validOn(unitWide, day);
        return p != null ? p : mostRecent(unitWide);
    }

    /** The most recent permit valid on {@code day}, or null. */
    static Permit validOn(List<Permit> permits, LocalDate day) {
        Permit best = null;
        for (Permit p : permits) {
            if (p.validityOn(day) == Permit.Validity.VALID && (best == null || RECENT_FIRST.compare(p, best) < 0)) {
                best = p;
            }
        }
        return best;
    }

    static Permit mostRecent(List<Permit> permits) {
        Permit best = null;
        for (Permit p : permits) {
            if (best == null || RECENT_FIRST.compare(p, best) < 0) {
                best = p;
            }
        }
        return best;
    }
}
