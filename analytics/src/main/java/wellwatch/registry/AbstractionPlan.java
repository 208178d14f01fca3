package wellwatch.registry;

/**
 * The annual abstraction plan (年度取水计划) the water bureau issued for one calendar year.
 *
 * @param year the calendar year it covers (local time of the bureau)
 * @param plannedM3 planned volume for that year, m3
 */
public record AbstractionPlan(int year, double plannedM3) {

    public AbstractionPlan {
        if (!(plannedM3 >= 0) || Double.isInfinite(plannedM3)) {
            throw new IllegalArgumentException("plannedM3 must be a finite value >= 0, got " + plannedM3);
        }
    }

    /** Whether this plan is the one for {@code y}. */
    public boolean covers(int y) {
        return year == y;
    }
}
