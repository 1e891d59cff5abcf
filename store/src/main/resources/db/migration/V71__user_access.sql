-- Operators block users and let accounts expire from the console (issue 8). Either ends the user's sessions too:
-- Login checks both on every request.
ALTER TABLE users
    ADD COLUMN blocked    boolean     NOT NULL DEFAULT false,
    ADD COLUMN expires_at timestamptz;
