-- PostgreSQL runs writers concurrently: the head row lock makes appends to the chain one at a time.
-- name: head
SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE
