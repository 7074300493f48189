-- 実施日程: pop-up sessions planned on the desk. A plan is never deleted: a cancelled one keeps its row
-- (status 'cancelled'), so the report and the audit log can still name it. change_seq is the reference
-- change counter at the plan's last change (reference_cursor), so tablets pull plans by version like
-- sites and the FAQ. staff_names is a JSON array of display names (staff, never a visitor).
CREATE TABLE planned_sessions (
  id          TEXT PRIMARY KEY,
  site_id     TEXT NOT NULL,
  date        TEXT NOT NULL,
  start_time  TEXT NOT NULL,
  end_time    TEXT NOT NULL,
  staff_names TEXT NOT NULL,
  note        TEXT NOT NULL,
  status      TEXT NOT NULL CHECK (status IN ('planned', 'cancelled')),
  version     INTEGER NOT NULL,
  change_seq  INTEGER NOT NULL,
  created_at  TEXT NOT NULL,
  created_by  TEXT NOT NULL REFERENCES staff (id),
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL REFERENCES staff (id)
);
CREATE INDEX planned_sessions_date ON planned_sessions (date);
CREATE INDEX planned_sessions_change ON planned_sessions (change_seq);
