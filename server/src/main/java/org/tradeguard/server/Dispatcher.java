package org.tradeguard.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.tradeguard.store.ApiKey;
import org.tradeguard.store.Stores;

/**
 * The one HTTP handler: finds the route, checks the key and its role, runs the handler, and turns
 * a {@link Problem} into its problem body and anything else into a 500 with an error id (the
 * stack trace goes to the server log under that id, never to the client). Refused requests (401,
 * 403) are written to the audit log.
 */
final class Dispatcher implements HttpHandler {
    private final List<Route> routes;
    private final Stores stores;
    private final Metrics metrics;
    private final int maxBody;
    private final PrintStream log;

    Dispatcher(List<Route> routes, Stores stores, Metrics metrics, int maxBody, PrintStream log) {
        this.routes = List.copyOf(routes);
        this.stores = stores;
        this.metrics = metrics;
        this.maxBody = maxBody;
        this.log = log;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        long t0 = System.nanoTime();
        String method = ex.getRequestMethod();
        String path = ex.getRequestURI().getPath();
        String routeName = "unmatched";
        Response resp;
        try {
            Route route = null;
            Map<String, String> params = null;
            boolean pathKnown = false;
            for (Route r : routes) {
                Map<String, String> m = r.match(path);
                if (m != null) {
                    pathKnown = true;
                    if (r.method().equals(method)) {
                        route = r;
                        params = m;
                        break;
                    }
                }
            }
            if (route == null) {
                resp = pathKnown
                        ? Response.problem(405, "Method not allowed", method + " is not allowed on " + Problem.cut(path), null)
                        : Response.problem(404, "Not found", "no route " + Problem.cut(path), null);
            } else {
                routeName = route.template();
                Request req = new Request(ex, params, maxBody);
                resp = authorize(route, req, method, path);
                if (resp == null) {
                    resp = route.handler().handle(req);
                }
            }
        } catch (Problem p) {
            resp = Response.problem(p.status, p.title, p.getMessage(), p.field);
        } catch (RuntimeException | Error e) {
            String id = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
            log.println("tradeguard: internal error " + id + " on " + method + " " + path);
            e.printStackTrace(log);
            var body = Json.MAPPER.createObjectNode();
            body.put("status", 500);
            body.put("title", "Internal error");
            body.put("detail", "internal error " + id + "; the server log has the details under this id");
            body.putNull("field");
            body.put("error_id", id);
            resp = new Response(500, "application/problem+json", Json.bytes(body));
        }
        // Counted before sending, so a client that has its answer also finds it in /metrics.
        metrics.request(routeName, method, resp.status(), System.nanoTime() - t0);
        send(ex, resp);
    }

    /** Null when the caller may go on; else the 401 or 403 response (already audited). */
    private Response authorize(Route route, Request req, String method, String path) {
        if (route.permission() == Permission.NONE) {
            return null;
        }
        String secret = secret(req.header("Authorization"));
        Optional<ApiKey> key = secret == null ? Optional.empty()
                : stores.database().read(tx -> ApiKeys.check(tx, stores, secret));
        if (key.isEmpty()) {
            String why = secret == null ? "no API key (send Authorization: Bearer <key>)" : "unknown or revoked API key";
            deny("anonymous", method, path, 401, why);
            return Response.problem(401, "Unauthorized", why, "Authorization");
        }
        req.key(key.get());
        if (!route.permission().allows(key.get().role())) {
            String why = "role " + key.get().role().code() + " may not " + method + " " + route.template();
            deny(key.get().id(), method, path, 403, why);
            return Response.problem(403, "Forbidden", why, null);
        }
        return null;
    }

    private void deny(String actor, String method, String path, int status, String why) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("status", status);
        d.put("reason", why);
        stores.database().write(tx -> stores.audit().append(tx, actor, "access.denied", method + " " + Problem.cut(path),
                Json.canonical(d)));
    }

    /** The key from {@code Bearer <key>} or yente's {@code ApiKey <key>}. */
    static String secret(String authorization) {
        if (authorization == null) {
            return null;
        }
        String a = authorization.strip();
        for (String scheme : new String[] {"Bearer ", "ApiKey "}) {
            if (a.regionMatches(true, 0, scheme, 0, scheme.length())) {
                String s = a.substring(scheme.length()).strip();
                return s.isEmpty() ? null : s;
            }
        }
        return null;
    }

    private static void send(HttpExchange ex, Response resp) throws IOException {
        ex.getResponseHeaders().set("Content-Type", resp.contentType() + (resp.contentType().startsWith("text/")
                || resp.contentType().contains("json") ? "; charset=utf-8" : ""));
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        byte[] body = resp.body();
        ex.sendResponseHeaders(resp.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
        ex.close();
    }
}
