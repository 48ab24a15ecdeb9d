-- « Mes avis » of the applications' API lists the letters written to a person, newest first.
CREATE INDEX postal_letter_person_ix ON postal_letter (insured_person_id, created_at);
