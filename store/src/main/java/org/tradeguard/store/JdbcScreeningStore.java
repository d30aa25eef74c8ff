package org.tradeguard.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

final class JdbcScreeningStore implements ScreeningStore {
    private final Sql sql;

    JdbcScreeningStore(Dialect dialect) {
        this.sql = Sql.load("screenings", dialect);
    }

    @Override
    public void insert(Tx tx, Screening s) {
        Jdbc.update(tx, sql.get("insert"), s.id(), s.at(), s.actor(), s.batchId(), s.reference(), s.fingerprint(),
                s.outcome(), s.alertCount(), s.listVersion(), s.request(), s.result());
    }

    @Override
    public Optional<Screening> find(Tx tx, String id) {
        return Jdbc.one(tx, sql.get("find"), JdbcScreeningStore::map, id);
    }

    @Override
    public List<Screening> batch(Tx tx, String batchId) {
        return Jdbc.query(tx, sql.get("batch"), JdbcScreeningStore::map, batchId);
    }

    @Override
    public long count(Tx tx) {
        return Jdbc.count(tx, sql.get("count"));
    }

    private static Screening map(ResultSet rs) throws SQLException {
        return new Screening(rs.getString("id"), Jdbc.instant(rs, "at_ms"), rs.getString("actor"), rs.getString("batch_id"),
                rs.getString("reference"), rs.getString("fingerprint"), rs.getString("outcome"), rs.getInt("alert_count"),
                rs.getString("list_version"), rs.getString("request"), rs.getString("result"));
    }
}
