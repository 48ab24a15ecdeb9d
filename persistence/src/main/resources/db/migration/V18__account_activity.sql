-- "Activité de mon compte": sign-ins and changes of code, factors, e-mail and bank details, as their owner sees them.
-- Only the network of a sign-in is kept (its /24 or /48), not the full address; the browser's mark is a hash.
CREATE SEQUENCE account_activity_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE account_activity (
    id           BIGINT       NOT NULL PRIMARY KEY,
    account_id   BIGINT       NOT NULL REFERENCES account (id),
    kind         VARCHAR(20)  NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    detail       VARCHAR(200),
    browser      VARCHAR(200),
    network      VARCHAR(64),
    device_hash  VARCHAR(64)
);
CREATE INDEX account_activity_account_ix ON account_activity (account_id, occurred_at);
CREATE INDEX account_activity_device_ix ON account_activity (account_id, device_hash);
