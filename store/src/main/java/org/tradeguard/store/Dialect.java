package org.tradeguard.store;

import java.util.Locale;

/**
 * The SQL dialects Tradeguard stores into. Every difference between them lives here or in the
 * per-dialect resource folders this names ({@code migration/<folder>/}, {@code sql/<folder>/}).
 */
public enum Dialect {
    SQLITE("sqlite"),
    POSTGRESQL("postgresql");

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    /** Resource folder of this dialect's migrations and statement overrides. */
    public String folder() {
        return folder;
    }

    /** Which dialect a JDBC URL speaks. */
    static Dialect ofJdbcUrl(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        if (u.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (u.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("unsupported JDBC URL (expected jdbc:sqlite: or jdbc:postgresql:): " + url);
    }

    /**
     * True when the database serialises writers itself only at commit time (SQLite allows one
     * writer per file): we then run write transactions one at a time on one connection, so no
     * writer ever waits on SQLITE_BUSY inside a transaction.
     */
    boolean singleWriter() {
        return this == SQLITE;
    }
}
