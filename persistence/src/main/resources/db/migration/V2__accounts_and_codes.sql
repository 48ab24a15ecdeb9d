-- Accounts and secret codes: lockout, one-time codes, trusted devices, sessions, rate limits, postal letters.

ALTER TABLE account ADD COLUMN consecutive_failures INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE account ADD COLUMN locked_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE account ADD COLUMN blocked BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE account ADD COLUMN code_changed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE account ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;

CREATE SEQUENCE one_time_code_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE login_failure_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE trusted_device_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE user_session_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE postal_letter_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE one_time_code (
    id           BIGINT      NOT NULL PRIMARY KEY,
    account_id   BIGINT      NOT NULL REFERENCES account (id),
    purpose      VARCHAR(12) NOT NULL,
    reason       VARCHAR(12),
    channel      VARCHAR(6)  NOT NULL,
    secret_hash  VARCHAR(64) NOT NULL,
    attempts     INTEGER     NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX one_time_code_secret_ix ON one_time_code (secret_hash);
CREATE INDEX one_time_code_account_ix ON one_time_code (account_id, purpose);

CREATE TABLE login_failure (
    id          BIGINT NOT NULL PRIMARY KEY,
    account_id  BIGINT NOT NULL REFERENCES account (id),
    failed_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX login_failure_account_ix ON login_failure (account_id, failed_at);

CREATE TABLE trusted_device (
    id            BIGINT       NOT NULL PRIMARY KEY,
    account_id    BIGINT       NOT NULL REFERENCES account (id),
    token_hash    VARCHAR(64)  NOT NULL,
    label         VARCHAR(200) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at  TIMESTAMP WITH TIME ZONE,
    revoked_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT trusted_device_token_uk UNIQUE (token_hash)
);
CREATE INDEX trusted_device_account_ix ON trusted_device (account_id);

CREATE TABLE user_session (
    id            BIGINT       NOT NULL PRIMARY KEY,
    account_id    BIGINT       NOT NULL REFERENCES account (id),
    public_id     VARCHAR(64)  NOT NULL,
    browser       VARCHAR(200) NOT NULL,
    address       VARCHAR(64)  NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT user_session_public_uk UNIQUE (public_id)
);
CREATE INDEX user_session_account_ix ON user_session (account_id, ended_at);

-- Failed logins per client address and clock hour (shared by every node).
CREATE TABLE client_failures (
    address       VARCHAR(64) NOT NULL,
    hour_start    TIMESTAMP WITH TIME ZONE NOT NULL,
    failures      INTEGER     NOT NULL,
    PRIMARY KEY (address, hour_start)
);

CREATE TABLE postal_letter (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    version            BIGINT       NOT NULL,
    insured_person_id  BIGINT       NOT NULL REFERENCES insured_person (id),
    kind               VARCHAR(20)  NOT NULL,
    recipient_name     VARCHAR(100) NOT NULL,
    address_lines      VARCHAR(300) NOT NULL,
    secret             VARCHAR(8),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    printed_at         TIMESTAMP WITH TIME ZONE,
    printed_by         VARCHAR(64)
);
CREATE INDEX postal_letter_unprinted_ix ON postal_letter (printed_at, created_at);
