package org.tradeguard.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.tradeguard.controls.Controls;
import org.tradeguard.controls.ReferenceData;
import org.tradeguard.controls.registry.Registries;
import org.tradeguard.store.Database;
import org.tradeguard.store.Role;
import org.tradeguard.store.Stores;

/** A real server on port 0 over a real database, with one key per role and an HTTP client. */
final class ServerFixture implements AutoCloseable {
    final Database db;
    final Stores stores;
    final TradeguardServer server;
    final Map<Role, String> keys = new EnumMap<>(Role.class);
    /** A second analyst, for four-eyes. */
    final String analyst2;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The registries and recorded decisions of export assessments. */
    final Path dataDir;

    ServerFixture(Database db, boolean ready, Path dataDir) throws IOException {
        this(db, ready ? TestLists.lists() : null, dataDir);
    }

    /** {@code lists} null: the server stays loading. */
    ServerFixture(Database db, ListSet lists, Path dataDir) throws IOException {
        this.db = db;
        this.dataDir = dataDir;
        this.stores = Stores.jdbc(db, Clock.systemUTC());
        for (Role r : Role.values()) {
            keys.put(r, ApiKeys.create(stores, Clock.systemUTC(), r, "test " + r.code(), "test").secret());
        }
        analyst2 = ApiKeys.create(stores, Clock.systemUTC(), Role.ANALYST, "second analyst", "test").secret();
        server = TradeguardServer.start(TradeguardServer.Options.of("127.0.0.1", 0), stores,
                new Controls(ReferenceData.bundled()), Registries.under(dataDir), Clock.systemUTC(), System.err);
        if (lists != null) {
            server.ready(lists);
        }
    }

    record Reply(int status, String body, String contentType) {
        JsonNode json() {
            try {
                return Json.MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    Reply send(String method, String path, String key, String body) {
        return sendRaw(method, path, key == null ? null : "Bearer " + key, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    Reply sendRaw(String method, String path, String authorization, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Reply get(String path, Role role) {
        return send("GET", path, keys.get(role), null);
    }

    Reply post(String path, Role role, String json) {
        return send("POST", path, keys.get(role), json);
    }

    long count(String table) {
        return db.read(tx -> switch (table) {
            case "screenings" -> stores.screenings().count(tx);
            case "audit" -> stores.audit().size(tx);
            default -> throw new IllegalArgumentException(table);
        });
    }

    @Override
    public void close() {
        server.close();
        db.close();
    }
}
