-- « Un proche m'aide »: a person (the mandator) lets another insured person (the helper) act for them in some parts
-- of their space until an end date (at most a year). Never deleted: an ended mandate says when and by whom.
CREATE SEQUENCE mandate_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE mandate (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    version              BIGINT        DEFAULT 0 NOT NULL,
    mandator_account_id  BIGINT        NOT NULL REFERENCES account (id),
    helper_account_id    BIGINT        NOT NULL REFERENCES account (id),
    payments             BOOLEAN       NOT NULL,
    documents            BOOLEAN       NOT NULL,
    messaging            BOOLEAN       NOT NULL,
    demarches            BOOLEAN       NOT NULL,
    signed_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    -- The first instant it no longer holds (the day after its last day, at midnight in Paris).
    ends_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at             TIMESTAMP WITH TIME ZONE,
    end_reason           VARCHAR(10),
    CONSTRAINT mandate_not_to_oneself CHECK (mandator_account_id <> helper_account_id)
);
CREATE INDEX mandate_mandator_ix ON mandate (mandator_account_id, ended_at);
CREATE INDEX mandate_helper_ix ON mandate (helper_account_id, ended_at);
CREATE INDEX mandate_due_ix ON mandate (ended_at, ends_at);

-- A line of the mandator's activity written while a helper acted: « Paul AIDANT pour Marie DUPONT ».
ALTER TABLE account_activity ADD COLUMN on_behalf VARCHAR(300);
