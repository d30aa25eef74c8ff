package org.tradeguard.server;

import static org.tradeguard.server.Permission.ADMIN;
import static org.tradeguard.server.Permission.ADMIN_READ;
import static org.tradeguard.server.Permission.ASSESS;
import static org.tradeguard.server.Permission.AUDIT;
import static org.tradeguard.server.Permission.DECIDE;
import static org.tradeguard.server.Permission.NONE;
import static org.tradeguard.server.Permission.READ;
import static org.tradeguard.server.Permission.READ_ALERTS;
import static org.tradeguard.server.Permission.SCREEN;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Every route of the server, in one place: method, path, what the caller's key must allow, handler. */
final class Routes {
    private Routes() {}

    static List<Route> all(NativeApi api, YenteApi yente, Readiness readiness, Metrics metrics) {
        byte[] openapi = openapi();
        return List.of(
                // Operations: no key.
                new Route("GET", "/healthz", NONE, r -> Response.text(200, "text/plain", "ok\n")),
                new Route("GET", "/readyz", NONE, r -> ready(readiness)),
                new Route("GET", "/metrics", NONE, r -> Response.text(200, "text/plain; version=0.0.4", metrics.render())),
                new Route("GET", "/openapi.json", NONE, r -> new Response(200, Response.JSON, openapi)),
                // Native API.
                new Route("POST", "/v1/screen", SCREEN, api::screen),
                new Route("GET", "/v1/screenings/{id}", READ, api::screeningById),
                new Route("GET", "/v1/alerts", READ_ALERTS, api::alerts),
                new Route("GET", "/v1/alerts/{id}", READ_ALERTS, api::alert),
                new Route("POST", "/v1/alerts/{id}/decision", DECIDE, api::decide),
                new Route("POST", "/v1/assess", ASSESS, api::assess),
                new Route("GET", "/v1/lists", READ, api::lists),
                new Route("GET", "/v1/keys", ADMIN, api::keys),
                new Route("POST", "/v1/keys", ADMIN, api::createKey),
                new Route("DELETE", "/v1/keys/{id}", ADMIN, api::revokeKey),
                new Route("GET", "/v1/config", ADMIN_READ, api::config),
                new Route("PUT", "/v1/config", ADMIN, api::changeConfig),
                new Route("GET", "/v1/audit", AUDIT, api::audit),
                new Route("GET", "/v1/audit/verify", AUDIT, api::verifyAudit),
                // yente-compatible API.
                new Route("POST", "/match/{dataset}", SCREEN, yente::match),
                new Route("GET", "/search/{dataset}", READ, yente::search),
                new Route("GET", "/entities/{id}", READ, yente::entityById),
                new Route("GET", "/catalog", READ, yente::catalog),
                new Route("GET", "/algorithms", READ, yente::algorithms));
    }

    private static Response ready(Readiness readiness) {
        ListSet lists = readiness.peek();
        var n = Json.object();
        if (lists == null) {
            n.put("status", readiness.failure() == null ? "loading" : "failed");
            n.put("detail", readiness.failure());
            return Response.json(503, n);
        }
        n.put("status", "ready");
        n.put("entities", lists.screener().entityCount());
        n.put("version", lists.version());
        return Response.ok(n);
    }

    private static byte[] openapi() {
        try (InputStream in = Routes.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the server jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
