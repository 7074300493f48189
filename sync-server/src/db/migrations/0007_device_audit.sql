-- Entries of the tablets' audit trail (staff opening a visitor's record on the device) already written
-- to audit_log, by the id the device gave them: a resend after a lost answer is stored once. Ids and
-- times only; the audit row itself is in audit_log.
CREATE TABLE device_audit_entries (
  entry_id    TEXT PRIMARY KEY,
  device_id   TEXT NOT NULL,
  received_at TEXT NOT NULL
);
