package org.tradeguard.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

final class JdbcAuditLog implements AuditLog {
    private final Sql sql;
    private final Clock clock;

    JdbcAuditLog(Dialect dialect, Clock clock) {
        this.sql = Sql.load("audit", dialect);
        this.clock = clock;
    }

    private record Head(long seq, String hash) {}

    @Override
    public AuditEntry append(Tx tx, String actor, String action, String subject, String details) {
        Head head = Jdbc.one(tx, sql.get("head"), rs -> new Head(rs.getLong(1), rs.getString(2)))
                .orElseThrow(() -> new StoreException("the audit_head row is missing: the schema is damaged"));
        // Milliseconds, because that is what is stored: the hash must be recomputable from the row.
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String subj = subject == null ? "" : subject;
        String hash = AuditChain.hash(at, actor, action, subj, details, head.hash());
        AuditEntry e = new AuditEntry(head.seq() + 1, at, actor, action, subj, details, head.hash(), hash);
        Jdbc.update(tx, sql.get("insert"), e.seq(), e.at(), e.actor(), e.action(), e.subject(), e.details(), e.prevHash(),
                e.hash());
        Jdbc.update(tx, sql.get("moveHead"), e.seq(), e.hash());
        return e;
    }

    @Override
    public List<AuditEntry> list(Tx tx, long afterSeq, int limit) {
        return Jdbc.query(tx, sql.get("list"), JdbcAuditLog::map, afterSeq, limit);
    }

    @Override
    public List<AuditFinding> verify(Tx tx) {
        Head head = Jdbc.one(tx, sql.get("peekHead"), rs -> new Head(rs.getLong(1), rs.getString(2)))
                .orElse(new Head(-1, ""));
        AuditChain.Verifier v = new AuditChain.Verifier();
        Jdbc.each(tx, sql.get("all"), rs -> {
            v.accept(map(rs));
            return null;
        });
        if (head.seq() < 0) {
            return List.of(new AuditFinding(AuditFinding.Kind.DELETED, 0, "the audit log head row is missing"));
        }
        return v.finish(head.seq(), head.hash());
    }

    @Override
    public long size(Tx tx) {
        return Jdbc.one(tx, sql.get("peekHead"), rs -> rs.getLong(1)).orElse(0L);
    }

    private static AuditEntry map(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), Jdbc.instant(rs, "at_ms"), rs.getString("actor"), rs.getString("action"),
                rs.getString("subject"), rs.getString("details"), rs.getString("prev_hash"), rs.getString("hash"));
    }
}
