package org.tradeguard.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Numbered schema migrations, one folder per dialect: {@code migration/<dialect>/V001.sql},
 * {@code V002.sql}, ... read in order until the first missing number. Each runs in its own
 * transaction and is recorded in {@code schema_migrations} with its SHA-256; an applied
 * migration whose file has since changed stops the start, because the schema would no longer be
 * what the code expects.
 */
final class Migrations {
    private Migrations() {}

    private static final String BOOKKEEPING = """
            CREATE TABLE IF NOT EXISTS schema_migrations (
              version INTEGER PRIMARY KEY,
              sha256 TEXT NOT NULL,
              applied_ms BIGINT NOT NULL
            )""";

    static int apply(Database db) {
        db.write(tx -> {
            exec(tx, BOOKKEEPING);
            return null;
        });
        int ran = 0;
        for (int v = 1; ; v++) {
            String name = String.format(Locale.ROOT, "migration/%s/V%03d.sql", db.dialect().folder(), v);
            String sql = Sql.read(name, false);
            if (sql == null) {
                return ran;
            }
            int version = v;
            String sha = sha256(sql);
            boolean applied = db.write(tx -> {
                if (tx.dialect() == Dialect.POSTGRESQL) {
                    exec(tx, "LOCK TABLE schema_migrations IN EXCLUSIVE MODE");
                }
                String existing = appliedSha(tx, version);
                if (existing != null) {
                    if (!existing.equals(sha)) {
                        throw new StoreException("migration " + name + " was applied with SHA-256 " + existing
                                + " but the file now has " + sha + "; a migration must never change once released");
                    }
                    return false;
                }
                for (String statement : sql.split(";\\s*(\\n|$)")) {
                    if (!statement.strip().isEmpty() && !isComment(statement)) {
                        exec(tx, statement);
                    }
                }
                try (PreparedStatement ps = tx.connection().prepareStatement(
                        "INSERT INTO schema_migrations (version, sha256, applied_ms) VALUES (?, ?, ?)")) {
                    ps.setInt(1, version);
                    ps.setString(2, sha);
                    ps.setLong(3, System.currentTimeMillis());
                    ps.executeUpdate();
                } catch (SQLException e) {
                    throw new StoreException("cannot record migration " + name + ": " + e.getMessage(), e);
                }
                return true;
            });
            if (applied) {
                ran++;
            }
        }
    }

    private static boolean isComment(String statement) {
        return statement.lines().map(String::strip).allMatch(l -> l.isEmpty() || l.startsWith("--"));
    }

    private static String appliedSha(Tx tx, int version) {
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT sha256 FROM schema_migrations WHERE version = ?")) {
            ps.setInt(1, version);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read schema_migrations: " + e.getMessage(), e);
        }
    }

    private static void exec(Tx tx, String sql) {
        try (Statement st = tx.connection().createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new StoreException("migration statement failed: " + e.getMessage() + "\n" + sql.strip(), e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }
}
