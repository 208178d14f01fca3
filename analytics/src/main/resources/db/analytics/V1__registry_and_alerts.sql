-- Registry of wells (the minimum detections need; the full registry extends it) and the alert book.
-- Flyway manages schemas analytics (default) and registry.

CREATE TABLE registry.well (
    well_id      text        PRIMARY KEY,
    unit_id      text,
    status       text        NOT NULL CHECK (status IN ('active', 'seasonally_stopped', 'sealed', 'cancelled')),
    status_since timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);

-- One open alert per well and type: a repeated finding updates the open alert instead of adding one.
CREATE TABLE alert (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    type         text        NOT NULL,
    severity     text        NOT NULL CHECK (severity IN ('info', 'warning', 'critical')),
    well_id      text        NOT NULL,
    state        text        NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'acknowledged', 'lead', 'closed')),
    first_seen   timestamptz NOT NULL,
    last_seen    timestamptz NOT NULL,
    occurrences  bigint      NOT NULL DEFAULT 1,
    rule         text        NOT NULL,
    summary      text        NOT NULL,
    evidence     jsonb       NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    -- Outbox: set once the alert's current version is on the alerts Kafka topic.
    published_at timestamptz
);

CREATE UNIQUE INDEX alert_one_open_per_well_and_type ON alert (well_id, type) WHERE state <> 'closed';
CREATE INDEX alert_by_time ON alert (last_seen DESC);
CREATE INDEX alert_by_well ON alert (well_id, last_seen DESC);
CREATE INDEX alert_unpublished ON alert (id) WHERE published_at IS NULL;
