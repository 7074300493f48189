-- What the capacity check reads on every booking, kept by the database itself so every process
-- (and every code path) sees the same numbers inside its write transaction.
--
-- types_version: raised on any change to booking_types, so a process can keep the parsed type
-- lengths until it changes (the calendar has its own version on counter_calendar).
-- longest_minutes: the longest interval any booking has ever occupied. A booking overlapping
-- [from, to) must start after from - longest_minutes, so the check reads a few slots' worth of
-- the place index instead of the whole morning. It only grows; a trigger keeps it, so no writer can
-- forget to.
CREATE TABLE booking_setup (
  id               INTEGER PRIMARY KEY CHECK (id = 1),
  types_version    INTEGER NOT NULL,
  longest_minutes  INTEGER NOT NULL
);
INSERT INTO booking_setup (id, types_version, longest_minutes)
  VALUES (1, 1, coalesce((SELECT max(end_min - start_min) FROM bookings), 0));

CREATE TRIGGER booking_types_changed_insert AFTER INSERT ON booking_types
BEGIN UPDATE booking_setup SET types_version = types_version + 1 WHERE id = 1; END;
CREATE TRIGGER booking_types_changed_update AFTER UPDATE ON booking_types
BEGIN UPDATE booking_setup SET types_version = types_version + 1 WHERE id = 1; END;
CREATE TRIGGER booking_types_changed_delete AFTER DELETE ON booking_types
BEGIN UPDATE booking_setup SET types_version = types_version + 1 WHERE id = 1; END;

CREATE TRIGGER bookings_longest_insert AFTER INSERT ON bookings
WHEN NEW.end_min - NEW.start_min > (SELECT longest_minutes FROM booking_setup WHERE id = 1)
BEGIN UPDATE booking_setup SET longest_minutes = NEW.end_min - NEW.start_min WHERE id = 1; END;
CREATE TRIGGER bookings_longest_update AFTER UPDATE OF start_min, end_min ON bookings
WHEN NEW.end_min - NEW.start_min > (SELECT longest_minutes FROM booking_setup WHERE id = 1)
BEGIN UPDATE booking_setup SET longest_minutes = NEW.end_min - NEW.start_min WHERE id = 1; END;
