package org.tradeguard.store;

import java.time.Clock;
import java.util.Objects;

/**
 * The ports of one database, wired: what the server and the CLI use.
 *
 * @param database   the database they write to
 * @param screenings screenings
 * @param alerts     alerts and decisions
 * @param keys       API keys
 * @param audit      the audit log
 * @param config     run-time settings
 */
public record Stores(Database database, ScreeningStore screenings, AlertStore alerts, ApiKeyStore keys, AuditLog audit,
                     ConfigStore config) {

    public Stores {
        Objects.requireNonNull(database, "database");
    }

    /** JDBC ports on {@code database}; {@code clock} stamps audit entries. */
    public static Stores jdbc(Database database, Clock clock) {
        Dialect d = database.dialect();
        return new Stores(database, new JdbcScreeningStore(d), new JdbcAlertStore(d), new JdbcApiKeyStore(d),
                new JdbcAuditLog(d, clock), new JdbcConfigStore(d));
    }
}
