package wellwatch.analytics.enforcement;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The legal moves of an alert: open -> acknowledged -> lead -> closed. Turning an open alert straight into
 * a lead is allowed (the lead implies it was seen), and so is closing at any point before closed (a false
 * alarm is closed without a lead). Nothing leaves closed, and no state is entered twice.
 */
public final class AlertLifecycle {

    private static final Map<AlertAction, Set<AlertState>> ALLOWED_FROM = Map.of(
            AlertAction.ACKNOWLEDGE, EnumSet.of(AlertState.OPEN),
            AlertAction.LEAD, EnumSet.of(AlertState.OPEN, AlertState.ACKNOWLEDGED),
            AlertAction.CLOSE, EnumSet.of(AlertState.OPEN, AlertState.ACKNOWLEDGED, AlertState.LEAD));

    private AlertLifecycle() {}

    /** The state after {@code action}; throws {@link IllegalTransitionException} when it may not be taken from {@code from}. */
    public static AlertState next(long alertId, AlertState from, AlertAction action) {
        if (!ALLOWED_FROM.get(action).contains(from)) {
            throw new IllegalTransitionException(alertId, from, action, ALLOWED_FROM.get(action));
        }
        return action.target();
    }

    public static boolean allowed(AlertState from, AlertAction action) {
        return ALLOWED_FROM.get(action).contains(from);
    }
}
