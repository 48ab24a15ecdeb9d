-- insured_person.sex held the enum's ordinal ('0' male, '1' female); it now holds its name, which reads in SQL
-- and compares with a parameter on PostgreSQL (a VARCHAR column is not compared with an integer there).
UPDATE insured_person SET sex = 'MALE' WHERE sex = '0';
UPDATE insured_person SET sex = 'FEMALE' WHERE sex = '1';
