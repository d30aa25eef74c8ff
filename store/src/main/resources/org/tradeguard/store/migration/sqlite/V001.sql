-- Tradeguard schema, version 1 (SQLite). Times are UTC epoch milliseconds; codes are stable strings.
CREATE TABLE screenings (
  id TEXT PRIMARY KEY,
  at_ms BIGINT NOT NULL,
  actor TEXT NOT NULL,
  batch_id TEXT,
  reference TEXT,
  fingerprint TEXT NOT NULL,
  outcome TEXT NOT NULL,
  alert_count INTEGER NOT NULL,
  list_version TEXT NOT NULL,
  request TEXT NOT NULL,
  result TEXT NOT NULL
);
CREATE INDEX screenings_at ON screenings (at_ms);
CREATE INDEX screenings_batch ON screenings (batch_id);

CREATE TABLE alerts (
  id TEXT PRIMARY KEY,
  screening_id TEXT NOT NULL REFERENCES screenings (id),
  fingerprint TEXT NOT NULL,
  subject_name TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  entity_version TEXT NOT NULL,
  entity_caption TEXT NOT NULL,
  score DOUBLE PRECISION NOT NULL,
  status TEXT NOT NULL,
  created_ms BIGINT NOT NULL,
  updated_ms BIGINT NOT NULL
);
CREATE INDEX alerts_status ON alerts (status, created_ms);
CREATE INDEX alerts_subject ON alerts (fingerprint, entity_id, entity_version);

CREATE TABLE decisions (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  alert_id TEXT NOT NULL REFERENCES alerts (id),
  fingerprint TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  entity_version TEXT NOT NULL,
  verdict TEXT NOT NULL,
  state TEXT NOT NULL,
  reason TEXT NOT NULL,
  analyst TEXT NOT NULL,
  at_ms BIGINT NOT NULL,
  supersedes TEXT,
  confirms TEXT
);
CREATE INDEX decisions_alert ON decisions (alert_id, seq);
CREATE INDEX decisions_subject ON decisions (fingerprint, entity_id, entity_version, state, seq);

CREATE TABLE api_keys (
  id TEXT PRIMARY KEY,
  key_hash TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL,
  label TEXT NOT NULL,
  created_by TEXT NOT NULL,
  created_ms BIGINT NOT NULL,
  revoked_ms BIGINT
);

CREATE TABLE audit_log (
  seq BIGINT PRIMARY KEY,
  at_ms BIGINT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  subject TEXT NOT NULL,
  details TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);

CREATE TABLE audit_head (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  seq BIGINT NOT NULL,
  hash TEXT NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE config_changes (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL,
  value TEXT NOT NULL,
  actor TEXT NOT NULL,
  at_ms BIGINT NOT NULL
);
CREATE INDEX config_changes_name ON config_changes (name, seq);
