-- A new IBAN or postal address given online waits for the fund (its démarche) beside the register's own.
ALTER TABLE insured_person ADD COLUMN pending_iban VARCHAR(34);
ALTER TABLE insured_person ADD COLUMN pending_iban_holder VARCHAR(70);
ALTER TABLE insured_person ADD COLUMN pending_address_line1 VARCHAR(38);
ALTER TABLE insured_person ADD COLUMN pending_address_line2 VARCHAR(38);
ALTER TABLE insured_person ADD COLUMN pending_postal_code VARCHAR(10);
ALTER TABLE insured_person ADD COLUMN pending_city VARCHAR(38);
ALTER TABLE insured_person ADD COLUMN pending_country VARCHAR(38);
