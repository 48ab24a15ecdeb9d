-- Documents, beneficiaries with two parents, and European Health Insurance Card orders.

-- A child stays in the table when the register stops listing it (payments and documents refer to it): it is only
-- marked as no longer listed. A child may also be attached to a second insured parent.
ALTER TABLE beneficiary ADD COLUMN listed BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE beneficiary ADD COLUMN second_parent_id BIGINT REFERENCES insured_person (id);
CREATE INDEX beneficiary_second_parent_ix ON beneficiary (second_parent_id);

-- Every PDF the fund issued: what /verifier shows for its code (stored as SHA-256, looked up by it).
CREATE SEQUENCE issued_document_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE issued_document (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    doc_type           VARCHAR(30)  NOT NULL,
    code_hash          VARCHAR(64)  NOT NULL,
    insured_person_id  BIGINT       NOT NULL REFERENCES insured_person (id),
    beneficiary_id     BIGINT       REFERENCES beneficiary (id),
    holder_family_name VARCHAR(100) NOT NULL,
    holder_given_names VARCHAR(100) NOT NULL,
    period_from        DATE         NOT NULL,
    period_to          DATE         NOT NULL,
    issued_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT issued_document_code_uk UNIQUE (code_hash)
);
CREATE INDEX issued_document_person_ix ON issued_document (insured_person_id);

-- One European card per person (the insured person or a beneficiary), ordered from an insured person's account.
CREATE SEQUENCE card_order_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE card_order (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    version            BIGINT       NOT NULL,
    insured_person_id  BIGINT       NOT NULL REFERENCES insured_person (id),
    beneficiary_id     BIGINT       REFERENCES beneficiary (id),
    departure_date     DATE         NOT NULL,
    status             VARCHAR(15)  NOT NULL,
    ordered_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_on            DATE,
    valid_until        DATE
);
CREATE INDEX card_order_person_ix ON card_order (insured_person_id);
CREATE INDEX card_order_beneficiary_ix ON card_order (beneficiary_id);
