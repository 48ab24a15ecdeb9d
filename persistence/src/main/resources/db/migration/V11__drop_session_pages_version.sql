-- The payments page is no longer replayed from a per-session cache: nothing reads a session's pages version.
ALTER TABLE user_session DROP COLUMN pages_version;
