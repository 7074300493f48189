-- The monthly report without re-reading every call (docs/reports.md, "How the report stays fast").
-- Three things, each kept by the writes themselves (triggers, so every write path, seeds and imports
-- included, keeps them in the same transaction):
--   1. report_days: what each Tokyo day's reconciled calls add to the month's figures, computed on
--      the first read of the day and dropped by any write that could change it;
--   2. report_booking_days: the booking events per day, action and channel, counted as they are written;
--   3. the call's start copied onto its complaint and escalation, so a month's are one index range.

-- A kept day is exactly what the month's reconciliation gives for it (shared/src/reports/tally.ts).
-- It depends on the calls and call-detail rows starting within 2 hours of the day, so a write of a
-- row starting within 3 hours drops it; it is recomputed from those rows on the next read. A day not
-- held is simply computed then: an empty table is correct, so there is nothing to backfill.
CREATE TABLE report_days (
  day       TEXT PRIMARY KEY,        -- Tokyo date, '2026-12-01'
  cdr_mode  INTEGER NOT NULL,        -- 1: computed with the call details (its month has some); 0: the log alone
  cdr_rows  INTEGER NOT NULL,        -- call-detail rows that started this day
  tally     TEXT NOT NULL            -- JSON DayTally
) WITHOUT ROWID;

-- A hand call is matched by its answer: the rare call whose answer is not its start (a corrected or
-- repeated answer event) can pair with rows far from its start. This index holds only those, so the
-- report can look for them next to a day, and the triggers below drop the days near their answer too.
CREATE INDEX calls_answer_apart ON calls (answered_at, started_at)
  WHERE ringing_at IS NULL AND answered_at <> started_at;

-- Tokyo is UTC+9: the Tokyo days from 3 hours before to 3 hours after an instant are the UTC dates
-- of the instant +6 h and +12 h (4 hours, +5 h to +13 h, around an answer apart from its start).
CREATE TRIGGER report_days_call_insert AFTER INSERT ON calls BEGIN
  DELETE FROM report_days WHERE day BETWEEN date(NEW.started_at, '+6 hours') AND date(NEW.started_at, '+12 hours');
END;
CREATE TRIGGER report_days_call_insert_apart AFTER INSERT ON calls
WHEN NEW.ringing_at IS NULL AND NEW.answered_at <> NEW.started_at BEGIN
  DELETE FROM report_days WHERE day BETWEEN date(NEW.answered_at, '+5 hours') AND date(NEW.answered_at, '+13 hours');
END;
CREATE TRIGGER report_days_call_update
AFTER UPDATE OF started_at, ringing_at, answered_at, talk_seconds, outcome, primary_category, line ON calls BEGIN
  DELETE FROM report_days WHERE day BETWEEN date(NEW.started_at, '+6 hours') AND date(NEW.started_at, '+12 hours');
END;
CREATE TRIGGER report_days_call_update_apart
AFTER UPDATE OF started_at, ringing_at, answered_at, talk_seconds, outcome, primary_category, line ON calls
WHEN (NEW.ringing_at IS NULL AND NEW.answered_at <> NEW.started_at)
  OR (OLD.ringing_at IS NULL AND OLD.answered_at <> OLD.started_at) BEGIN
  DELETE FROM report_days WHERE day BETWEEN date(NEW.answered_at, '+5 hours') AND date(NEW.answered_at, '+13 hours');
  DELETE FROM report_days WHERE day BETWEEN date(OLD.answered_at, '+5 hours') AND date(OLD.answered_at, '+13 hours');
END;
CREATE TRIGGER report_days_call_moved AFTER UPDATE OF started_at ON calls
WHEN OLD.started_at IS NOT NEW.started_at BEGIN
  DELETE FROM report_days WHERE day BETWEEN date(OLD.started_at, '+6 hours') AND date(OLD.started_at, '+12 hours');
  UPDATE complaints SET call_started_at = NEW.started_at WHERE call_id = NEW.id;
  UPDATE escalations SET call_started_at = NEW.started_at WHERE call_id = NEW.id;
END;
CREATE TRIGGER report_days_call_delete AFTER DELETE ON calls BEGIN
  DELETE FROM report_days WHERE day BETWEEN date(OLD.started_at, '+6 hours') AND date(OLD.started_at, '+12 hours');
  DELETE FROM report_days WHERE OLD.ringing_at IS NULL AND OLD.answered_at <> OLD.started_at
    AND day BETWEEN date(OLD.answered_at, '+5 hours') AND date(OLD.answered_at, '+13 hours');
END;

-- A category counts in the day of its call (or of the call-detail row it matched, within the hour).
CREATE TRIGGER report_days_category_insert AFTER INSERT ON call_categories BEGIN
  DELETE FROM report_days WHERE day BETWEEN
    (SELECT date(coalesce(CASE WHEN ringing_at IS NULL AND answered_at < started_at THEN answered_at END, started_at), '+5 hours') FROM calls WHERE id = NEW.call_id)
    AND (SELECT date(coalesce(CASE WHEN ringing_at IS NULL AND answered_at > started_at THEN answered_at END, started_at), '+13 hours') FROM calls WHERE id = NEW.call_id);
END;
CREATE TRIGGER report_days_category_delete AFTER DELETE ON call_categories BEGIN
  DELETE FROM report_days WHERE day BETWEEN
    (SELECT date(coalesce(CASE WHEN ringing_at IS NULL AND answered_at < started_at THEN answered_at END, started_at), '+5 hours') FROM calls WHERE id = OLD.call_id)
    AND (SELECT date(coalesce(CASE WHEN ringing_at IS NULL AND answered_at > started_at THEN answered_at END, started_at), '+13 hours') FROM calls WHERE id = OLD.call_id);
END;
CREATE TRIGGER report_days_category_update AFTER UPDATE ON call_categories BEGIN
  DELETE FROM report_days WHERE day BETWEEN
    (SELECT date(coalesce(CASE WHEN ringing_at IS NULL AND answered_at < started_at THEN answered_at END, started_at), '+5 hours') FROM calls WHERE id = NEW.call_id)
    AND (SELECT date(coalesce(CASE WHEN ringing_at IS NULL AND answered_at > started_at THEN answered_at END, started_at), '+13 hours') FROM calls WHERE id = NEW.call_id);
  DELETE FROM report_days WHERE day BETWEEN
    (SELECT date(coalesce(CASE WHEN ringing_at IS NULL AND answered_at < started_at THEN answered_at END, started_at), '+5 hours') FROM calls WHERE id = OLD.call_id)
    AND (SELECT date(coalesce(CASE WHEN ringing_at IS NULL AND answered_at > started_at THEN answered_at END, started_at), '+13 hours') FROM calls WHERE id = OLD.call_id);
END;

CREATE TRIGGER report_days_cdr_insert AFTER INSERT ON cdr_calls BEGIN
  DELETE FROM report_days WHERE day BETWEEN date(NEW.started_at, '+6 hours') AND date(NEW.started_at, '+12 hours');
END;
CREATE TRIGGER report_days_cdr_update AFTER UPDATE ON cdr_calls BEGIN
  DELETE FROM report_days WHERE day BETWEEN date(NEW.started_at, '+6 hours') AND date(NEW.started_at, '+12 hours');
  DELETE FROM report_days WHERE day BETWEEN date(OLD.started_at, '+6 hours') AND date(OLD.started_at, '+12 hours');
END;
CREATE TRIGGER report_days_cdr_delete AFTER DELETE ON cdr_calls BEGIN
  DELETE FROM report_days WHERE day BETWEEN date(OLD.started_at, '+6 hours') AND date(OLD.started_at, '+12 hours');
END;

-- Booking events per Tokyo day, action and the booking's channel: the report's booking table reads a
-- month of these (at most 31 × 6 × 3 rows) instead of the month's events joined to their bookings.
CREATE TABLE report_booking_days (
  day      TEXT NOT NULL,
  action   TEXT NOT NULL,
  channel  TEXT NOT NULL,
  events   INTEGER NOT NULL,
  PRIMARY KEY (day, action, channel)
) WITHOUT ROWID;
INSERT INTO report_booking_days (day, action, channel, events)
  SELECT coalesce(date(e.at, '+9 hours'), ''), e.action, b.channel, count(*)
  FROM booking_events e JOIN bookings b ON b.id = e.booking_id
  GROUP BY 1, 2, 3;
-- (booking_events is append-only, and no write changes a booking's channel; the last two triggers
-- keep the counts exact should that ever change.)
CREATE TRIGGER report_booking_days_event AFTER INSERT ON booking_events BEGIN
  INSERT INTO report_booking_days (day, action, channel, events)
    SELECT coalesce(date(NEW.at, '+9 hours'), ''), NEW.action, b.channel, 1 FROM bookings b WHERE b.id = NEW.booking_id
    ON CONFLICT (day, action, channel) DO UPDATE SET events = events + 1;
END;
CREATE TRIGGER report_booking_days_event_delete AFTER DELETE ON booking_events BEGIN
  UPDATE report_booking_days SET events = events - 1
  WHERE day = coalesce(date(OLD.at, '+9 hours'), '') AND action = OLD.action
    AND channel = (SELECT channel FROM bookings WHERE id = OLD.booking_id);
END;
CREATE TRIGGER report_booking_days_channel AFTER UPDATE OF channel ON bookings
WHEN OLD.channel IS NOT NEW.channel BEGIN
  UPDATE report_booking_days SET events = events - (
    SELECT count(*) FROM booking_events e WHERE e.booking_id = NEW.id
      AND coalesce(date(e.at, '+9 hours'), '') = report_booking_days.day AND e.action = report_booking_days.action)
  WHERE channel = OLD.channel;
  INSERT INTO report_booking_days (day, action, channel, events)
    SELECT coalesce(date(e.at, '+9 hours'), ''), e.action, NEW.channel, count(*) FROM booking_events e
    WHERE e.booking_id = NEW.id GROUP BY 1, 2
    ON CONFLICT (day, action, channel) DO UPDATE SET events = events + excluded.events;
END;

-- A complaint or escalation counts in the month its call started: with the start beside it, a month's
-- are one index range instead of every call of the month probed for one.
ALTER TABLE complaints ADD COLUMN call_started_at TEXT;
UPDATE complaints SET call_started_at = (SELECT started_at FROM calls WHERE calls.id = complaints.call_id);
CREATE INDEX complaints_call_started ON complaints (call_started_at, id);
CREATE TRIGGER complaints_call_started AFTER INSERT ON complaints BEGIN
  UPDATE complaints SET call_started_at = (SELECT started_at FROM calls WHERE id = NEW.call_id) WHERE id = NEW.id;
END;
CREATE TRIGGER complaints_call_moved AFTER UPDATE OF call_id ON complaints BEGIN
  UPDATE complaints SET call_started_at = (SELECT started_at FROM calls WHERE id = NEW.call_id) WHERE id = NEW.id;
END;

ALTER TABLE escalations ADD COLUMN call_started_at TEXT;
UPDATE escalations SET call_started_at = (SELECT started_at FROM calls WHERE calls.id = escalations.call_id);
-- Covering: the report reads exactly these columns of a month's escalations.
CREATE INDEX escalations_call_started ON escalations (call_started_at, department, raised_at, answered_at, due_date);
CREATE TRIGGER escalations_call_started AFTER INSERT ON escalations BEGIN
  UPDATE escalations SET call_started_at = (SELECT started_at FROM calls WHERE id = NEW.call_id) WHERE id = NEW.id;
END;
CREATE TRIGGER escalations_call_moved AFTER UPDATE OF call_id ON escalations BEGIN
  UPDATE escalations SET call_started_at = (SELECT started_at FROM calls WHERE id = NEW.call_id) WHERE id = NEW.id;
END;
