-- Staff logins get the insured people's lockout, sessions and failure counts (issue 15).
ALTER TABLE staff_member ADD COLUMN consecutive_failures INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE staff_member ADD COLUMN locked_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE staff_member ADD COLUMN blocked BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE staff_member ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;

-- A session or a failure belongs to an insured person's account or to a staff member.
ALTER TABLE user_session ALTER COLUMN account_id DROP NOT NULL;
ALTER TABLE user_session ADD COLUMN staff_id BIGINT REFERENCES staff_member (id);
CREATE INDEX user_session_staff_ix ON user_session (staff_id, ended_at);

ALTER TABLE login_failure ALTER COLUMN account_id DROP NOT NULL;
ALTER TABLE login_failure ADD COLUMN staff_id BIGINT REFERENCES staff_member (id);
CREATE INDEX login_failure_staff_ix ON login_failure (staff_id, failed_at);
ALTER TABLE user_session ADD CONSTRAINT user_session_owner_ck CHECK ((account_id IS NULL) <> (staff_id IS NULL));
ALTER TABLE login_failure ADD CONSTRAINT login_failure_owner_ck CHECK ((account_id IS NULL) <> (staff_id IS NULL));
