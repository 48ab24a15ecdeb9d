-- The per-address failure budget is a sliding hour summed over one-minute buckets (AttemptLimiter). Rows of the old
-- clock-hour buckets stay valid: each counts as a bucket at its hour's start, until it leaves the window.
ALTER TABLE client_failures RENAME COLUMN hour_start TO minute_start;
