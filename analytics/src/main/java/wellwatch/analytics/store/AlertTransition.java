package wellwatch.analytics.store;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;

/**
 * One state change of an alert ({@code analytics.alert_transition}): the audit trail of the alert lifecycle.
 *
 * @param id transition id, increasing
 * @param alertId the alert
 * @param action {@code acknowledge}, {@code lead} or {@code close}
 * @param from state before
 * @param to state after
 * @param actor the API user who did it
 * @param at when
 * @param note the analyst's note, or {@code null}
 * @param leadId for {@code lead}: the problem lead created
 */
@RegisterForReflection
public record AlertTransition(long id, long alertId, String action, String from, String to, String actor, Instant at, String note, Long leadId) {}
