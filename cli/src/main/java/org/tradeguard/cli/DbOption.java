package org.tradeguard.cli;

import java.time.Clock;
import org.tradeguard.store.Database;
import org.tradeguard.store.Stores;
import picocli.CommandLine.Option;

/** {@code --db}: where the service keeps its records; shared by serve, keys and audit. */
final class DbOption {

    @Option(names = "--db", paramLabel = "PATH_OR_URL",
            description = "SQLite file (default: ./tradeguard-data/tradeguard.db) or postgresql://user:password@host:port/db.")
    String db;

    /** Opens and migrates the database. */
    Stores open(Clock clock) {
        Database database = Database.open(db);
        database.migrate();
        return Stores.jdbc(database, clock);
    }

    /** Who the CLI acts as in the audit log: the operating-system user at the keyboard. */
    static String actor() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }
}
