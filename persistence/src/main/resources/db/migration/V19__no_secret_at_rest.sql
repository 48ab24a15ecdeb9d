-- Issue 15, "no secret at rest in clear": a sent (or given up) mail keeps its metadata, not its bodies, which may
-- hold a link or a one-time code; a printed letter no longer keeps the provisional code it carried.
ALTER TABLE outbound_mail ALTER COLUMN text_body DROP NOT NULL;
UPDATE outbound_mail SET text_body = NULL, html_body = NULL WHERE status IN ('SENT', 'FAILED');
UPDATE postal_letter SET secret = NULL WHERE printed_at IS NOT NULL;
