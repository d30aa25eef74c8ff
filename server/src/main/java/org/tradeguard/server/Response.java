package org.tradeguard.server;

import java.nio.charset.StandardCharsets;

/** What a handler returns: status, content type and body. */
record Response(int status, String contentType, byte[] body) {
    static final String JSON = "application/json";

    static Response json(int status, Object value) {
        return new Response(status, JSON, Json.bytes(value));
    }

    static Response ok(Object value) {
        return json(200, value);
    }

    static Response text(int status, String contentType, String text) {
        return new Response(status, contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    static Response problem(int status, String title, String detail, String field) {
        var n = Json.object();
        n.put("status", status);
        n.put("title", title);
        n.put("detail", detail);
        n.put("field", field);
        return new Response(status, "application/problem+json", Json.bytes(n));
    }
}
