-- Analytics' rollup refresh reads readings stored since its watermark (stored_at). A BRIN index fits:
-- stored_at grows with the physical order of inserts, and the index stays tiny.
CREATE INDEX IF NOT EXISTS reading_stored_at_brin ON reading USING brin (stored_at);
