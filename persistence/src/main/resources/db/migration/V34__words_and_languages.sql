-- « Consultations de mon dossier » says which thread or document an adviser opened: the thread (its subject is read
-- at display) and, for a document, its file name as the person named it. Older lines keep both empty.
ALTER TABLE access_log ADD COLUMN thread_id BIGINT;
ALTER TABLE access_log ADD COLUMN document_name VARCHAR(255);
CREATE INDEX access_log_thread_ix ON access_log (thread_id, staff_username, logged_at);

-- The language an insured person chose with the switch ('en'; NULL for French): their e-mails are written in it.
ALTER TABLE account ADD COLUMN mail_language VARCHAR(2);
