-- Family démarches: a newborn declared from the person's account (with its birth certificate) and a child's second
-- parent waiting for the fund's confirmation.

CREATE SEQUENCE newborn_declaration_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE newborn_declaration (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    insured_person_id    BIGINT        NOT NULL REFERENCES insured_person (id),
    demarche_number      VARCHAR(16),
    state                VARCHAR(10)   NOT NULL,
    family_name          VARCHAR(100)  NOT NULL,
    given_names          VARCHAR(100)  NOT NULL,
    birth_date           DATE          NOT NULL,
    sex                  VARCHAR(6)    NOT NULL,
    other_parent_nir     VARCHAR(15),
    certificate_name     VARCHAR(255)  NOT NULL,
    certificate_type     VARCHAR(40)   NOT NULL,
    certificate_size     BIGINT        NOT NULL,
    certificate_sha256   VARCHAR(64)   NOT NULL,
    certificate          BYTEA         NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT newborn_declaration_number_uk UNIQUE (demarche_number)
);
CREATE INDEX newborn_declaration_person_ix ON newborn_declaration (insured_person_id, state);

-- A second parent who asked to be attached waits for the fund: the démarche that carries the request.
ALTER TABLE beneficiary ADD COLUMN pending_second_parent_id BIGINT REFERENCES insured_person (id);
ALTER TABLE beneficiary ADD COLUMN second_parent_demarche VARCHAR(16);
CREATE INDEX beneficiary_second_parent_demarche_ix ON beneficiary (second_parent_demarche);
