-- Browsers that signed in successfully as a staff member. The device cookie they were given lets the
-- right password through while failures from elsewhere throttle the login ID (see auth/throttle.ts).
-- Only the SHA-256 of the cookie is kept, as for sessions; rows unused for 180 days are dropped.
CREATE TABLE known_devices (
  token_hash TEXT NOT NULL,
  staff_id   TEXT NOT NULL REFERENCES staff (id),
  first_seen TEXT NOT NULL,
  last_seen  TEXT NOT NULL,
  PRIMARY KEY (token_hash, staff_id)
);
CREATE INDEX known_devices_seen ON known_devices (last_seen);
