-- The old « M'avertir des nouveaux paiements / documents » checkboxes (V6) become notice preferences: whoever had
-- unticked one, and has not chosen for that kind since, gets that kind by letter only (never e-mail again). The
-- ticked ones are the default of the kind (no row). Each row takes a whole block of the sequence (the id is the
-- block's last value), so EclipseLink's next allocation of 50 never meets it. Then the columns go.
INSERT INTO notice_preference (id, insured_person_id, kind, by_email, by_letter)
SELECT nextval('notice_preference_seq'), p.id, 'PAYMENT', FALSE, TRUE
FROM insured_person p
WHERE p.notify_payments = FALSE
  AND NOT EXISTS (SELECT 1 FROM notice_preference n WHERE n.insured_person_id = p.id AND n.kind = 'PAYMENT');

INSERT INTO notice_preference (id, insured_person_id, kind, by_email, by_letter)
SELECT nextval('notice_preference_seq'), p.id, 'DOCUMENT', FALSE, TRUE
FROM insured_person p
WHERE p.notify_documents = FALSE
  AND NOT EXISTS (SELECT 1 FROM notice_preference n WHERE n.insured_person_id = p.id AND n.kind = 'DOCUMENT');

ALTER TABLE insured_person DROP COLUMN notify_payments;
ALTER TABLE insured_person DROP COLUMN notify_documents;
