-- Rights as the register states them, for each person and beneficiary (the attestation de droits prints them).
ALTER TABLE insured_person ADD COLUMN rights_regime VARCHAR(40);
ALTER TABLE insured_person ADD COLUMN rights_fund_code VARCHAR(10);
ALTER TABLE insured_person ADD COLUMN rights_fund_name VARCHAR(100);
ALTER TABLE insured_person ADD COLUMN rights_start DATE;
ALTER TABLE insured_person ADD COLUMN rights_end DATE;
ALTER TABLE insured_person ADD COLUMN rights_doctor VARCHAR(100);
ALTER TABLE beneficiary ADD COLUMN rights_regime VARCHAR(40);
ALTER TABLE beneficiary ADD COLUMN rights_fund_code VARCHAR(10);
ALTER TABLE beneficiary ADD COLUMN rights_fund_name VARCHAR(100);
ALTER TABLE beneficiary ADD COLUMN rights_start DATE;
ALTER TABLE beneficiary ADD COLUMN rights_end DATE;
ALTER TABLE beneficiary ADD COLUMN rights_doctor VARCHAR(100);
-- An attestation of open-ended rights has no end.
ALTER TABLE issued_document ALTER COLUMN period_to DROP NOT NULL;
