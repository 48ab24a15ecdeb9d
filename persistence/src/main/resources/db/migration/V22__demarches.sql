-- « Mes démarches »: what a person asks the fund to do, its history, and the outbox of messages to the back office.

-- One number per démarche (D-2026-000123): drawn one at a time, so that every node draws distinct, following numbers.
CREATE SEQUENCE demarche_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE demarche (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    version            BIGINT       NOT NULL,
    demarche_number    VARCHAR(16)  NOT NULL,
    demarche_type      VARCHAR(20)  NOT NULL,
    status             VARCHAR(12)  NOT NULL,
    insured_person_id  BIGINT       NOT NULL REFERENCES insured_person (id),
    summary            VARCHAR(120),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    estimated_on       DATE         NOT NULL,
    reason             VARCHAR(500),
    CONSTRAINT demarche_number_uk UNIQUE (demarche_number)
);
CREATE INDEX demarche_person_ix ON demarche (insured_person_id, created_at);

CREATE SEQUENCE demarche_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE demarche_event (
    id           BIGINT       NOT NULL PRIMARY KEY,
    demarche_id  BIGINT       NOT NULL REFERENCES demarche (id),
    status       VARCHAR(12)  NOT NULL,
    status_date  DATE         NOT NULL,
    reason       VARCHAR(500),
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX demarche_event_demarche_ix ON demarche_event (demarche_id);

-- The back office's outbox: same delivery columns as outbound_mail (OutboxDelivery), one message per key.
CREATE SEQUENCE outbound_message_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE outbound_message (
    id               BIGINT         NOT NULL PRIMARY KEY,
    destination      VARCHAR(100)   NOT NULL,
    message_key      VARCHAR(40)    NOT NULL,
    payload          VARCHAR(16384),
    status           VARCHAR(10)    NOT NULL,
    attempts         INTEGER        NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_until      TIMESTAMP WITH TIME ZONE,
    sent_at          TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(500),
    CONSTRAINT outbound_message_key_uk UNIQUE (message_key)
);
CREATE INDEX outbound_message_due_ix ON outbound_message (status, next_attempt_at);

-- A letter telling of a démarche's progress quotes its number.
ALTER TABLE postal_letter ADD COLUMN reference VARCHAR(16);
