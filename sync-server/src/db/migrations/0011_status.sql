-- Application status (申請状況): the city's status file imported, looked up by 申請書ID during a call.
-- Dates are Tokyo calendar dates (YYYY-MM-DD); instants are UTC ISO strings. See docs/status.md.

-- How each source's file names its columns and its status words (JSON of shared SourceMapping).
CREATE TABLE status_sources (
  name        TEXT PRIMARY KEY,
  mapping     TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT REFERENCES staff (id)
);

-- The labels and caller texts of each status, as the city configured them (JSON of StatusLabelList);
-- no row: the defaults in shared/src/status/labels.ts.
CREATE TABLE status_settings (
  key         TEXT PRIMARY KEY,
  value       TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT REFERENCES staff (id)
);

CREATE TABLE status_imports (
  id          TEXT PRIMARY KEY,
  source      TEXT NOT NULL,
  encoding    TEXT NOT NULL,
  sha256      TEXT NOT NULL,
  rows        INTEGER NOT NULL,
  added       INTEGER NOT NULL,
  changed     INTEGER NOT NULL,
  at          TEXT NOT NULL,
  by_id       TEXT REFERENCES staff (id)
);
CREATE INDEX status_imports_at ON status_imports (at);

-- One row per application, as the latest file said. The optional columns are personal data: read
-- only through the audited lookup, never logged.
CREATE TABLE status_applications (
  id             TEXT PRIMARY KEY,            -- a UUID: what a call links to
  form_id        TEXT NOT NULL UNIQUE,        -- the 23-digit 申請書ID
  status         TEXT NOT NULL CHECK (status IN
                   ('received', 'reviewing', 'producing', 'sent_to_city', 'notice_sent', 'issued', 'returned')),
  status_date    TEXT NOT NULL,
  applied_on     TEXT,
  method         TEXT,
  name_kana      TEXT,
  kana_key       TEXT,                        -- katakana without spaces, for the lookup by kana
  birth_date     TEXT,
  notice_sent_on TEXT,
  import_id      TEXT NOT NULL REFERENCES status_imports (id),
  imported_at    TEXT NOT NULL
);
CREATE INDEX status_applications_person ON status_applications (kana_key, birth_date)
  WHERE kana_key IS NOT NULL;

-- Every status an application was reported in, once each: the same file twice adds nothing.
CREATE TABLE status_history (
  form_id      TEXT NOT NULL,
  status       TEXT NOT NULL,
  status_date  TEXT NOT NULL,
  import_id    TEXT NOT NULL REFERENCES status_imports (id),
  PRIMARY KEY (form_id, status_date, status)
) WITHOUT ROWID;
