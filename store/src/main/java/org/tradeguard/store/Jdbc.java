package org.tradeguard.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The few JDBC moves every store makes: bind, run, map; SQLExceptions become {@link StoreException}s. */
final class Jdbc {
    private Jdbc() {}

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    static int update(Tx tx, String sql, Object... args) {
        tx.requireWritable();
        try {
            PreparedStatement ps = tx.prepare(sql);
            bind(ps, args);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("update failed: " + e.getMessage() + " [" + firstLine(sql) + "]", e);
        }
    }

    static <T> List<T> query(Tx tx, String sql, RowMapper<T> mapper, Object... args) {
        try {
            PreparedStatement ps = tx.prepare(sql);
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new StoreException("query failed: " + e.getMessage() + " [" + firstLine(sql) + "]", e);
        }
    }

    /** Streams rows to a consumer without holding them all. */
    static void each(Tx tx, String sql, RowMapper<Void> consumer, Object... args) {
        try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
            ps.setFetchSize(1000);
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    consumer.map(rs);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("query failed: " + e.getMessage() + " [" + firstLine(sql) + "]", e);
        }
    }

    static <T> Optional<T> one(Tx tx, String sql, RowMapper<T> mapper, Object... args) {
        List<T> rows = query(tx, sql, mapper, args);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    static long count(Tx tx, String sql, Object... args) {
        return one(tx, sql, rs -> rs.getLong(1), args).orElse(0L);
    }

    private static void bind(PreparedStatement ps, Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            int at = i + 1;
            switch (a) {
                case null -> ps.setNull(at, Types.NULL);
                case String s -> ps.setString(at, s);
                case Integer n -> ps.setInt(at, n);
                case Long n -> ps.setLong(at, n);
                case Double d -> ps.setDouble(at, d);
                case Instant t -> ps.setLong(at, t.toEpochMilli());
                default -> throw new IllegalArgumentException("cannot bind " + a.getClass().getName());
            }
        }
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        long ms = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(ms);
    }

    private static String firstLine(String sql) {
        String s = sql.strip();
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl) + " ...";
    }
}
