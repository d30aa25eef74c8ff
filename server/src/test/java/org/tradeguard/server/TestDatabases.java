package org.tradeguard.server;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.tradeguard.store.Database;
import org.tradeguard.testkit.PostgresProcess;

/** Migrated databases for server tests: an SQLite file, or a fresh database on the test PostgreSQL. */
final class TestDatabases {
    private TestDatabases() {}

    static Database sqlite(Path file) {
        Database db = Database.open(file.toString());
        db.migrate();
        return db;
    }

    static Database postgres() {
        Database db = Database.open(PostgresProcess.shared().createDatabase("server"));
        db.migrate();
        return db;
    }

    /** Raw SQL past the ports: how a test plays the tamperer. */
    static void tamper(Database db, String sql) {
        try (Connection c = DriverManager.getConnection(jdbcUrlOf(db)); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static String jdbcUrlOf(Database db) {
        String d = db.description();
        if (d.startsWith("jdbc:")) {
            return d;
        }
        return "jdbc:sqlite:" + Path.of(d).toAbsolutePath();
    }
}
