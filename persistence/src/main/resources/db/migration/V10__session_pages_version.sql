-- A counter per open session that every change to what the person's pages show moves on (a payment, the register,
-- an adviser's reply, a reply read): the session's rendered payments page is served again only while it is unchanged.
ALTER TABLE user_session ADD COLUMN pages_version BIGINT DEFAULT 0 NOT NULL;
