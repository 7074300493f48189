-- Issuance bookings (交付予約): the calendar, the booking types, holds, bookings and their events.

-- The counter calendar is one document (periods, date exceptions, booking rules) validated by the
-- shared schema; one row with a version, so an edit names the version it was made against.
CREATE TABLE counter_calendar (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  config      TEXT NOT NULL,
  version     INTEGER NOT NULL,
  updated_at  TEXT,
  updated_by  TEXT REFERENCES staff (id)
);

-- Kinds of visit; seeded from shared/ defaults at start when missing, then edited by supervisors.
CREATE TABLE booking_types (
  code            TEXT PRIMARY KEY,
  label_ja        TEXT NOT NULL,
  label_en        TEXT NOT NULL,
  slots           INTEGER NOT NULL CHECK (slots BETWEEN 1 AND 8),
  items           TEXT NOT NULL,
  items_for_proxy TEXT NOT NULL,
  sort            INTEGER NOT NULL,
  updated_at      TEXT,
  updated_by      TEXT REFERENCES staff (id)
);

-- One row per person. start_min/end_min (minutes after midnight, Tokyo) are the interval the
-- person occupies; capacity is counted by overlap, so a later change of slot length cannot
-- misplace an existing booking.
CREATE TABLE bookings (
  id          TEXT PRIMARY KEY,
  ref         TEXT NOT NULL UNIQUE,
  group_id    TEXT NOT NULL,
  type        TEXT NOT NULL REFERENCES booking_types (code),
  date        TEXT NOT NULL,
  start_min   INTEGER NOT NULL,
  end_min     INTEGER NOT NULL CHECK (end_min > start_min),
  status      TEXT NOT NULL CHECK (status IN ('booked', 'cancelled', 'attended', 'no_show')),
  name        TEXT NOT NULL,
  name_key    TEXT NOT NULL,
  kana        TEXT NOT NULL,
  kana_key    TEXT NOT NULL,
  birth_date  TEXT NOT NULL,
  phone       TEXT NOT NULL,
  proxy       INTEGER NOT NULL CHECK (proxy IN (0, 1)),
  channel     TEXT NOT NULL CHECK (channel IN ('phone', 'web', 'counter')),
  created_by  TEXT REFERENCES staff (id),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  version     INTEGER NOT NULL
);
-- The capacity check reads live bookings of one date; the partial index holds only those.
CREATE INDEX bookings_live_date ON bookings (date, start_min) WHERE status IN ('booked', 'attended');
CREATE INDEX bookings_date ON bookings (date, start_min);
CREATE INDEX bookings_group ON bookings (group_id);
CREATE INDEX bookings_phone ON bookings (phone);
CREATE INDEX bookings_kana ON bookings (kana_key);
CREATE INDEX bookings_birth ON bookings (birth_date);

-- Every change, with who and when. `detail` is JSON of technical facts (dates, times, reason).
CREATE TABLE booking_events (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  booking_id  TEXT NOT NULL REFERENCES bookings (id),
  at          TEXT NOT NULL,
  actor_id    TEXT REFERENCES staff (id),
  action      TEXT NOT NULL CHECK (action IN ('created', 'moved', 'cancelled', 'attended', 'no_show', 'updated')),
  version     INTEGER NOT NULL,
  detail      TEXT
);
CREATE INDEX booking_events_booking ON booking_events (booking_id, id);
CREATE TRIGGER booking_events_no_update BEFORE UPDATE ON booking_events
BEGIN SELECT RAISE(ABORT, 'booking_events is append-only'); END;

-- 仮押さえ: places held while the operator reads a slot to the caller. A hold counts against
-- capacity until expires_at (ISO-8601 UTC, so text order is time order).
CREATE TABLE slot_holds (
  id          TEXT PRIMARY KEY,
  type        TEXT NOT NULL,
  date        TEXT NOT NULL,
  start_min   INTEGER NOT NULL,
  end_min     INTEGER NOT NULL,
  people      INTEGER NOT NULL CHECK (people >= 1),
  staff_id    TEXT NOT NULL REFERENCES staff (id),
  created_at  TEXT NOT NULL,
  expires_at  TEXT NOT NULL
);
CREATE INDEX slot_holds_date ON slot_holds (date, expires_at);
CREATE INDEX slot_holds_expiry ON slot_holds (expires_at);

-- A create request carries a key made by the client; the same key with the same body answers with
-- the stored response, a different body is refused. Keys are per staff member.
CREATE TABLE idempotency_keys (
  staff_id      TEXT NOT NULL REFERENCES staff (id),
  key           TEXT NOT NULL,
  request_hash  TEXT NOT NULL,
  status        INTEGER NOT NULL,
  response      TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  PRIMARY KEY (staff_id, key)
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);
