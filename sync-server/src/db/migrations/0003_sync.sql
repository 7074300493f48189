-- Sync: the outreach records tablets push, the mutations already applied (idempotency), face photos
-- (chunks as they arrive; verified by hash, they are the stored JPEG), and the reference data tablets pull.

-- Each record table keeps the newest version the server has seen, the whole record as JSON (the
-- shared schema is the contract; columns are only what the review screen filters and joins on),
-- and which device sent it.
CREATE TABLE outreach_sessions (
  id          TEXT PRIMARY KEY,
  site_id     TEXT NOT NULL,
  date        TEXT NOT NULL,
  version     INTEGER NOT NULL,
  data        TEXT NOT NULL,
  device_id   TEXT NOT NULL,
  received_at TEXT NOT NULL
);
CREATE INDEX outreach_sessions_date ON outreach_sessions (date);

CREATE TABLE intakes (
  id          TEXT PRIMARY KEY,
  session_id  TEXT NOT NULL,
  visitor_no  INTEGER NOT NULL,
  version     INTEGER NOT NULL,
  data        TEXT NOT NULL,
  device_id   TEXT NOT NULL,
  received_at TEXT NOT NULL
);
CREATE INDEX intakes_session ON intakes (session_id);

CREATE TABLE consultation_notes (
  id          TEXT PRIMARY KEY,
  session_id  TEXT NOT NULL,
  intake_id   TEXT,
  version     INTEGER NOT NULL,
  data        TEXT NOT NULL,
  device_id   TEXT NOT NULL,
  received_at TEXT NOT NULL
);
CREATE INDEX consultation_notes_session ON consultation_notes (session_id);

-- Photo metadata; the bytes are in photo_blobs under their SHA-256.
CREATE TABLE photos (
  id          TEXT PRIMARY KEY,
  session_id  TEXT NOT NULL,
  intake_id   TEXT NOT NULL,
  sha256      TEXT NOT NULL,
  version     INTEGER NOT NULL,
  data        TEXT NOT NULL,
  device_id   TEXT NOT NULL,
  received_at TEXT NOT NULL
);
CREATE INDEX photos_session ON photos (session_id);

-- Every mutation the server applied (or answered as already held), so a repeat is answered the same
-- way and never applied twice. Rejections are not kept: they change nothing, so a repeat is simply
-- judged again.
CREATE TABLE sync_mutations (
  mutation_id TEXT PRIMARY KEY,
  device_id   TEXT NOT NULL,
  entity      TEXT NOT NULL,
  record_id   TEXT NOT NULL,
  version     INTEGER NOT NULL,
  status      TEXT NOT NULL CHECK (status IN ('applied', 'duplicate')),
  at          TEXT NOT NULL
);
CREATE INDEX sync_mutations_record ON sync_mutations (record_id, version);

-- A photo upload in progress: what the device promised (size, hash) and what has arrived. Chunks are
-- rows, so a chunk and the count of received bytes are written in one transaction and a crash can
-- never leave them disagreeing.
CREATE TABLE photo_uploads (
  photo_id   TEXT PRIMARY KEY,
  sha256     TEXT NOT NULL,
  bytes      INTEGER NOT NULL,
  received   INTEGER NOT NULL DEFAULT 0,
  state      TEXT NOT NULL CHECK (state IN ('partial', 'stored')),
  updated_at TEXT NOT NULL
);

CREATE TABLE photo_chunks (
  photo_id TEXT NOT NULL REFERENCES photo_uploads (photo_id) ON DELETE CASCADE,
  offset   INTEGER NOT NULL,
  data     BLOB NOT NULL,
  PRIMARY KEY (photo_id, offset)
);

-- Verified JPEGs, content-addressed: the key is the SHA-256 the device computed and the server checked.
-- The bytes stay where they arrived, as the chunks of `photo_id`: verifying reads them once, and
-- nothing is copied or deleted on the way (each byte is written once). A second upload of identical
-- bytes under another id finds its hash here and its own chunks are dropped.
CREATE TABLE photo_store (
  sha256     TEXT PRIMARY KEY,
  photo_id   TEXT NOT NULL REFERENCES photo_uploads (photo_id),
  bytes      INTEGER NOT NULL,
  stored_at  TEXT NOT NULL
);

-- Reference data tablets copy down. `change_seq` comes from reference_cursor, raised on every change,
-- so a device that sends back the cursor it last saw learns whether anything changed.
CREATE TABLE reference_cursor (
  id  INTEGER PRIMARY KEY CHECK (id = 1),
  seq INTEGER NOT NULL
);
INSERT INTO reference_cursor (id, seq) VALUES (1, 0);

CREATE TABLE sites (
  id         TEXT PRIMARY KEY,
  data       TEXT NOT NULL,
  change_seq INTEGER NOT NULL
);

CREATE TABLE checklist_templates (
  id         TEXT NOT NULL,
  version    INTEGER NOT NULL,
  data       TEXT NOT NULL,
  change_seq INTEGER NOT NULL,
  PRIMARY KEY (id, version)
);

CREATE TABLE categories (
  code       TEXT PRIMARY KEY,
  data       TEXT NOT NULL,
  change_seq INTEGER NOT NULL
);
