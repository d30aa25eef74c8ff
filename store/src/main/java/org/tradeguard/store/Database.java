package org.tradeguard.store;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A database Tradeguard keeps its records in: an SQLite file (the default) or a PostgreSQL server.
 * Runs work in transactions ({@link #write}, {@link #read}) on a small pool of connections, and
 * brings the schema up to date with {@link #migrate()}.
 *
 * <p>SQLite: WAL journal (readers never block the writer), {@code synchronous=NORMAL} (a commit
 * survives a killed process; only a power cut can lose the last commits), one writer connection
 * whose transactions start {@code IMMEDIATE} and run one at a time, and a few reader connections.
 */
public final class Database implements AutoCloseable {

    /** Default location: an SQLite file in {@code ./tradeguard-data/}. */
    public static final Path DEFAULT_FILE = Path.of("tradeguard-data", "tradeguard.db");
    private static final int READERS = 4;
    private static final int PG_CONNECTIONS = 8;
    private static final long BORROW_TIMEOUT_SECONDS = 30;

    /** Work done inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Tx tx);
    }

    private final String url;
    private final String display;
    private final Dialect dialect;
    private final Properties properties;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final BlockingQueue<Connection> idle;
    private final Semaphore permits;
    private final Connection writer;
    private final Map<Connection, Map<String, java.sql.PreparedStatement>> statements = new ConcurrentHashMap<>();
    private final ScheduledExecutorService checkpointer;
    private volatile boolean closed;

    private Database(String url, String display, Properties properties) {
        this.url = url;
        this.display = display;
        this.dialect = Dialect.ofJdbcUrl(url);
        this.properties = properties;
        int size = dialect.singleWriter() ? READERS : PG_CONNECTIONS;
        this.idle = new ArrayBlockingQueue<>(size);
        this.permits = new Semaphore(size, true);
        try {
            this.writer = dialect.singleWriter() ? connect(true) : null;
        } catch (SQLException e) {
            throw new StoreException("cannot open database " + display + ": " + e.getMessage(), e);
        }
        if (dialect == Dialect.SQLITE) {
            // Checkpoints (WAL -> main file, with fsync) run here every second instead of inside
            // whichever commit crosses the WAL size limit: that commit would stall for the fsync.
            checkpointer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "sqlite-checkpoint");
                t.setDaemon(true);
                return t;
            });
            checkpointer.scheduleWithFixedDelay(this::checkpoint, 1, 1, TimeUnit.SECONDS);
        } else {
            checkpointer = null;
        }
    }

    private void checkpoint() {
        if (closed) {
            return;
        }
        try {
            read(tx -> {
                try (java.sql.Statement st = tx.connection().createStatement()) {
                    st.execute("PRAGMA wal_checkpoint(PASSIVE)");
                } catch (SQLException e) {
                    throw new StoreException("checkpoint failed: " + e.getMessage(), e);
                }
                return null;
            });
        } catch (StoreException e) {
            // A missed checkpoint is retried in a second; the WAL only grows meanwhile.
            System.err.println("tradeguard: SQLite checkpoint skipped: " + e.getMessage());
        }
    }

    /**
     * Opens a database by location: empty or null for the default SQLite file; a path for another
     * SQLite file; {@code postgresql://user:password@host:port/db} (or {@code postgres://}); or a
     * JDBC URL ({@code jdbc:sqlite:...}, {@code jdbc:postgresql:...}). Does not migrate.
     */
    public static Database open(String location) {
        String loc = location == null ? "" : location.strip();
        if (loc.isEmpty()) {
            return sqlite(DEFAULT_FILE);
        }
        String lower = loc.toLowerCase(Locale.ROOT);
        if (lower.startsWith("postgresql://") || lower.startsWith("postgres://")) {
            return postgres(loc);
        }
        if (lower.startsWith("jdbc:")) {
            Properties p = new Properties();
            return new Database(loc, redact(loc), p);
        }
        return sqlite(Path.of(loc));
    }

    private static Database sqlite(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the folder of " + file + ": " + e.getMessage(), e);
        }
        return new Database("jdbc:sqlite:" + file.toAbsolutePath(), file.toString(), new Properties());
    }

    private static Database postgres(String location) {
        URI uri = URI.create(location);
        Properties p = new Properties();
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            p.setProperty("user", decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
            if (colon >= 0) {
                p.setProperty("password", decode(userInfo.substring(colon + 1)));
            }
        }
        String host = uri.getHost() == null ? "localhost" : uri.getHost();
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        String db = uri.getRawPath() == null || uri.getRawPath().length() <= 1 ? "tradeguard" : uri.getRawPath().substring(1);
        String url = "jdbc:postgresql://" + host + ":" + port + "/" + db + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return new Database(url, "postgresql://" + host + ":" + port + "/" + db, p);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)password=[^&]*", "password=***");
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Where the data lives, without a password; for logs and {@code /v1/lists}-style reports. */
    public String description() {
        return display;
    }

    /** Applies the numbered migrations not applied yet, each in its own transaction. Returns how many ran. */
    public int migrate() {
        return Migrations.apply(this);
    }

    /**
     * Runs {@code work} in one read-write transaction: committed when it returns, rolled back when
     * it throws. On SQLite, write transactions run one at a time.
     */
    public <T> T write(Work<T> work) {
        ensureOpen();
        if (dialect.singleWriter()) {
            writeLock.lock();
            try {
                return run(writer, work, true);
            } finally {
                writeLock.unlock();
            }
        }
        return pooled(work, true);
    }

    /** Runs {@code work} in one read-only transaction. */
    public <T> T read(Work<T> work) {
        ensureOpen();
        return pooled(work, false);
    }

    private <T> T pooled(Work<T> work, boolean writable) {
        try {
            if (!permits.tryAcquire(BORROW_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new StoreException("no database connection free after " + BORROW_TIMEOUT_SECONDS + " s: " + display);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for a database connection", e);
        }
        Connection c = null;
        try {
            c = idle.poll();
            if (c == null) {
                c = connect(false);
            }
            return run(c, work, writable);
        } catch (SQLException e) {
            throw new StoreException("cannot connect to " + display + ": " + e.getMessage(), e);
        } finally {
            if (c != null) {
                if (!closed && usable(c)) {
                    idle.offer(c);
                } else {
                    quietClose(c);
                }
            }
            permits.release();
        }
    }

    private <T> T run(Connection c, Work<T> work, boolean writable) {
        try {
            c.setAutoCommit(false);
        } catch (SQLException e) {
            throw new StoreException("cannot begin a transaction on " + display + ": " + e.getMessage(), e);
        }
        boolean done = false;
        try {
            T result = work.run(new Tx(c, dialect, writable, statements.computeIfAbsent(c, k -> new HashMap<>())));
            c.commit();
            done = true;
            return result;
        } catch (SQLException e) {
            throw new StoreException("commit failed on " + display + ": " + e.getMessage(), e);
        } finally {
            if (!done) {
                try {
                    c.rollback();
                } catch (SQLException e) {
                    // The connection is unusable; the caller's failure is the one worth reporting.
                    quietClose(c);
                }
            }
            endTransactionMode(c);
        }
    }

    private Connection connect(boolean writerConnection) throws SQLException {
        Properties p = new Properties();
        p.putAll(properties);
        if (dialect == Dialect.SQLITE) {
            p.setProperty("journal_mode", "WAL");
            p.setProperty("synchronous", "NORMAL");
            p.setProperty("foreign_keys", "true");
            p.setProperty("busy_timeout", "10000");
            if (writerConnection) {
                p.setProperty("transaction_mode", "IMMEDIATE");
            }
        }
        Connection c = DriverManager.getConnection(url, p);
        if (dialect == Dialect.SQLITE) {
            try (java.sql.Statement st = c.createStatement()) {
                st.execute("PRAGMA wal_autocheckpoint=0");
            }
        }
        return c;
    }

    /**
     * Back to auto-commit between transactions: with auto-commit off, the SQLite driver opens the
     * next transaction at once, and an IMMEDIATE one would hold the write lock while idle, locking
     * out every other process (a {@code tradeguard keys create} beside a running server).
     */
    private void endTransactionMode(Connection c) {
        try {
            if (!c.isClosed()) {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            quietClose(c);
        }
    }

    private static boolean usable(Connection c) {
        try {
            return !c.isClosed();
        } catch (SQLException e) {
            return false;
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("database is closed: " + display);
        }
    }

    private void quietClose(Connection c) {
        statements.remove(c);
        try {
            c.close();
        } catch (SQLException e) {
            // Closing a broken connection: nothing left to do with it.
        }
    }

    @Override
    public void close() {
        closed = true;
        List<Connection> all = new ArrayList<>();
        idle.drainTo(all);
        if (checkpointer != null) {
            checkpointer.shutdownNow();
        }
        all.forEach(this::quietClose);
        if (writer != null) {
            writeLock.lock();
            try {
                quietClose(writer);
            } finally {
                writeLock.unlock();
            }
        }
    }
}
