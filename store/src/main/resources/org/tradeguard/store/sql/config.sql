-- name: insert
INSERT INTO config_changes (name, value, actor, at_ms) VALUES (?, ?, ?, ?)

-- name: history
SELECT name, value, actor, at_ms FROM config_changes ORDER BY seq
