-- The claims system's feed: CSV imports (file kept in the database, progress and report). Whether a person wants an
-- e-mail when a new payment arrives is insured_person.notify_payments (their notification preferences).

CREATE SEQUENCE payment_import_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE payment_import_rejection_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE payment_import (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL,
    file_name         VARCHAR(255)  NOT NULL,
    uploaded_by       VARCHAR(64)   NOT NULL,
    uploaded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    file_size         BIGINT        NOT NULL,
    total_lines       BIGINT        NOT NULL,
    status            VARCHAR(10)   NOT NULL,
    job_execution_id  BIGINT,
    node              VARCHAR(100),
    lines_done        BIGINT        NOT NULL,
    imported          BIGINT        NOT NULL,
    updated           BIGINT        NOT NULL,
    unchanged         BIGINT        NOT NULL,
    rejected          BIGINT        NOT NULL,
    finished_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX payment_import_uploaded_ix ON payment_import (uploaded_at);

-- The uploaded file, in parts of at most 256 KiB: every node reads it, none keeps the only copy.
CREATE TABLE payment_import_part (
    import_id  BIGINT  NOT NULL REFERENCES payment_import (id),
    part_no    INT     NOT NULL,
    data       BYTEA   NOT NULL,
    PRIMARY KEY (import_id, part_no)
);

CREATE TABLE payment_import_rejection (
    id          BIGINT        NOT NULL PRIMARY KEY,
    import_id   BIGINT        NOT NULL REFERENCES payment_import (id),
    line_no     BIGINT        NOT NULL,
    reference   VARCHAR(40),
    reason      VARCHAR(1000) NOT NULL,
    -- A line is reported once, even when a restarted job reads it again.
    CONSTRAINT payment_import_rejection_uk UNIQUE (import_id, line_no)
);

-- People already told of a new payment by this import: at most one mail per person and import.
CREATE TABLE payment_import_notice (
    import_id          BIGINT NOT NULL REFERENCES payment_import (id),
    insured_person_id  BIGINT NOT NULL REFERENCES insured_person (id),
    PRIMARY KEY (import_id, insured_person_id)
);
