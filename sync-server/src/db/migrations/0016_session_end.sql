-- 訂正依頼: correction requests tablets send (by the sync push, as entity `correction_request`) for a
-- visitor already sent and cleared from the tablet. Like the other synced records, the newest version
-- and the whole record as JSON; beside them what the office did: applied (saying what it changed) or
-- dismissed, by whom and when. The session end (実施回を終える) and a visitor closed as incomplete are
-- fields of the session and intake records' JSON and need no column.
CREATE TABLE outreach_corrections (
  id          TEXT PRIMARY KEY,
  session_id  TEXT NOT NULL,
  intake_id   TEXT NOT NULL,
  visitor_no  INTEGER NOT NULL,
  version     INTEGER NOT NULL,
  data        TEXT NOT NULL,
  device_id   TEXT NOT NULL,
  received_at TEXT NOT NULL,
  status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'applied', 'dismissed')),
  resolved_by TEXT REFERENCES staff (id),
  resolved_at TEXT,
  resolution  TEXT
);
CREATE INDEX outreach_corrections_session ON outreach_corrections (session_id);
CREATE INDEX outreach_corrections_open ON outreach_corrections (status) WHERE status = 'open';
