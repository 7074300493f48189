-- The counter calendar's month view is kept as its finished answer, per process, until something it
-- counts changes (sync-server/src/booking/availability.ts, docs/benchmarks.md "bench:booking").
-- booking_writes is raised by every write that can change a slot's booked or held places: a booking
-- written, moved, its status changed or deleted; a hold taken, changed or released (or swept when it
-- expired). Triggers, so every write path and every process raises it in the same transaction as the
-- write; a reader that sees the same number in its snapshot sees the same bookings and holds. The
-- calendar has its own version (counter_calendar.version), and a hold that runs out by time changes
-- no row: the kept answer carries the earliest expiry of the holds it counted and is not used after it.
-- Nothing to backfill: no answer is kept across a restart, so any starting number is correct.
ALTER TABLE booking_setup ADD COLUMN booking_writes INTEGER NOT NULL DEFAULT 0;

CREATE TRIGGER booking_writes_insert AFTER INSERT ON bookings
BEGIN UPDATE booking_setup SET booking_writes = booking_writes + 1 WHERE id = 1; END;
CREATE TRIGGER booking_writes_update AFTER UPDATE OF date, start_min, end_min, status ON bookings
BEGIN UPDATE booking_setup SET booking_writes = booking_writes + 1 WHERE id = 1; END;
CREATE TRIGGER booking_writes_delete AFTER DELETE ON bookings
BEGIN UPDATE booking_setup SET booking_writes = booking_writes + 1 WHERE id = 1; END;

CREATE TRIGGER booking_writes_hold_insert AFTER INSERT ON slot_holds
BEGIN UPDATE booking_setup SET booking_writes = booking_writes + 1 WHERE id = 1; END;
CREATE TRIGGER booking_writes_hold_update AFTER UPDATE ON slot_holds
BEGIN UPDATE booking_setup SET booking_writes = booking_writes + 1 WHERE id = 1; END;
CREATE TRIGGER booking_writes_hold_delete AFTER DELETE ON slot_holds
BEGIN UPDATE booking_setup SET booking_writes = booking_writes + 1 WHERE id = 1; END;
