-- The FAQ (よくある質問): entries, every version of their content, their history, the search index,
-- synonyms, feedback from the desk; and reference data pulled by kind (tombstones for deletions).

CREATE TABLE faq_entries (
  id                TEXT PRIMARY KEY,
  number            INTEGER NOT NULL UNIQUE,       -- FAQ-0001: what operators read out and link
  state             TEXT NOT NULL CHECK (state IN ('draft', 'inReview', 'published', 'retired')),
  version           INTEGER NOT NULL,              -- the newest version (editors work on it)
  published_version INTEGER,                       -- the version operators and tablets see; NULL: none
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  change_seq        INTEGER NOT NULL DEFAULT 0     -- reference_cursor at the last change tablets see
);
CREATE INDEX faq_entries_state ON faq_entries (state, number);
CREATE INDEX faq_entries_change ON faq_entries (change_seq);

-- Every version of an entry's content, never rewritten: history and diffs read them.
CREATE TABLE faq_versions (
  entry_id   TEXT NOT NULL REFERENCES faq_entries (id),
  version    INTEGER NOT NULL,
  data       TEXT NOT NULL,                        -- FaqContent as JSON
  author_id  TEXT REFERENCES staff (id),
  created_at TEXT NOT NULL,
  PRIMARY KEY (entry_id, version)
);

CREATE TABLE faq_events (
  id       INTEGER PRIMARY KEY AUTOINCREMENT,
  entry_id TEXT NOT NULL REFERENCES faq_entries (id),
  at       TEXT NOT NULL,
  actor_id TEXT REFERENCES staff (id),
  kind     TEXT NOT NULL CHECK (kind IN ('created', 'edited', 'submitted', 'returned', 'published', 'retired')),
  version  INTEGER NOT NULL,
  reason   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX faq_events_entry ON faq_events (entry_id, id);

-- The published versions, normalised (shared/src/faq/normalize.ts), for search. The trigram tokenizer
-- finds any substring of three characters or more, which Japanese (no spaces) needs; `reading` holds
-- the analyser's base forms and kana readings (忘れた → 忘れる, 暗証番号 → あんしようはんこう).
CREATE VIRTUAL TABLE faq_search USING fts5(
  entry_id UNINDEXED,
  question,
  phrasings,
  keywords,
  reading,
  answer,
  tokenize = 'trigram'
);

CREATE TABLE faq_synonyms (
  id         INTEGER PRIMARY KEY CHECK (id = 1),
  groups     TEXT NOT NULL,                        -- JSON: string[][]
  change_seq INTEGER NOT NULL,                     -- reference_cursor when saved (tablets pull it)
  updated_at TEXT NOT NULL,
  updated_by TEXT REFERENCES staff (id)
);

-- 該当なし / 回答が違った from the desk: the query text only, never the caller.
CREATE TABLE faq_feedback (
  id       INTEGER PRIMARY KEY AUTOINCREMENT,
  at       TEXT NOT NULL,
  kind     TEXT NOT NULL CHECK (kind IN ('not_found', 'wrong')),
  query    TEXT NOT NULL,
  entry_id TEXT REFERENCES faq_entries (id),
  actor_id TEXT REFERENCES staff (id)
);

-- Reference rows removed since a device's cursor (a retired FAQ entry): kind, key, when.
CREATE TABLE reference_tombstones (
  kind       TEXT NOT NULL,
  key        TEXT NOT NULL,
  change_seq INTEGER NOT NULL,
  PRIMARY KEY (kind, key)
);
CREATE INDEX reference_tombstones_seq ON reference_tombstones (kind, change_seq);
