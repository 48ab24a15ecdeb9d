-- Issue 15, the insured person's code flows.
-- The code before the current one, hashed, so that a new code can be neither (ASVS 6.2).
ALTER TABLE account ADD COLUMN previous_code_hash VARCHAR(255);

-- Numbers without account lock like accounts do (the locked page tells nothing about whether a number exists):
-- their lockout, and their failures in login_failure by the number's SHA-256.
CREATE TABLE unknown_number (
    nir_hash              VARCHAR(64) NOT NULL PRIMARY KEY,
    consecutive_failures  INTEGER     DEFAULT 0 NOT NULL,
    locked_until          TIMESTAMP WITH TIME ZONE,
    blocked               BOOLEAN     DEFAULT FALSE NOT NULL,
    last_failure_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX unknown_number_last_failure_ix ON unknown_number (last_failure_at);

ALTER TABLE login_failure ALTER COLUMN account_id DROP NOT NULL;
ALTER TABLE login_failure ADD COLUMN nir_hash VARCHAR(64);
CREATE INDEX login_failure_nir_ix ON login_failure (nir_hash, failed_at);
