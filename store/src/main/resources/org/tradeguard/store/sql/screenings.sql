-- name: insert
INSERT INTO screenings (id, at_ms, actor, batch_id, reference, fingerprint, outcome, alert_count, list_version, request, result)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)

-- name: find
SELECT id, at_ms, actor, batch_id, reference, fingerprint, outcome, alert_count, list_version, request, result
FROM screenings WHERE id = ?

-- name: batch
SELECT id, at_ms, actor, batch_id, reference, fingerprint, outcome, alert_count, list_version, request, result
FROM screenings WHERE batch_id = ? ORDER BY at_ms, id

-- name: count
SELECT COUNT(*) FROM screenings
