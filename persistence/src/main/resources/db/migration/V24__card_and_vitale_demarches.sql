-- A European card order and a lost carte Vitale are démarches: each row knows the number that carried it.
ALTER TABLE card_order ADD COLUMN demarche_number VARCHAR(16);
ALTER TABLE vitale_loss ADD COLUMN demarche_number VARCHAR(16);
