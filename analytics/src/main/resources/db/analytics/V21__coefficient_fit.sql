-- Coefficients fitted from a well's flow meter and power meter (docs/conversion.md, "Calibration"): one row
-- per well and calibration run, kept as history. Figures that are not numbers (no samples) are NULL.

CREATE TABLE analytics.coefficient_fit (
    fit_id                bigint           GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    well_id               text             NOT NULL,
    computed_at           timestamptz      NOT NULL DEFAULT now(),
    -- The hours the run looked at, [requested_from, requested_to).
    requested_from        timestamptz      NOT NULL,
    requested_to          timestamptz      NOT NULL,
    -- The hours the fit rests on (first interval's start, last interval's end); NULL without intervals.
    window_from           timestamptz,
    window_to             timestamptz,
    status                text             NOT NULL CHECK (status IN ('ok', 'too_few_samples', 'too_scattered')),
    m3_per_kwh            double precision,
    samples               integer          NOT NULL,
    ignored               integer          NOT NULL,
    outliers              integer          NOT NULL,
    median_ratio          double precision,
    mad                   double precision,
    relative_spread       double precision,
    -- The coefficient registered for the end of the window, and fitted / registered - 1.
    registered_m3_per_kwh double precision,
    registered_source     text,
    relative_change       double precision,
    -- Whether the fit is usable and departs from the registered coefficient beyond the drift tolerance
    -- (a coefficient_drift alert was raised).
    drift                 boolean          NOT NULL DEFAULT false
);
CREATE INDEX coefficient_fit_by_well ON analytics.coefficient_fit (well_id, computed_at DESC, fit_id DESC);

-- When the calibration last ran: one analytics instance claims each run (see CalibrationJob).
INSERT INTO analytics.rollup_watermark (name, at) VALUES ('calibration', '-infinity');
