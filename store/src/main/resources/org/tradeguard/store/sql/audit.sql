-- name: head
SELECT seq, hash FROM audit_head WHERE id = 1

-- name: moveHead
UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1

-- name: insert
INSERT INTO audit_log (seq, at_ms, actor, action, subject, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)

-- name: list
SELECT seq, at_ms, actor, action, subject, details, prev_hash, hash FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?

-- name: all
SELECT seq, at_ms, actor, action, subject, details, prev_hash, hash FROM audit_log ORDER BY seq

-- name: peekHead
SELECT seq, hash FROM audit_head WHERE id = 1
