package wellwatch.analytics.enforcement;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import wellwatch.analytics.api.ApiException;
import wellwatch.analytics.enforcement.store.LeadStore;
import wellwatch.analytics.enforcement.store.Transactions;
import wellwatch.analytics.store.AlertBook;
import wellwatch.contract.alert.AlertEvent;

/**
 * An analyst's action on an alert, in one transaction: the alert is locked, the move checked against the
 * {@link AlertLifecycle}, the state changed with its audit row, and for "lead" the problem lead created.
 * The changed alert is republished by the outbox (its {@code published_at} is cleared).
 */
@Singleton
public class AlertWorkflow {

    /** The body of acknowledge and close. */
    public static final Set<String> NOTE = Set.of("note");
    /** The body of lead: a note and the lead's fields. */
    public static final Set<String> LEAD_BODY;

    static {
        Set<String> fields = new HashSet<>(Lead.FIELDS);
        fields.add("note");
        LEAD_BODY = Set.copyOf(fields);
    }

    private final Transactions tx;
    private final AlertBook alerts;
    private final LeadStore leads;

    public AlertWorkflow(Transactions tx, AlertBook alerts, LeadStore leads) {
        this.tx = tx;
        this.alerts = alerts;
        this.leads = leads;
    }

    /** Takes {@code action} on alert {@code alertId} as {@code actor}; 404 for an unknown alert, 409 for an illegal move. */
    public AlertEvent act(long alertId, AlertAction action, String actor, Fields body) throws SQLException {
        String note = body.text("note", null);
        tx.run(c -> {
            AlertEvent alert = alerts.lock(c, alertId).orElseThrow(() -> ApiException.notFound("alert", alertId));
            AlertState from = AlertState.ofCode(alert.state());
            AlertState to = AlertLifecycle.next(alertId, from, action);
            Long leadId = null;
            if (action == AlertAction.LEAD) {
                leadId = leads.insert(c, Lead.create(body, defaults(c, alert)), actor).id();
            }
            return alerts.changeState(c, alertId, action.code(), from.code(), to.code(), actor, note, leadId);
        });
        return alerts.get(alertId).orElseThrow();
    }

    /**
     * A lead from an alert: found when the alert was first seen, from the platform's monitoring (执法检查类),
     * described by the alert's summary, its subject the unit's registered name (else the well).
     */
    static Lead.Defaults defaults(Connection c, AlertEvent alert) throws SQLException {
        String subject = alert.unitId() == null ? null : unitName(c, alert.unitId());
        if (subject == null) {
            subject = alert.unitId() != null ? alert.unitId() : alert.wellId();
        }
        String description = alert.summary() + "（预警 #" + alert.id() + " " + alert.type() + "）";
        // A unit-scope quota alert names the unit where a well alert names the well.
        String wellId = "unit".equals(alert.evidence().get("scope")) ? null : alert.wellId();
        return new Lead.Defaults(LeadSource.INSPECTION, alert.firstSeen(), description, subject, alert.unitId(), wellId, alert.id());
    }

    private static String unitName(Connection c, String unitId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM registry.unit WHERE unit_id = ?")) {
            ps.setString(1, unitId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
