package wellwatch.registry.metering;

import java.util.List;
import java.util.Objects;
import wellwatch.registry.api.RegistryException;

/**
 * How adding a coefficient period changes a well's history, decided without the database: nothing (the
 * period is already there), or close the current period where the new one starts and add it. Periods never
 * overlap; a period that would overlap one that is not simply superseded is a conflict.
 *
 * @param close the current period, ended where the new one starts, or {@code null} when none is closed
 * @param add the period to add, or {@code null} when nothing changes
 */
public record CoefficientEdit(CoefficientRecord close, CoefficientRecord add) {

    private static final CoefficientEdit NONE = new CoefficientEdit(null, null);

    public boolean changes() {
        return add != null;
    }

    /**
     * The edit that adds {@code added} to {@code history} (the well's periods, any order).
     *
     * @param keepSameCurrent when true, a current (open) period with the same value and source stands: the
     *     new one is taken as a restatement of it whatever its start (the CSV import's reading of a register
     *     row)
     * @throws RegistryException 409 when the period would overlap another one
     */
    public static CoefficientEdit plan(List<CoefficientRecord> history, CoefficientRecord added, boolean keepSameCurrent) {
        CoefficientRecord current = null;
        for (CoefficientRecord r : history) {
            if (samePeriod(r, added)) {
                return NONE;
            }
            if (r.effectiveTo() == null) {
                current = r;
            }
        }
        if (current != null && keepSameCurrent && added.effectiveTo() == null && sameValue(current, added)) {
            return NONE;
        }
        CoefficientRecord close = null;
        if (current != null && added.effectiveTo() == null) {
            if (!current.effectiveFrom().isBefore(added.effectiveFrom())) {
                throw RegistryException.conflict("effectiveFrom", "the coefficient from " + added.effectiveFrom() + " would overlap the current one of "
                        + current.m3PerKwh() + " m3/kWh from " + current.effectiveFrom() + "; a new coefficient must start after it");
            }
            close = current.endingAt(added.effectiveFrom());
        }
        for (CoefficientRecord r : history) {
            CoefficientRecord existing = close != null && r.id() == close.id() ? close : r;
            if (existing.overlaps(added.effectiveFrom(), added.effectiveTo())) {
                throw RegistryException.conflict("effectiveFrom", "the coefficient period [" + added.effectiveFrom() + ", "
                        + (added.effectiveTo() == null ? "open" : added.effectiveTo()) + ") overlaps the registered period ["
                        + existing.effectiveFrom() + ", " + (existing.effectiveTo() == null ? "open" : existing.effectiveTo()) + ") of "
                        + existing.m3PerKwh() + " m3/kWh");
            }
        }
        return new CoefficientEdit(close, added);
    }

    private static boolean samePeriod(CoefficientRecord a, CoefficientRecord b) {
        return a.effectiveFrom().equals(b.effectiveFrom()) && Objects.equals(a.effectiveTo(), b.effectiveTo()) && sameValue(a, b);
    }

    private static boolean sameValue(CoefficientRecord a, CoefficientRecord b) {
        return a.m3PerKwh().equals(b.m3PerKwh()) && a.source() == b.source();
    }
}
