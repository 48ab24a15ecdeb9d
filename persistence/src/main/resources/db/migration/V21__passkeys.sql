-- Passkeys (WebAuthn) of insured people and staff (issue 15): the credential's id and public key (COSE, base64url),
-- its signature counter (a counter going backwards betrays a cloned authenticator), transports, the name the owner
-- gave it. A row belongs to exactly one account or one staff member, as TOTP factors do.
CREATE SEQUENCE passkey_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE passkey_challenge_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE passkey (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL,
    account_id      BIGINT        REFERENCES account (id),
    staff_member_id BIGINT        REFERENCES staff_member (id),
    credential_id   VARCHAR(400)  NOT NULL,
    public_key_cose VARCHAR(2000) NOT NULL,
    user_handle     VARCHAR(64)   NOT NULL,
    sign_count      BIGINT        NOT NULL,
    transports      VARCHAR(200),
    name            VARCHAR(64)   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT passkey_one_owner_ck CHECK ((account_id IS NULL) <> (staff_member_id IS NULL)),
    CONSTRAINT passkey_credential_uk UNIQUE (credential_id)
);
CREATE INDEX passkey_account_ix ON passkey (account_id);
CREATE INDEX passkey_staff_ix ON passkey (staff_member_id);

-- A WebAuthn challenge: random, single use (deleted when answered), a few minutes long, for one owner (registration,
-- second step, step-up; a registration keeps the user handle it offered) or for nobody yet (signing in with a passkey alone: the HTTP session holds it).
CREATE TABLE passkey_challenge (
    id              BIGINT      NOT NULL PRIMARY KEY,
    account_id      BIGINT      REFERENCES account (id),
    staff_member_id BIGINT      REFERENCES staff_member (id),
    challenge       VARCHAR(64) NOT NULL,
    purpose         VARCHAR(16) NOT NULL,
    user_handle     VARCHAR(64),
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT passkey_challenge_owner_ck CHECK (account_id IS NULL OR staff_member_id IS NULL),
    CONSTRAINT passkey_challenge_uk UNIQUE (challenge)
);
CREATE INDEX passkey_challenge_expiry_ix ON passkey_challenge (expires_at);
