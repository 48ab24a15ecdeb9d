-- Secure messaging and the adviser desk: threads, messages, attachments (in the database: every node reads them),
-- the access log of advisers opening a person's file, and postal letters that carry a reply.

CREATE SEQUENCE message_thread_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE message_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE attachment_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE access_log_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE message_thread (
    id                 BIGINT      NOT NULL PRIMARY KEY,
    version            BIGINT      NOT NULL,
    insured_person_id  BIGINT      NOT NULL REFERENCES insured_person (id),
    subject            VARCHAR(20) NOT NULL,
    status             VARCHAR(10) NOT NULL,
    assigned_to        VARCHAR(64),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    last_message_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    first_answer_at    TIMESTAMP WITH TIME ZONE,
    closed_at          TIMESTAMP WITH TIME ZONE
);
CREATE INDEX message_thread_person_ix ON message_thread (insured_person_id, last_message_at);
CREATE INDEX message_thread_status_ix ON message_thread (status, created_at);

CREATE TABLE message (
    id             BIGINT        NOT NULL PRIMARY KEY,
    thread_id      BIGINT        NOT NULL REFERENCES message_thread (id),
    kind           VARCHAR(12)   NOT NULL,
    author         VARCHAR(64),
    body           VARCHAR(4000) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at        TIMESTAMP WITH TIME ZONE,
    follow_up      VARCHAR(10)   NOT NULL,
    follow_up_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX message_thread_ix ON message (thread_id, created_at);
CREATE INDEX message_follow_up_ix ON message (follow_up, follow_up_at);

CREATE TABLE attachment (
    id             BIGINT       NOT NULL PRIMARY KEY,
    message_id     BIGINT       NOT NULL REFERENCES message (id),
    file_name      VARCHAR(255) NOT NULL,
    content_type   VARCHAR(40)  NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    sha256         VARCHAR(64)  NOT NULL,
    content        BYTEA        NOT NULL
);
CREATE INDEX attachment_message_ix ON attachment (message_id);

CREATE TABLE access_log (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    insured_person_id  BIGINT       NOT NULL REFERENCES insured_person (id),
    staff_username     VARCHAR(64)  NOT NULL,
    action             VARCHAR(20)  NOT NULL,
    logged_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX access_log_person_ix ON access_log (insured_person_id, logged_at);

-- A letter of kind REPLY carries an adviser's reply (reply_subject, reply_body).
ALTER TABLE postal_letter ADD COLUMN reply_subject VARCHAR(100);
ALTER TABLE postal_letter ADD COLUMN reply_body VARCHAR(4000);
ALTER TABLE postal_letter ADD COLUMN replied_at TIMESTAMP WITH TIME ZONE;
