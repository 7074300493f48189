-- The status import writes 100,000 applications in seconds (bench:import, docs/status.md). Two of the
-- B-trees each imported row touched were redundant:
-- 1. status_applications was a rowid table with a separate unique index on form_id, the key every
--    import and lookup uses. Keyed by form_id WITHOUT ROWID, the row lives in that key's B-tree.
-- 2. status_history held the current status too, so every new application wrote a history row that
--    repeats its own columns. It now holds the statuses an application was reported in other than
--    the current one; the lookup shows both (queries.ts toApplication), so the history reads as before.

CREATE TABLE status_applications_keyed (
  id             TEXT NOT NULL UNIQUE,        -- a UUID: what a call links to
  form_id        TEXT NOT NULL PRIMARY KEY,   -- the 23-digit 申請書ID
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
) WITHOUT ROWID;

INSERT INTO status_applications_keyed
  SELECT id, form_id, status, status_date, applied_on, method, name_kana, kana_key, birth_date, notice_sent_on,
    import_id, imported_at
  FROM status_applications;
DROP TABLE status_applications;
ALTER TABLE status_applications_keyed RENAME TO status_applications;
CREATE INDEX status_applications_person ON status_applications (kana_key, birth_date)
  WHERE kana_key IS NOT NULL;

DELETE FROM status_history
WHERE EXISTS (
  SELECT 1 FROM status_applications a
  WHERE a.form_id = status_history.form_id AND a.status = status_history.status
    AND a.status_date = status_history.status_date
);
