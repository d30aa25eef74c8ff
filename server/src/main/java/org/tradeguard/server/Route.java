package org.tradeguard.server;

import java.util.HashMap;
import java.util.Map;

/**
 * One route: method, path template ({@code /v1/alerts/{id}}), the permission it needs and its
 * handler, a plain function from request to response.
 */
record Route(String method, String template, Permission permission, Handler handler) {

    @FunctionalInterface
    interface Handler {
        Response handle(Request request);
    }

    /** Path parameters when {@code path} (already percent-decoded) fits the template, else null. */
    Map<String, String> match(String path) {
        String[] t = template.split("/", -1);
        String[] p = path.split("/", -1);
        if (t.length != p.length) {
            return null;
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < t.length; i++) {
            if (t[i].startsWith("{") && t[i].endsWith("}")) {
                if (p[i].isEmpty()) {
                    return null;
                }
                params.put(t[i].substring(1, t[i].length() - 1), p[i]);
            } else if (!t[i].equals(p[i])) {
                return null;
            }
        }
        return params;
    }
}
