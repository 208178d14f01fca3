package wellwatch.analytics.plan;

import java.util.List;

/**
 * How year-to-date abstraction is held against plans and permits.
 *
 * @param warningLevels shares of the plan or permit at which to report, ascending; levels below 1.0 raise
 *     early warnings, levels at or above 1.0 raise over-plan / over-permit findings; default 0.8 and 1.0
 * @param reportStep once over (a level >= 1.0 reached), report again each time the share has grown by this
 *     much since the last report, so the alert's excess and surcharge stay current; default 0.01 (1 point)
 * @param surcharge the progressive surcharge on over-plan volume; default {@link SurchargeSchedule#defaults()}
 */
public record QuotaSettings(List<Double> warningLevels, double reportStep, SurchargeSchedule surcharge) {

    public QuotaSettings {
        if (warningLevels == null || warningLevels.isEmpty()) {
            throw new IllegalArgumentException("at least one warning level is needed");
        }
        warningLevels = List.copyOf(warningLevels);
        for (int i = 0; i < warningLevels.size(); i++) {
            if (!(warningLevels.get(i) > 0) || (i > 0 && !(warningLevels.get(i) > warningLevels.get(i - 1)))) {
                throw new IllegalArgumentException("warning levels must be > 0 and ascend strictly: " + warningLevels);
            }
        }
        if (!(reportStep > 0)) {
            throw new IllegalArgumentException("reportStep must be > 0, got " + reportStep);
        }
        if (surcharge == null) {
            throw new IllegalArgumentException("surcharge schedule is required");
        }
    }

    public static QuotaSettings defaults() {
        return new QuotaSettings(List.of(0.8, 1.0), 0.01, SurchargeSchedule.defaults());
    }

    /** Index of the highest warning level at or below {@code share}, or -1 when below all of them. */
    public int levelIndex(double share) {
        int index = -1;
        for (int i = 0; i < warningLevels.size(); i++) {
            if (share >= warningLevels.get(i)) {
                index = i;
            }
        }
        return index;
    }

    /** Whether the level at {@code index} means "over" (>= 100%) rather than an early warning. */
    public boolean isOver(int index) {
        return index >= 0 && warningLevels.get(index) >= 1.0;
    }
}
