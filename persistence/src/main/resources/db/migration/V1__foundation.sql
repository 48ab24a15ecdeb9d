-- Foundation schema. Portable SQL: valid on H2 2.x and PostgreSQL 15.
-- Sequences advance by the entities' allocationSize (50); EclipseLink uses the block ending at the value it reads.

CREATE SEQUENCE insured_person_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE beneficiary_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE staff_member_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE outbound_mail_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE insured_person (
    id             BIGINT       NOT NULL PRIMARY KEY,
    version        BIGINT       NOT NULL,
    nir            VARCHAR(13)  NOT NULL,
    family_name    VARCHAR(100) NOT NULL,
    given_names    VARCHAR(100) NOT NULL,
    birth_date     DATE         NOT NULL,
    sex            VARCHAR(6)   NOT NULL,
    address_line1  VARCHAR(38)  NOT NULL,
    address_line2  VARCHAR(38),
    postal_code    VARCHAR(10)  NOT NULL,
    city           VARCHAR(38)  NOT NULL,
    country        VARCHAR(38)  NOT NULL,
    iban           VARCHAR(34),
    vitale_serial  VARCHAR(20),
    email          VARCHAR(254),
    CONSTRAINT insured_person_nir_uk UNIQUE (nir)
);

CREATE TABLE beneficiary (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    insured_person_id  BIGINT       NOT NULL REFERENCES insured_person (id),
    family_name        VARCHAR(100) NOT NULL,
    given_names        VARCHAR(100) NOT NULL,
    birth_date         DATE         NOT NULL
);
CREATE INDEX beneficiary_insured_person_ix ON beneficiary (insured_person_id);

CREATE TABLE account (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    version            BIGINT       NOT NULL,
    insured_person_id  BIGINT       NOT NULL REFERENCES insured_person (id),
    status             VARCHAR(10)  NOT NULL,
    email              VARCHAR(254),
    code_hash          VARCHAR(255),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT account_insured_person_uk UNIQUE (insured_person_id)
);

CREATE TABLE staff_member (
    id             BIGINT       NOT NULL PRIMARY KEY,
    version        BIGINT       NOT NULL,
    username       VARCHAR(64)  NOT NULL,
    display_name   VARCHAR(100) NOT NULL,
    password_hash  VARCHAR(255) NOT NULL,
    roles          VARCHAR(100) NOT NULL,
    enabled        BOOLEAN      NOT NULL,
    CONSTRAINT staff_member_username_uk UNIQUE (username)
);

CREATE TABLE outbound_mail (
    id               BIGINT         NOT NULL PRIMARY KEY,
    recipient        VARCHAR(254)   NOT NULL,
    subject          VARCHAR(200)   NOT NULL,
    text_body        VARCHAR(65536) NOT NULL,
    html_body        VARCHAR(65536),
    status           VARCHAR(10)    NOT NULL,
    attempts         INTEGER        NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_until      TIMESTAMP WITH TIME ZONE,
    sent_at          TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(500)
);
CREATE INDEX outbound_mail_due_ix ON outbound_mail (status, next_attempt_at);
