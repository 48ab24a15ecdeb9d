-- Strong second factors of insured people and staff (issue 15): a TOTP seed per person, encrypted (AES-GCM under
-- CA_FACTOR_KEY, never in clear), and recovery codes (single use, stored hashed). A row belongs to exactly one
-- account or one staff member.
CREATE SEQUENCE totp_factor_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE recovery_code_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE totp_factor (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    version              BIGINT       NOT NULL,
    account_id           BIGINT       REFERENCES account (id),
    staff_member_id      BIGINT       REFERENCES staff_member (id),
    secret_cipher        VARCHAR(200) NOT NULL,
    confirmed            BOOLEAN      NOT NULL,
    last_used_step       BIGINT       NOT NULL,
    consecutive_failures INTEGER      NOT NULL,
    locked_until         TIMESTAMP WITH TIME ZONE,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT totp_factor_one_owner_ck CHECK ((account_id IS NULL) <> (staff_member_id IS NULL)),
    CONSTRAINT totp_factor_account_uk UNIQUE (account_id),
    CONSTRAINT totp_factor_staff_uk UNIQUE (staff_member_id)
);

CREATE TABLE recovery_code (
    id              BIGINT      NOT NULL PRIMARY KEY,
    account_id      BIGINT      REFERENCES account (id),
    staff_member_id BIGINT      REFERENCES staff_member (id),
    salt            VARCHAR(64) NOT NULL,
    code_hash       VARCHAR(64) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT recovery_code_one_owner_ck CHECK ((account_id IS NULL) <> (staff_member_id IS NULL))
);
CREATE INDEX recovery_code_account_ix ON recovery_code (account_id);
CREATE INDEX recovery_code_staff_ix ON recovery_code (staff_member_id);
