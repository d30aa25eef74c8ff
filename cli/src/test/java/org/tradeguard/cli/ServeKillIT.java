package org.tradeguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL in the middle of a batch: the server runs as its own JVM ({@code tradeguard serve} on an
 * SQLite file), takes a few batches, and is killed with a batch of 1,000 in flight. After a restart
 * on the same file, every screening that was answered is there, the in-flight batch is there
 * whole or not at all, the audit chain verifies, SQLite's integrity check passes, and screening
 * works again.
 */
class ServeKillIT {
    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");
    private static final int BATCH = 1000;

    @TempDir
    Path dir;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private record Server(Process process, int port) {}

    private Server start(String db) throws Exception {
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process p = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"), Tradeguard.class.getName(),
                "serve", "--port", "0", "--db", db, "--lists", "un").redirectErrorStream(true).start();
        LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("reader stopped: " + e.getMessage());
            }
        });
        reader.setDaemon(true);
        reader.start();
        int port = -1;
        List<String> seen = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line == null) {
                assertThat(p.isAlive()).as("server exited: %s", seen).isTrue();
                continue;
            }
            seen.add(line);
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                port = Integer.parseInt(m.group(1));
            }
            if (line.contains("tradeguard: ready:")) {
                return new Server(p, port);
            }
        }
        p.destroyForcibly();
        throw new AssertionError("server did not become ready: " + seen);
    }

    private static String batch(int round) {
        StringBuilder sb = new StringBuilder("{\"parties\":[");
        for (int i = 0; i < BATCH; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"name\":\"")
                    .append(i % 10 == 0 ? "Mohammed Ali Hassan" : "Customer " + round + " Number " + i)
                    .append("\",\"reference\":\"r").append(round).append('-').append(i).append("\"}");
        }
        return sb.append("]}").toString();
    }

    private HttpRequest screenRequest(int port, String key, String body) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/screen"))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(120)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    @Test
    void aKillMidBatchLosesNoCommittedRecordAndCorruptsNothing() throws Exception {
        String db = dir.resolve("kill.db").toString();
        CliRun key = CliRun.of("keys", "create", "--role", "screener", "--db", db);
        assertThat(key.exit()).as(key.err()).isZero();
        String secret = key.out().strip();

        Server first = start(db);
        List<String> committed = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            HttpResponse<String> r = client.send(screenRequest(first.port(), secret, batch(round)), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            Matcher m = Pattern.compile("\"id\":\"(scr_[0-9A-Z]+)\"").matcher(r.body());
            while (m.find()) {
                committed.add(m.group(1));
            }
        }
        assertThat(committed).hasSize(3 * BATCH);
        // Six batches of 1,000 in flight at once keep the server busy for seconds; kill it inside that.
        List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
        for (int round = 10; round < 16; round++) {
            inFlight.add(client.sendAsync(screenRequest(first.port(), secret, batch(round)), HttpResponse.BodyHandlers.ofString()));
        }
        Thread.sleep(400);
        first.process().destroyForcibly();
        assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        int answered = 0;
        for (CompletableFuture<HttpResponse<String>> f : inFlight) {
            try {
                if (f.get(30, TimeUnit.SECONDS).statusCode() == 200) {
                    answered++;
                }
            } catch (java.util.concurrent.ExecutionException e) {
                // Expected: the connection died with the server.
            }
        }
        assertThat(answered).as("batches answered before the kill").isLessThan(inFlight.size());

        Server second = start(db);
        try {
            for (String id : committed.subList(0, 50)) {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + second.port()
                        + "/v1/screenings/" + id)).header("Authorization", "Bearer " + secret).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(id).isEqualTo(200);
            }
            HttpResponse<String> again = client.send(screenRequest(second.port(), secret, "{\"name\":\"After Restart\"}"),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(again.statusCode()).isEqualTo(200);
        } finally {
            second.process().destroyForcibly();
            second.process().waitFor(30, TimeUnit.SECONDS);
        }

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("ok");
            }
            List<String> stored = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT id FROM screenings")) {
                while (rs.next()) {
                    stored.add(rs.getString(1));
                }
            }
            assertThat(stored).containsAll(committed);
            // Each batch is stored whole or not at all, and every answered one is stored.
            int storedBatches = 0;
            try (ResultSet rs = st.executeQuery("SELECT batch_id, COUNT(*) FROM screenings WHERE batch_id IS NOT NULL GROUP BY batch_id")) {
                while (rs.next()) {
                    assertThat(rs.getInt(2)).as("screenings of batch %s", rs.getString(1)).isEqualTo(BATCH);
                    storedBatches++;
                }
            }
            int killedStored = storedBatches - 3;
            System.out.println("ServeKillIT: " + answered + " of " + inFlight.size() + " in-flight batches answered, "
                    + killedStored + " stored");
            assertThat(killedStored).isBetween(answered, inFlight.size());
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM audit_log WHERE action = 'screening'")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(stored.size());
            }
        }
        CliRun verify = CliRun.of("audit", "verify", "--db", db);
        assertThat(verify.exit()).as(verify.out()).isZero();
    }
}
