-- Native applications (OAuth 2.0 for native apps, RFC 8252 + PKCE): the authorization codes the login hands to an
-- application's redirect URI (single use, 60 s), and the refresh tokens of each connected application. Both are
-- stored hashed (SHA-256); a refresh token is used once, and its successor belongs to the same family: one family
-- is one application on one device, the line « Applications connectées » shows and can disconnect.
CREATE SEQUENCE app_code_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE app_token_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE app_code (
    id             BIGINT       NOT NULL PRIMARY KEY,
    code_hash      VARCHAR(64)  NOT NULL,
    account_id     BIGINT       NOT NULL REFERENCES account (id),
    client_id      VARCHAR(64)  NOT NULL,
    redirect_uri   VARCHAR(300) NOT NULL,
    code_challenge VARCHAR(64)  NOT NULL,
    scopes         VARCHAR(300) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at        TIMESTAMP WITH TIME ZONE,
    family         VARCHAR(64),
    CONSTRAINT app_code_hash_uk UNIQUE (code_hash)
);

CREATE TABLE app_token (
    id            BIGINT       NOT NULL PRIMARY KEY,
    token_hash    VARCHAR(64)  NOT NULL,
    family        VARCHAR(64)  NOT NULL,
    account_id    BIGINT       NOT NULL REFERENCES account (id),
    client_id     VARCHAR(64)  NOT NULL,
    device        VARCHAR(200) NOT NULL,
    scopes        VARCHAR(300) NOT NULL,
    connected_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at       TIMESTAMP WITH TIME ZONE,
    revoked_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT app_token_hash_uk UNIQUE (token_hash)
);
CREATE INDEX app_token_family_ix ON app_token (family);
CREATE INDEX app_token_account_ix ON app_token (account_id);
