package org.tradeguard.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

/**
 * One open transaction. Obtained only from {@link Database#write} or {@link Database#read}; every
 * port method takes one, so a request's screenings, alerts and audit entries commit together or
 * not at all.
 */
public final class Tx {
    private final Connection connection;
    private final Dialect dialect;
    private final boolean writable;
    private final Map<String, PreparedStatement> statements;

    Tx(Connection connection, Dialect dialect, boolean writable, Map<String, PreparedStatement> statements) {
        this.connection = connection;
        this.dialect = dialect;
        this.writable = writable;
        this.statements = statements;
    }

    /**
     * A prepared statement for {@code sql}, kept with the connection and reused by later
     * transactions on it: preparing is a good part of the cost of a small insert.
     */
    PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null || ps.isClosed()) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
        } else {
            ps.clearParameters();
        }
        return ps;
    }

    Connection connection() {
        return connection;
    }

    public Dialect dialect() {
        return dialect;
    }

    void requireWritable() {
        if (!writable) {
            throw new IllegalStateException("write attempted in a read-only transaction");
        }
    }
}
