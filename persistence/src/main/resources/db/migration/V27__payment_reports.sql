-- « Signaler un paiement »: each report of a payment, carried by a démarche (PAYMENT_REPORT) whose number it keeps.
CREATE SEQUENCE payment_report_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE payment_report (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    payment_id         BIGINT        NOT NULL REFERENCES payment (id),
    insured_person_id  BIGINT        NOT NULL REFERENCES insured_person (id),
    reason             VARCHAR(20)   NOT NULL,
    report_text        VARCHAR(1000),
    demarche_number    VARCHAR(16)   NOT NULL,
    reported_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX payment_report_payment_ix ON payment_report (payment_id);

-- A thread opened for a démarche says which one in its subject (« D-2026-000123 · Consultation … du 12/03/2026 »).
ALTER TABLE message_thread ADD COLUMN topic VARCHAR(160);
