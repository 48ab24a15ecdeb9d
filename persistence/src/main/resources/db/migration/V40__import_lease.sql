-- A payment import's owner (the node column, already there) holds it by a lease: the owner renews it while the job
-- runs; once it has expired (the owner died), any node's recovery takes the import over with a conditional update
-- that only one node can win, and resumes it from its last committed chunk (PaymentImportRecovery).
ALTER TABLE payment_import ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;
