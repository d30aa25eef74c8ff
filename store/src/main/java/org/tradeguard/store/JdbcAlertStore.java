package org.tradeguard.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

final class JdbcAlertStore implements AlertStore {
    private final Sql sql;

    JdbcAlertStore(Dialect dialect) {
        this.sql = Sql.load("alerts", dialect);
    }

    @Override
    public void insert(Tx tx, Alert a) {
        Jdbc.update(tx, sql.get("insert"), a.id(), a.screeningId(), a.fingerprint(), a.subjectName(), a.entityId(),
                a.entityVersion(), a.entityCaption(), a.score(), a.status().code(), a.createdAt(), a.updatedAt());
    }

    @Override
    public Optional<Alert> find(Tx tx, String id) {
        return Jdbc.one(tx, sql.get("find"), JdbcAlertStore::alert, id);
    }

    @Override
    public List<Alert> list(Tx tx, AlertStatus status, String after, int limit) {
        String from = after == null ? "" : after;
        return status == null
                ? Jdbc.query(tx, sql.get("list"), JdbcAlertStore::alert, from, limit)
                : Jdbc.query(tx, sql.get("listByStatus"), JdbcAlertStore::alert, status.code(), from, limit);
    }

    @Override
    public Optional<Alert> findUndecided(Tx tx, String fingerprint, String entityId, String entityVersion) {
        return Jdbc.one(tx, sql.get("findUndecided"), JdbcAlertStore::alert, fingerprint, entityId, entityVersion);
    }

    @Override
    public void updateStatus(Tx tx, String alertId, AlertStatus status, Instant at) {
        if (Jdbc.update(tx, sql.get("updateStatus"), status.code(), at, alertId) != 1) {
            throw new StoreException("no alert " + alertId + " to update");
        }
    }

    @Override
    public void insertDecision(Tx tx, Decision d) {
        Jdbc.update(tx, sql.get("insertDecision"), d.id(), d.alertId(), d.fingerprint(), d.entityId(), d.entityVersion(),
                d.verdict().code(), d.state().code(), d.reason(), d.analyst(), d.at(), d.supersedes(), d.confirms());
    }

    @Override
    public List<Decision> decisions(Tx tx, String alertId) {
        return Jdbc.query(tx, sql.get("decisions"), JdbcAlertStore::decision, alertId);
    }

    @Override
    public Optional<Decision> remembered(Tx tx, String fingerprint, String entityId, String entityVersion) {
        return Jdbc.one(tx, sql.get("remembered"), JdbcAlertStore::decision, fingerprint, entityId, entityVersion);
    }

    @Override
    public long countByStatus(Tx tx, AlertStatus status) {
        return Jdbc.count(tx, sql.get("countByStatus"), status.code());
    }

    private static Alert alert(ResultSet rs) throws SQLException {
        String status = rs.getString("status");
        return new Alert(rs.getString("id"), rs.getString("screening_id"), rs.getString("fingerprint"),
                rs.getString("subject_name"), rs.getString("entity_id"), rs.getString("entity_version"),
                rs.getString("entity_caption"), rs.getDouble("score"),
                AlertStatus.ofCode(status).orElseThrow(() -> new StoreException("unknown alert status in the database: " + status)),
                Jdbc.instant(rs, "created_ms"), Jdbc.instant(rs, "updated_ms"));
    }

    private static Decision decision(ResultSet rs) throws SQLException {
        String verdict = rs.getString("verdict");
        return new Decision(rs.getString("id"), rs.getString("alert_id"), rs.getString("fingerprint"),
                rs.getString("entity_id"), rs.getString("entity_version"),
                Verdict.ofCode(verdict).orElseThrow(() -> new StoreException("unknown verdict in the database: " + verdict)),
                Decision.State.ofCode(rs.getString("state")), rs.getString("reason"), rs.getString("analyst"),
                Jdbc.instant(rs, "at_ms"), rs.getString("supersedes"), rs.getString("confirms"));
    }
}
