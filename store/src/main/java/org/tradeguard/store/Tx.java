package org.tradeguard.store;

import java.sql.Connection;

/**
 * One open transaction. Obtained only from {@link Database#write} or {@link Database#read}; every
 * port method takes one, so a request's screenings, alerts and audit entries commit together or
 * not at all.
 */
public final class Tx {
    private final Connection connection;
    private final Dialect dialect;
    private final boolean writable;

    Tx(Connection connection, Dialect dialect, boolean writable) {
        this.connection = connection;
        this.dialect = dialect;
        this.writable = writable;
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
