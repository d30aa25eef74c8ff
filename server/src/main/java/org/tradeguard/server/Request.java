package org.tradeguard.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeguard.store.ApiKey;

/** One HTTP request as handlers see it: path and query parameters, the caller's key, the body (size-limited). */
final class Request {
    private final HttpExchange exchange;
    private final Map<String, String> pathParams;
    private final Map<String, List<String>> query;
    private final int maxBody;
    private ApiKey key;
    private byte[] body;

    Request(HttpExchange exchange, Map<String, String> pathParams, int maxBody) {
        this.exchange = exchange;
        this.pathParams = pathParams;
        this.query = parseQuery(exchange.getRequestURI().getRawQuery());
        this.maxBody = maxBody;
    }

    String method() {
        return exchange.getRequestMethod();
    }

    String path(String name) {
        return pathParams.get(name);
    }

    /** The first value of a query parameter, or null. */
    String param(String name) {
        List<String> v = query.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    List<String> params(String name) {
        return query.getOrDefault(name, List.of());
    }

    String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    void key(ApiKey k) {
        this.key = k;
    }

    /** The caller's key; routes with a permission always have one. */
    ApiKey key() {
        return key;
    }

    String actor() {
        return key == null ? "anonymous" : key.id();
    }

    /** The body, at most the configured size; more is refused as a bad request naming the body. */
    byte[] body() {
        if (body != null) {
            return body;
        }
        String declared = header("Content-Length");
        if (declared != null) {
            try {
                long length = Long.parseLong(declared.strip());
                if (length > maxBody) {
                    discard(length);
                    throw tooLarge();
                }
            } catch (NumberFormatException e) {
                throw Problem.badRequest("Content-Length", "Content-Length is not a number");
            }
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] b = in.readNBytes(maxBody + 1);
            if (b.length > maxBody) {
                discard(Long.MAX_VALUE);
                throw tooLarge();
            }
            body = b;
            return b;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the request body", e);
        }
    }

    JsonNode json() {
        return Json.parse(body());
    }

    /**
     * Reads and drops an oversized body (up to {@link #DISCARD_LIMIT}) so the client, still sending,
     * receives the 400 instead of a reset connection; past the limit the connection is closed.
     */
    private void discard(long length) {
        try (InputStream in = exchange.getRequestBody()) {
            in.skipNBytes(Math.min(length, DISCARD_LIMIT));
        } catch (java.io.EOFException e) {
            // the client sent less than it declared: nothing left to drop
        } catch (IOException e) {
            // the client went away while sending: the reply goes nowhere anyway
        }
    }

    /** Most bytes of an oversized body read and dropped before answering. */
    static final long DISCARD_LIMIT = 64L * 1024 * 1024;

    private Problem tooLarge() {
        return Problem.badRequest("body", "the request body is larger than " + maxBody + " bytes");
    }

    private static Map<String, List<String>> parseQuery(String raw) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
        }
        return out;
    }
}
