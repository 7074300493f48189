-- What each tablet last reported holding unsent (ids and counts, nothing personal), and what it
-- reported lost (unsent work its browser destroyed). One row per device; `lost` stays until a newer
-- loss replaces it, so the office sees it even after the tablet reports a clean outbox again.
CREATE TABLE device_inventory (
  device_id      TEXT PRIMARY KEY,
  staff_id       TEXT REFERENCES staff (id),
  reported_at    TEXT NOT NULL,
  device_at      TEXT NOT NULL,
  unsent_records INTEGER NOT NULL,
  unsent_photos  INTEGER NOT NULL,
  items          TEXT NOT NULL,
  lost           TEXT,
  lost_at        TEXT
);

-- The staff members known to use each tablet: the accounts that synced from it and the staff its
-- roster names (those with their own PIN there). A device audit row may name only one of them as
-- the person at the tablet (actedBy).
CREATE TABLE device_staff (
  device_id  TEXT NOT NULL,
  staff_id   TEXT NOT NULL REFERENCES staff (id),
  first_seen TEXT NOT NULL,
  PRIMARY KEY (device_id, staff_id)
);
