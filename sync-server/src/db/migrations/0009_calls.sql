-- The call log (通話記録), escalations to city departments (取次ぎ), complaints (苦情) and the
-- incoming-call events of the telephone service. Instants are UTC ISO strings; talk time is seconds.
-- The monthly report reads these columns: see docs/calls.md for what each one means.

CREATE TABLE departments (
  name          TEXT PRIMARY KEY,            -- as staff.department holds it: '市民課'
  name_en       TEXT NOT NULL DEFAULT '',
  overdue_days  INTEGER NOT NULL DEFAULT 3,  -- city business days before an escalation is overdue
  active        INTEGER NOT NULL DEFAULT 1,
  position      INTEGER NOT NULL DEFAULT 0
);
INSERT INTO departments (name, name_en, overdue_days, position) VALUES
  ('市民課', 'Citizens Division', 3, 1),
  ('情報政策課', 'Information Policy Division', 3, 2),
  ('保険年金課', 'Insurance and Pension Division', 3, 3),
  ('税務課', 'Taxation Division', 3, 4);

CREATE TABLE calls (
  id               TEXT PRIMARY KEY,
  status           TEXT NOT NULL CHECK (status IN ('open', 'closed')),
  source           TEXT NOT NULL CHECK (source IN ('hand', 'cti')),
  provider         TEXT,
  provider_call_id TEXT,
  line             TEXT,
  caller_phone     TEXT,                    -- digits; personal data: every read is audited
  contact_name     TEXT,                    -- only when a call-back or an escalation needs it
  contact_phone    TEXT,
  contact_when     TEXT,
  operator_id      TEXT REFERENCES staff (id),
  ringing_at       TEXT,                    -- the line rang (CTI only)
  answered_at      TEXT,                    -- the operator took it; NULL: never answered
  ended_at         TEXT,
  talk_seconds     INTEGER,
  outcome          TEXT CHECK (outcome IN ('resolved', 'escalated', 'callback', 'complaint', 'dropped')),
  primary_category TEXT,
  summary          TEXT NOT NULL DEFAULT '',
  follow_up        TEXT NOT NULL DEFAULT 'none' CHECK (follow_up IN ('none', 'pending', 'done')),
  started_at       TEXT NOT NULL,           -- ringing_at, else answered_at: the instant the call counts on
  closed_at        TEXT,
  version          INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX calls_provider_call ON calls (provider, provider_call_id) WHERE provider IS NOT NULL;
CREATE INDEX calls_started ON calls (started_at, id);
CREATE INDEX calls_operator_started ON calls (operator_id, started_at);
CREATE INDEX calls_phone ON calls (caller_phone, started_at) WHERE caller_phone IS NOT NULL;
CREATE INDEX calls_outcome_started ON calls (outcome, started_at);
CREATE INDEX calls_open ON calls (operator_id, status) WHERE status = 'open';

CREATE TABLE call_categories (
  call_id   TEXT NOT NULL REFERENCES calls (id),
  category  TEXT NOT NULL,
  is_primary INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (call_id, category)
);
CREATE INDEX call_categories_category ON call_categories (category, call_id);

CREATE TABLE call_links (
  call_id  TEXT NOT NULL REFERENCES calls (id),
  kind     TEXT NOT NULL CHECK (kind IN ('booking', 'faq', 'status')),
  target   TEXT NOT NULL,
  action   TEXT NOT NULL,
  ref      TEXT,
  at       TEXT NOT NULL,
  PRIMARY KEY (call_id, kind, target, action)
);
CREATE INDEX call_links_target ON call_links (kind, target);

-- The call's own history: who did what and when (created, closed, talk time corrected, call-back).
CREATE TABLE call_events (
  id       INTEGER PRIMARY KEY AUTOINCREMENT,
  call_id  TEXT NOT NULL REFERENCES calls (id),
  at       TEXT NOT NULL,
  actor_id TEXT,
  kind     TEXT NOT NULL,
  detail   TEXT
);
CREATE INDEX call_events_call ON call_events (call_id, id);

CREATE TABLE escalations (
  id           TEXT PRIMARY KEY,
  call_id      TEXT NOT NULL UNIQUE REFERENCES calls (id),
  department   TEXT NOT NULL REFERENCES departments (name),
  question     TEXT NOT NULL,
  urgency      TEXT NOT NULL CHECK (urgency IN ('normal', 'urgent')),
  status       TEXT NOT NULL CHECK (status IN ('open', 'answered', 'done')),
  raised_at    TEXT NOT NULL,
  raised_by    TEXT,
  due_date     TEXT NOT NULL,              -- the last city business day it is on time
  answer       TEXT,
  answered_at  TEXT,
  answered_by  TEXT,
  done_at      TEXT,
  version      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX escalations_department ON escalations (department, status, due_date);
CREATE INDEX escalations_status ON escalations (status, due_date);

CREATE TABLE complaints (
  id          TEXT PRIMARY KEY,
  call_id     TEXT NOT NULL UNIQUE REFERENCES calls (id),
  what        TEXT NOT NULL,
  severity    TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high')),
  status      TEXT NOT NULL CHECK (status IN ('received', 'in_progress', 'done')),
  assigned_to TEXT REFERENCES staff (id),
  received_at TEXT NOT NULL,
  closed_at   TEXT,
  version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX complaints_status ON complaints (status, received_at);

CREATE TABLE complaint_actions (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  complaint_id TEXT NOT NULL REFERENCES complaints (id),
  at           TEXT NOT NULL,
  actor_id     TEXT,
  note         TEXT NOT NULL,
  status       TEXT
);
CREATE INDEX complaint_actions_complaint ON complaint_actions (complaint_id, id);

-- Each webhook delivery once: the same event twice is answered, not applied twice.
CREATE TABLE cti_events (
  provider  TEXT NOT NULL,
  event_id  TEXT NOT NULL,
  call_id   TEXT NOT NULL,
  type      TEXT NOT NULL,
  at        TEXT NOT NULL,
  received_at TEXT NOT NULL,
  PRIMARY KEY (provider, event_id)
);
