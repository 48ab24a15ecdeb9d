-- « Télécharger mes données »: a person's request, prepared by whichever node claims it (lease and token, like the
-- outbox), then kept 7 days as numbered parts of one ZIP, in the database so that every node serves it.
CREATE SEQUENCE data_export_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE data_export (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    public_id          VARCHAR(32)   NOT NULL,
    insured_person_id  BIGINT        NOT NULL REFERENCES insured_person (id),
    status             VARCHAR(10)   NOT NULL,
    requested_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    steps_done         INTEGER       DEFAULT 0 NOT NULL,
    steps              INTEGER       NOT NULL,
    lease_token        VARCHAR(32),
    leased_until       TIMESTAMP WITH TIME ZONE,
    attempts           INTEGER       DEFAULT 0 NOT NULL,
    ready_at           TIMESTAMP WITH TIME ZONE,
    expires_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    size_bytes         BIGINT,
    sha256             VARCHAR(64),
    parts              INTEGER,
    CONSTRAINT data_export_public_id UNIQUE (public_id)
);
CREATE INDEX data_export_person_ix ON data_export (insured_person_id);
CREATE INDEX data_export_due_ix ON data_export (status, leased_until);
CREATE INDEX data_export_expiry_ix ON data_export (expires_at);

CREATE TABLE data_export_part (
    export_id          BIGINT        NOT NULL REFERENCES data_export (id),
    part_number        INTEGER       NOT NULL,
    content            BYTEA         NOT NULL,
    PRIMARY KEY (export_id, part_number)
);
