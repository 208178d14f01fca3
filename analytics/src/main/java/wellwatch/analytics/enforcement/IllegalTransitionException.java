package wellwatch.analytics.enforcement;

import java.util.Set;
import java.util.stream.Collectors;

/** An alert action that its current state does not allow (HTTP 409). */
public class IllegalTransitionException extends RuntimeException {

    private final AlertState from;
    private final AlertAction action;

    public IllegalTransitionException(long alertId, AlertState from, AlertAction action, Set<AlertState> allowedFrom) {
        super("alert " + alertId + " is " + from.code() + ": it cannot be " + past(action) + " (only an alert that is "
                + allowedFrom.stream().map(AlertState::code).collect(Collectors.joining(" or ")) + " can)");
        this.from = from;
        this.action = action;
    }

    public AlertState from() {
        return from;
    }

    public AlertAction action() {
        return action;
    }

    private static String past(AlertAction action) {
        return switch (action) {
            case ACKNOWLEDGE -> "acknowledged";
            case LEAD -> "turned into a lead";
            case CLOSE -> "closed";
        };
    }
}
