-- Payments: reimbursements of care and daily allowances (IJ), as the claims system sends them.
-- Sized for 2·10^7 rows: the pages read one person's newest rows through payment_person_date_ix.

CREATE SEQUENCE payment_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE payment (
    id                         BIGINT        NOT NULL PRIMARY KEY,
    version                    BIGINT        NOT NULL,
    reference                  VARCHAR(40)   NOT NULL,
    insured_person_id          BIGINT        NOT NULL REFERENCES insured_person (id),
    beneficiary_id             BIGINT        REFERENCES beneficiary (id),
    kind                       VARCHAR(16)   NOT NULL,
    care_date                  DATE          NOT NULL,
    act_label                  VARCHAR(100)  NOT NULL,
    practitioner               VARCHAR(100),
    amount_spent               NUMERIC(12,2),
    reimbursement_base         NUMERIC(12,2),
    rate                       SMALLINT,
    amount_paid                NUMERIC(12,2) NOT NULL,
    participation_forfaitaire  NUMERIC(12,2) NOT NULL,
    franchise                  NUMERIC(12,2) NOT NULL,
    status                     VARCHAR(10)   NOT NULL,
    rejection_reason           VARCHAR(200),
    payment_date               DATE,
    paid_to_iban               VARCHAR(34),
    period_from                DATE,
    period_to                  DATE,
    days                       SMALLINT,
    daily_gross                NUMERIC(12,2),
    gross_total                NUMERIC(12,2),
    csg_crds                   NUMERIC(12,2),
    employer                   VARCHAR(100),
    received_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT payment_reference_uk UNIQUE (reference)
);
-- "The newest page of one person's last 27 months": equality on the person, range and order on the date.
CREATE INDEX payment_person_date_ix ON payment (insured_person_id, care_date, id);
CREATE INDEX payment_beneficiary_ix ON payment (beneficiary_id);
