-- The monthly report (月次報告): call-detail records imported from the telephone service, the mapping
-- of each provider's CSV columns, the supervisor's remarks (所見) per month and the improvement
-- proposals register (改善提案). Instants are UTC ISO strings, like the call log's.

CREATE TABLE cdr_providers (
  provider    TEXT PRIMARY KEY,
  mapping     TEXT NOT NULL,               -- JSON: { line, start, answered, end } → the file's header names
  updated_at  TEXT NOT NULL,
  updated_by  TEXT REFERENCES staff (id)
);

CREATE TABLE cdr_imports (
  id          INTEGER PRIMARY KEY,
  provider    TEXT NOT NULL,
  file_name   TEXT NOT NULL,
  sha256      TEXT NOT NULL,
  rows        INTEGER NOT NULL,            -- valid rows in the file
  added       INTEGER NOT NULL,            -- of them, new calls
  first_at    TEXT,
  last_at     TEXT,
  imported_at TEXT NOT NULL,
  imported_by TEXT REFERENCES staff (id)
);

-- One row per call on the lines. No caller number: the report needs none (docs/reports.md). A line
-- carries one call at a time, so provider + line + start is the call: importing the same or an
-- overlapping file again adds nothing twice.
CREATE TABLE cdr_calls (
  provider    TEXT NOT NULL,
  line        TEXT NOT NULL,
  started_at  TEXT NOT NULL,
  answered_at TEXT,
  ended_at    TEXT NOT NULL,
  import_id   INTEGER NOT NULL REFERENCES cdr_imports (id),
  PRIMARY KEY (provider, line, started_at)
) WITHOUT ROWID;
-- Covering: the report reads a month (and its neighbours) of rows by start without touching the table.
CREATE INDEX cdr_calls_started ON cdr_calls (started_at, line, answered_at, ended_at);

-- The report reads every call of three months (the month, the one before, the same month last year):
-- from this covering index the read is one range scan instead of a table page per call (bench:report).
CREATE INDEX calls_report ON calls (started_at, id, line, ringing_at, answered_at, talk_seconds, outcome, primary_category);

CREATE TABLE report_remarks (
  month       TEXT PRIMARY KEY,            -- '2026-12'
  text        TEXT NOT NULL,
  version     INTEGER NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT REFERENCES staff (id)
);

-- A finalised report is a frozen snapshot: its figures never change when late data arrives. A revised
-- version is a new revision; every revision is kept.
CREATE TABLE report_versions (
  month        TEXT NOT NULL,
  revision     INTEGER NOT NULL,
  data         TEXT NOT NULL,              -- the report as finalised (JSON)
  reason       TEXT NOT NULL DEFAULT '',   -- why a revision was issued
  finalised_at TEXT NOT NULL,
  finalised_by TEXT REFERENCES staff (id),
  PRIMARY KEY (month, revision)
);

CREATE TABLE improvement_proposals (
  id          TEXT PRIMARY KEY,
  title       TEXT NOT NULL,
  content     TEXT NOT NULL,
  proposer    TEXT NOT NULL,
  status      TEXT NOT NULL CHECK (status IN ('proposed', 'discussing', 'in_progress', 'done', 'declined')),
  proposed_on TEXT NOT NULL,
  decided_on  TEXT,
  done_on     TEXT,
  effect      TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT REFERENCES staff (id),
  version     INTEGER NOT NULL
);
CREATE INDEX improvement_proposals_status ON improvement_proposals (status, proposed_on);
