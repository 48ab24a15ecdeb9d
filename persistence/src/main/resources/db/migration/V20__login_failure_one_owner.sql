-- A failure belongs to exactly one of: an account, a staff member (V14), a number without account (V17).
-- V14's check knew only the first two, so it refused V17's rows.
ALTER TABLE login_failure DROP CONSTRAINT login_failure_owner_ck;
ALTER TABLE login_failure ADD CONSTRAINT login_failure_one_owner_ck CHECK (
    (CASE WHEN account_id IS NULL THEN 0 ELSE 1 END)
    + (CASE WHEN staff_id IS NULL THEN 0 ELSE 1 END)
    + (CASE WHEN nir_hash IS NULL THEN 0 ELSE 1 END) = 1);
