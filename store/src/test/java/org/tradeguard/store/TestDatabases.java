package org.tradeguard.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.tradeguard.testkit.PostgresProcess;

/** Fresh, migrated databases for contract tests: an SQLite file, or a new database on the test PostgreSQL. */
final class TestDatabases {
    private TestDatabases() {}

    static Database sqlite(Path dir) {
        Database db = Database.open(dir.resolve("test.db").toString());
        db.migrate();
        return db;
    }

    static Database postgres() {
        Database db = Database.open(PostgresProcess.shared().createDatabase("store"));
        db.migrate();
        return db;
    }

    /** Runs raw SQL outside the ports: how tests tamper with data. */
    static void exec(Database db, String sql) {
        db.write(tx -> {
            try (Statement st = tx.connection().createStatement()) {
                st.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(sql, e);
            }
            return null;
        });
    }
}
