package org.tradeguard.store;

import java.util.List;

/** Port: the append-only, hash-chained audit log. */
public interface AuditLog {

    /** Appends an entry at the injected clock's time; chained to the current last entry. */
    AuditEntry append(Tx tx, String actor, String action, String subject, String details);

    /** Entries after {@code afterSeq} (0 for the start), oldest first, at most {@code limit}. */
    List<AuditEntry> list(Tx tx, long afterSeq, int limit);

    /** Walks the whole log and its head; an empty list means intact. */
    List<AuditFinding> verify(Tx tx);

    /** Number of entries the head says were written. */
    long size(Tx tx);
}
