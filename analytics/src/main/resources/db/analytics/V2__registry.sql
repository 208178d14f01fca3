-- The full registry (docs/registry.md): water users (units), wells with location, metering and a status
-- history, permits, annual plans, metering devices, the well-to-power-meter table (井电对应),
-- electricity-to-water coefficients, and the audit trail of every change.
-- Volumes are m3 (the ledgers' 万m3 = 10,000 m3 is converted at the edges: CSV import, ledger export).

-- Water users / units (取用水单位).
CREATE TABLE registry.unit (
    unit_id      text        PRIMARY KEY,
    name         text        NOT NULL,
    industry     text,
    district     text,
    township     text,
    -- The source the register of water users names for the unit as a whole; each well has its own.
    water_source text        CHECK (water_source IN ('groundwater', 'geothermal', 'surface')),
    remarks      text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX unit_by_name ON registry.unit (name);

-- Wells / intakes (取水口, 自备井, 机电井): V1 holds id, unit and status; the rest is added here, all optional.
-- No foreign key to registry.unit: bulk loads (deploy/bench) write well rows for units not described yet.
-- The API and the import check that the unit exists (the legacy well layout registers it by id).
ALTER TABLE registry.well
    ADD COLUMN lat                  double precision CHECK (lat BETWEEN -90 AND 90),
    ADD COLUMN lon                  double precision CHECK (lon BETWEEN -180 AND 180),
    ADD COLUMN water_source         text             CHECK (water_source IN ('groundwater', 'geothermal', 'surface')),
    ADD COLUMN depth_m              double precision CHECK (depth_m > 0),
    ADD COLUMN pipe_diameter_cm     double precision CHECK (pipe_diameter_cm > 0),
    -- Inside the public water-supply network coverage (公共供水管网覆盖范围); NULL: not known.
    ADD COLUMN in_network_coverage  boolean,
    ADD COLUMN rated_capacity_m3h   double precision CHECK (rated_capacity_m3h > 0),
    ADD COLUMN reporting_interval_s integer          CHECK (reporting_interval_s > 0),
    ADD COLUMN remarks              text,
    ADD COLUMN created_at           timestamptz      NOT NULL DEFAULT now();
CREATE INDEX well_by_unit ON registry.well (unit_id);

-- Every status a well has had, with the date it took effect (报停 in autumn, resumed in spring, 封停 ...).
CREATE TABLE registry.well_status_history (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    well_id      text        NOT NULL REFERENCES registry.well (well_id) ON DELETE CASCADE,
    status       text        NOT NULL CHECK (status IN ('active', 'seasonally_stopped', 'sealed', 'cancelled')),
    status_since timestamptz NOT NULL,
    recorded_at  timestamptz NOT NULL DEFAULT now(),
    recorded_by  text        NOT NULL
);
CREATE INDEX well_status_history_by_well ON registry.well_status_history (well_id, status_since, id);
INSERT INTO registry.well_status_history (well_id, status, status_since, recorded_by)
SELECT well_id, status, status_since, 'migration V2' FROM registry.well;

-- Abstraction permits (取水许可证): held by a unit for all its wells (well_id NULL), or issued for one well.
CREATE TABLE registry.permit (
    permit_no        text             PRIMARY KEY,
    unit_id          text             REFERENCES registry.unit (unit_id),
    well_id          text             REFERENCES registry.well (well_id),
    annual_volume_m3 double precision NOT NULL CHECK (annual_volume_m3 >= 0),
    permitted_use    text,
    valid_from       date,
    valid_to         date,
    created_at       timestamptz      NOT NULL DEFAULT now(),
    updated_at       timestamptz      NOT NULL DEFAULT now(),
    CHECK (unit_id IS NOT NULL OR well_id IS NOT NULL),
    CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX permit_by_well ON registry.permit (well_id) WHERE well_id IS NOT NULL;
CREATE INDEX permit_by_unit ON registry.permit (unit_id) WHERE well_id IS NULL;

-- Annual abstraction plans (年度取水计划): per unit or per well, per calendar year.
CREATE TABLE registry.plan (
    plan_id    bigint           GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    unit_id    text             REFERENCES registry.unit (unit_id),
    well_id    text             REFERENCES registry.well (well_id),
    year       integer          NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    planned_m3 double precision NOT NULL CHECK (planned_m3 >= 0),
    created_at timestamptz      NOT NULL DEFAULT now(),
    updated_at timestamptz      NOT NULL DEFAULT now(),
    CHECK (num_nonnulls(unit_id, well_id) = 1)
);
CREATE UNIQUE INDEX plan_per_unit_and_year ON registry.plan (unit_id, year) WHERE unit_id IS NOT NULL;
CREATE UNIQUE INDEX plan_per_well_and_year ON registry.plan (well_id, year) WHERE well_id IS NOT NULL;

-- Metering devices (计量设施): flow meters and RTUs; at most one of each kind installed per well.
CREATE TABLE registry.device (
    device_id     text        PRIMARY KEY,
    kind          text        NOT NULL CHECK (kind IN ('flow_meter', 'rtu')),
    well_id       text        REFERENCES registry.well (well_id),
    model         text,
    calibrated_on date,
    qualified     boolean,
    working       boolean,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX device_one_per_kind_and_well ON registry.device (well_id, kind) WHERE well_id IS NOT NULL;

-- The well-power table (井电对应): a utility meter number is tied to exactly one well, and a well to one meter.
CREATE TABLE registry.power_meter (
    meter_no   text        PRIMARY KEY,
    well_id    text        NOT NULL UNIQUE REFERENCES registry.well (well_id),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- Electricity-to-water coefficients (以电折水系数) per well over time: [effective_from, effective_to),
-- open while current. Periods of a well do not overlap (checked by the registry under the well's row lock).
CREATE TABLE registry.coefficient (
    coefficient_id bigint           GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    well_id        text             NOT NULL REFERENCES registry.well (well_id),
    m3_per_kwh     double precision NOT NULL CHECK (m3_per_kwh > 0),
    effective_from timestamptz      NOT NULL,
    effective_to   timestamptz      CHECK (effective_to > effective_from),
    source         text             NOT NULL CHECK (source IN ('pump_test', 'fitted', 'default')),
    created_at     timestamptz      NOT NULL DEFAULT now(),
    updated_at     timestamptz      NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX coefficient_start_per_well ON registry.coefficient (well_id, effective_from);
CREATE UNIQUE INDEX coefficient_one_open_per_well ON registry.coefficient (well_id) WHERE effective_to IS NULL;

-- Who changed what in the registry, when: written in the same transaction as the change.
CREATE TABLE registry.audit (
    audit_id  bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at        timestamptz NOT NULL DEFAULT now(),
    actor     text        NOT NULL,
    entity    text        NOT NULL,
    entity_id text        NOT NULL,
    action    text        NOT NULL CHECK (action IN ('create', 'update', 'delete')),
    before    jsonb,
    after     jsonb
);
CREATE INDEX audit_by_entity ON registry.audit (entity, entity_id, audit_id DESC);
CREATE INDEX audit_by_time ON registry.audit (at DESC);
