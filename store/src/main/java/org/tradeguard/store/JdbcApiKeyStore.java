package org.tradeguard.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

final class JdbcApiKeyStore implements ApiKeyStore {
    private final Sql sql;

    JdbcApiKeyStore(Dialect dialect) {
        this.sql = Sql.load("keys", dialect);
    }

    @Override
    public void insert(Tx tx, ApiKey k, String keyHash) {
        Jdbc.update(tx, sql.get("insert"), k.id(), keyHash, k.role().code(), k.label(), k.createdBy(), k.createdAt(),
                k.revokedAt());
    }

    @Override
    public Optional<ApiKey> findByHash(Tx tx, String keyHash) {
        return Jdbc.one(tx, sql.get("findByHash"), JdbcApiKeyStore::map, keyHash);
    }

    @Override
    public Optional<ApiKey> find(Tx tx, String id) {
        return Jdbc.one(tx, sql.get("find"), JdbcApiKeyStore::map, id);
    }

    @Override
    public List<ApiKey> list(Tx tx) {
        return Jdbc.query(tx, sql.get("list"), JdbcApiKeyStore::map);
    }

    @Override
    public boolean revoke(Tx tx, String id, Instant at) {
        return Jdbc.update(tx, sql.get("revoke"), at, id) == 1;
    }

    private static ApiKey map(ResultSet rs) throws SQLException {
        String role = rs.getString("role");
        return new ApiKey(rs.getString("id"),
                Role.ofCode(role).orElseThrow(() -> new StoreException("unknown role in the database: " + role)),
                rs.getString("label"), rs.getString("created_by"), Jdbc.instant(rs, "created_ms"),
                Jdbc.instant(rs, "revoked_ms"));
    }
}
