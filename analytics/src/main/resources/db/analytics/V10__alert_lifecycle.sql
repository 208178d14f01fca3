-- The alert lifecycle (docs/api/alerts.md): open -> acknowledged -> lead -> closed, each change by a named
-- API user at a recorded time, and the water user (unit) of the alert's well.

ALTER TABLE analytics.alert
    -- registry.well.unit_id when the alert was opened (or the unit of a unit-scope quota finding); NULL: unknown.
    ADD COLUMN unit_id          text,
    -- The latest state change by a person; NULL while the alert was never worked on.
    ADD COLUMN state_changed_at timestamptz,
    ADD COLUMN state_changed_by text,
    -- The problem lead the alert was turned into (foreign key in V11).
    ADD COLUMN lead_id          bigint;

UPDATE analytics.alert a SET unit_id = w.unit_id FROM registry.well w WHERE w.well_id = a.well_id AND a.unit_id IS NULL;

CREATE INDEX alert_by_unit ON analytics.alert (unit_id, last_seen DESC) WHERE unit_id IS NOT NULL;

-- The audit trail of alert state changes: one row per transition, written in the transaction of the change.
CREATE TABLE analytics.alert_transition (
    transition_id bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    alert_id      bigint      NOT NULL REFERENCES analytics.alert (id),
    action        text        NOT NULL CHECK (action IN ('acknowledge', 'lead', 'close')),
    from_state    text        NOT NULL CHECK (from_state IN ('open', 'acknowledged', 'lead', 'closed')),
    to_state      text        NOT NULL CHECK (to_state IN ('open', 'acknowledged', 'lead', 'closed')),
    actor         text        NOT NULL,
    at            timestamptz NOT NULL DEFAULT now(),
    note          text,
    -- For action 'lead': the lead it created.
    lead_id       bigint
);
CREATE INDEX alert_transition_by_alert ON analytics.alert_transition (alert_id, transition_id);
CREATE INDEX alert_transition_by_time ON analytics.alert_transition (at);
