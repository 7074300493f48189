-- Which life of the database this is, and how much of it a completed backup holds. One row.
-- `generation` is made here and again in every backup copy (db/backup.ts), and once more when a
-- server starts on a copy (`backup_taken_at` set): a restored server reports a generation no tablet
-- has seen, and the tablets send again what they still hold. `backed_up_through`: the server time up
-- to which every acknowledged write is in a completed, verified backup; tablets purge only that.
CREATE TABLE server_generation (
  only              INTEGER PRIMARY KEY CHECK (only = 1),
  generation        TEXT NOT NULL,
  backed_up_through TEXT,
  backup_taken_at   TEXT
);
INSERT INTO server_generation (only, generation) VALUES (1, lower(hex(randomblob(16))));
