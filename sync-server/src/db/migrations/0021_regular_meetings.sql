-- 定例会 (regular meeting) records: one per report month. The record is one document — attendees,
-- agenda, decisions, follow-ups — read and saved whole with a version (two editors never overwrite
-- each other), and never queried by its parts, so the lists are JSON arrays validated by
-- shared/src/reports/regular-meeting.ts (every string through safeText) before they are written.
CREATE TABLE regular_meetings (
  month       TEXT PRIMARY KEY,            -- the report month, 'YYYY-MM'
  held_on     TEXT NOT NULL,               -- the meeting's date (Tokyo)
  place       TEXT NOT NULL DEFAULT '',
  attendees   TEXT NOT NULL,               -- JSON [{ name, organisation }]
  agenda      TEXT NOT NULL,               -- JSON [{ source, text }]
  decisions   TEXT NOT NULL,               -- JSON [text]
  follow_ups  TEXT NOT NULL,               -- JSON [{ what, owner, due }]
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT REFERENCES staff (id),
  version     INTEGER NOT NULL
) WITHOUT ROWID;
