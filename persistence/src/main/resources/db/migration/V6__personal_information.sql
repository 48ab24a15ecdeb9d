-- Personal information: phone, notification preferences, bank account holder, FranceConnect link, e-mail change
-- links, the history of every change, carte Vitale loss declarations.

ALTER TABLE insured_person ADD COLUMN phone VARCHAR(16);
ALTER TABLE insured_person ADD COLUMN notify_payments BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE insured_person ADD COLUMN notify_documents BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE insured_person ADD COLUMN iban_holder VARCHAR(70);

ALTER TABLE account ADD COLUMN franceconnect_sub VARCHAR(255);
CREATE UNIQUE INDEX account_franceconnect_sub_uk ON account (franceconnect_sub);

-- The new address an e-mail change link confirms.
ALTER TABLE one_time_code ADD COLUMN payload VARCHAR(254);

CREATE SEQUENCE profile_change_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE vitale_loss_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE profile_change (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    insured_person_id  BIGINT       NOT NULL REFERENCES insured_person (id),
    field              VARCHAR(20)  NOT NULL,
    old_value          VARCHAR(300),
    new_value          VARCHAR(300),
    changed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    channel            VARCHAR(20)  NOT NULL
);
CREATE INDEX profile_change_person_ix ON profile_change (insured_person_id, changed_at);

CREATE TABLE vitale_loss (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    insured_person_id  BIGINT       NOT NULL REFERENCES insured_person (id),
    reference          VARCHAR(20)  NOT NULL,
    kind               VARCHAR(6)   NOT NULL,
    occurred_on        DATE         NOT NULL,
    circumstances      VARCHAR(500) NOT NULL,
    declared_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT vitale_loss_reference_uk UNIQUE (reference)
);
CREATE INDEX vitale_loss_person_ix ON vitale_loss (insured_person_id);
