-- Records staff deleted on a tablet (a visitor or a note entered by mistake). The record itself, and
-- with an intake its notes and photos (bytes included), are deleted from their tables; what stays
-- here is ids only, nothing personal, so a late or repeated delivery of the record, or a chunk of
-- one of its photos, can never bring it back.
CREATE TABLE sync_tombstones (
  record_id  TEXT PRIMARY KEY,
  entity     TEXT NOT NULL,
  session_id TEXT NOT NULL,
  -- The deletion that caused this one (an intake's id for its notes and photos), else NULL.
  deleted_with TEXT,
  version    INTEGER NOT NULL,
  device_id  TEXT NOT NULL,
  deleted_at TEXT NOT NULL
);
