-- 007_revoked_session: session ids ended by logout, so a copied session cookie stays dead across restarts
-- and in every server process. Rows are useless once the token would have expired; logout prunes those.

CREATE TABLE revoked_session (
  id         TEXT PRIMARY KEY,        -- the session token's jti (random UUID)
  expires_at TIMESTAMPTZ NOT NULL     -- the token's exp
);

CREATE INDEX revoked_session_expires_at ON revoked_session (expires_at);
