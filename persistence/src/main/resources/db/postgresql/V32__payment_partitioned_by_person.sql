-- PostgreSQL only (MigrationLocations: H2, single-node, keeps the plain table): the payments table hash-partitioned
-- by insured person, because every page reads one person's newest payments (person, then date), never a month of
-- everybody's; at fund scale (2·10^9 rows, docs/capacity.md) each of the 32 partitions holds about 6·10^7 rows and
-- its own, smaller indexes, and a person's query touches one partition (EXPLAIN in docs/capacity.md).
-- A partitioned table's primary key and unique constraints must include the partition key: the primary key becomes
-- (id, insured_person_id) — id stays unique by its sequence, and EclipseLink still finds a payment by id —, and the
-- reference is unique per person; that a reference never names two people stays the import's check (PaymentChecker:
-- a stored reference of another person is rejected). payment_report, which names both the payment and the person,
-- refers to the pair.

ALTER TABLE payment_report DROP CONSTRAINT payment_report_payment_id_fkey;

CREATE TABLE payment_by_person (LIKE payment INCLUDING DEFAULTS) PARTITION BY HASH (insured_person_id);
DO $$
BEGIN
    FOR i IN 0..31 LOOP
        EXECUTE format('CREATE TABLE payment_p%s PARTITION OF payment_by_person FOR VALUES WITH (MODULUS 32, REMAINDER %s)',
                       lpad(i::text, 2, '0'), i);
    END LOOP;
END
$$;
INSERT INTO payment_by_person SELECT * FROM payment;
DROP TABLE payment;
ALTER TABLE payment_by_person RENAME TO payment;

ALTER TABLE payment ADD CONSTRAINT payment_pkey PRIMARY KEY (id, insured_person_id);
ALTER TABLE payment ADD CONSTRAINT payment_reference_uk UNIQUE (reference, insured_person_id);
ALTER TABLE payment ADD CONSTRAINT payment_insured_person_id_fkey FOREIGN KEY (insured_person_id) REFERENCES insured_person (id);
ALTER TABLE payment ADD CONSTRAINT payment_beneficiary_id_fkey FOREIGN KEY (beneficiary_id) REFERENCES beneficiary (id);
CREATE INDEX payment_person_date_ix ON payment (insured_person_id, care_date, id);
CREATE INDEX payment_beneficiary_ix ON payment (beneficiary_id);

ALTER TABLE payment_report ADD CONSTRAINT payment_report_payment_id_fkey
    FOREIGN KEY (payment_id, insured_person_id) REFERENCES payment (id, insured_person_id);
