-- name: insert
INSERT INTO api_keys (id, key_hash, role, label, created_by, created_ms, revoked_ms) VALUES (?, ?, ?, ?, ?, ?, ?)

-- name: findByHash
SELECT id, role, label, created_by, created_ms, revoked_ms FROM api_keys WHERE key_hash = ?

-- name: find
SELECT id, role, label, created_by, created_ms, revoked_ms FROM api_keys WHERE id = ?

-- name: list
SELECT id, role, label, created_by, created_ms, revoked_ms FROM api_keys ORDER BY created_ms, id

-- name: revoke
UPDATE api_keys SET revoked_ms = ? WHERE id = ? AND revoked_ms IS NULL
