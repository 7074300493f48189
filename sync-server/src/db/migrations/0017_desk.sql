-- Emergency closures (臨時休業: snow, a system fault) and the call-back list each one leaves.
-- The closure itself is also written into counter_calendar as a closed day (so no new booking lands
-- on it); this table keeps why and when, and which bookings were on the day when it closed, so the
-- desk can call each caller back. The bookings stay as they are until the caller has been reached.
CREATE TABLE booking_closures (
  id          TEXT PRIMARY KEY,
  date        TEXT NOT NULL UNIQUE,
  reason      TEXT NOT NULL CHECK (reason IN ('snow', 'system', 'other')),
  note        TEXT,
  created_at  TEXT NOT NULL,
  created_by  TEXT NOT NULL REFERENCES staff (id)
) WITHOUT ROWID;

-- One row per booking to call back. outcome: 'pending' until someone calls, then what the last
-- call gave ('reached' / 'not_reached', which may be tried again); attempts counts the calls.
CREATE TABLE booking_callbacks (
  closure_id      TEXT NOT NULL REFERENCES booking_closures (id),
  booking_id      TEXT NOT NULL REFERENCES bookings (id),
  outcome         TEXT NOT NULL DEFAULT 'pending' CHECK (outcome IN ('pending', 'reached', 'not_reached')),
  attempts        INTEGER NOT NULL DEFAULT 0,
  last_called_at  TEXT,
  last_called_by  TEXT REFERENCES staff (id),
  PRIMARY KEY (closure_id, booking_id)
) WITHOUT ROWID;
