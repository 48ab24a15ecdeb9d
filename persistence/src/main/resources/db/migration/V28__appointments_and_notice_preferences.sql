-- « Prendre rendez-vous »: the slots advisers publish, and the appointments people (or advisers for them) book.
CREATE SEQUENCE appointment_slot_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE appointment_slot (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    adviser_username   VARCHAR(64)   NOT NULL,
    kind               VARCHAR(10)   NOT NULL,
    starts_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    minutes            INTEGER       NOT NULL,
    taken              BOOLEAN       DEFAULT FALSE NOT NULL,
    published_by       VARCHAR(64)   NOT NULL,
    published_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT appointment_slot_once UNIQUE (adviser_username, starts_at)
);
CREATE INDEX appointment_slot_free_ix ON appointment_slot (taken, starts_at);

CREATE SEQUENCE appointment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE appointment (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    version            BIGINT        DEFAULT 0 NOT NULL,
    slot_id            BIGINT        NOT NULL REFERENCES appointment_slot (id),
    -- The slot while the appointment holds it, NULL once cancelled: one appointment per slot, by the database.
    held_slot_id       BIGINT        REFERENCES appointment_slot (id),
    insured_person_id  BIGINT        NOT NULL REFERENCES insured_person (id),
    reason             VARCHAR(20)   NOT NULL,
    note               VARCHAR(500),
    status             VARCHAR(10)   NOT NULL,
    booked_by          VARCHAR(64),
    booked_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    starts_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    reminder_due_at    TIMESTAMP WITH TIME ZONE,
    ended_at           TIMESTAMP WITH TIME ZONE,
    CONSTRAINT appointment_one_per_slot UNIQUE (held_slot_id)
);
CREATE INDEX appointment_person_ix ON appointment (insured_person_id, starts_at);
CREATE INDEX appointment_reminder_ix ON appointment (reminder_due_at);

-- Notice preferences: for each kind of notice, by e-mail, by letter or both (no row: the default of the kind).
CREATE SEQUENCE notice_preference_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE notice_preference (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    insured_person_id  BIGINT        NOT NULL REFERENCES insured_person (id),
    kind               VARCHAR(20)   NOT NULL,
    by_email           BOOLEAN       NOT NULL,
    by_letter          BOOLEAN       NOT NULL,
    CONSTRAINT notice_preference_once UNIQUE (insured_person_id, kind)
);

-- The person's consent that e-mail replaces paper, and its withdrawals: dated, never edited; the latest holds.
CREATE SEQUENCE paperless_consent_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE paperless_consent (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    insured_person_id  BIGINT        NOT NULL REFERENCES insured_person (id),
    consented          BOOLEAN       NOT NULL,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX paperless_consent_person_ix ON paperless_consent (insured_person_id, recorded_at);

-- A mail may carry one text attachment (an appointment's .ics), forgotten with the bodies once sent.
ALTER TABLE outbound_mail ADD COLUMN attachment_name VARCHAR(100);
ALTER TABLE outbound_mail ADD COLUMN attachment_type VARCHAR(100);
ALTER TABLE outbound_mail ADD COLUMN attachment_body VARCHAR(8000);

-- What a notice letter says beyond its kind (an appointment's day, time and place).
ALTER TABLE postal_letter ADD COLUMN details VARCHAR(1000);
