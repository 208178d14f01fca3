package wellwatch.registry;

import java.util.Objects;

/**
 * A water user (取用水单位) as far as its quota goes: permits and plans are often issued to the unit, for
 * all its wells together.
 *
 * @param id unit id, e.g. {@code U0001}
 * @param permit the unit's permit, or {@code null} when its permits are per well
 * @param plan the unit's plan for the year under review, or {@code null}
 */
public record WaterUser(String id, Permit permit, AbstractionPlan plan) {

    public WaterUser {
        Objects.requireNonNull(id, "id");
    }
}
