-- name: insert
INSERT INTO alerts (id, screening_id, fingerprint, subject_name, entity_id, entity_version, entity_caption, score, status, created_ms, updated_ms)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)

-- name: find
SELECT id, screening_id, fingerprint, subject_name, entity_id, entity_version, entity_caption, score, status, created_ms, updated_ms
FROM alerts WHERE id = ?

-- name: list
SELECT id, screening_id, fingerprint, subject_name, entity_id, entity_version, entity_caption, score, status, created_ms, updated_ms
FROM alerts WHERE id > ? ORDER BY id LIMIT ?

-- name: listByStatus
SELECT id, screening_id, fingerprint, subject_name, entity_id, entity_version, entity_caption, score, status, created_ms, updated_ms
FROM alerts WHERE status = ? AND id > ? ORDER BY id LIMIT ?

-- name: findUndecided
SELECT id, screening_id, fingerprint, subject_name, entity_id, entity_version, entity_caption, score, status, created_ms, updated_ms
FROM alerts WHERE fingerprint = ? AND entity_id = ? AND entity_version = ? AND status <> 'closed'
ORDER BY id LIMIT 1

-- name: updateStatus
UPDATE alerts SET status = ?, updated_ms = ? WHERE id = ?

-- name: countByStatus
SELECT COUNT(*) FROM alerts WHERE status = ?

-- name: insertDecision
INSERT INTO decisions (id, alert_id, fingerprint, entity_id, entity_version, verdict, state, reason, analyst, at_ms, supersedes, confirms)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)

-- name: decisions
SELECT id, alert_id, fingerprint, entity_id, entity_version, verdict, state, reason, analyst, at_ms, supersedes, confirms
FROM decisions WHERE alert_id = ? ORDER BY seq

-- name: remembered
SELECT id, alert_id, fingerprint, entity_id, entity_version, verdict, state, reason, analyst, at_ms, supersedes, confirms
FROM decisions WHERE fingerprint = ? AND entity_id = ? AND entity_version = ? AND state = 'final'
ORDER BY seq DESC LIMIT 1
