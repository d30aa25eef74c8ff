package org.tradeguard.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** Reading request JSON at the edge: every failure names the field by its path ({@code parties[3].name}). */
final class Fields {
    private Fields() {}

    static JsonNode object(JsonNode n, String path) {
        if (n == null || !n.isObject()) {
            throw Problem.badRequest(path, path + " must be a JSON object");
        }
        return n;
    }

    /** Rejects fields the request type does not know: a misspelt field must not be silently ignored. */
    static void onlyKnown(JsonNode n, String path, Set<String> known) {
        Iterator<String> names = n.fieldNames();
        while (names.hasNext()) {
            String f = names.next();
            if (!known.contains(f)) {
                String at = path.isEmpty() ? f : path + "." + f;
                throw Problem.badRequest(at, "unknown field '" + Problem.cut(f) + "'; known fields: " + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }

    static String text(JsonNode parent, String key, String path, int maxLength, boolean required) {
        JsonNode v = parent.get(key);
        String at = path.isEmpty() ? key : path + "." + key;
        if (v == null || v.isNull()) {
            if (required) {
                throw Problem.badRequest(at, at + " is required");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw Problem.badRequest(at, at + " must be a string");
        }
        String s = v.asText();
        if (s.length() > maxLength) {
            throw Problem.badRequest(at, at + " is " + s.length() + " characters long; at most " + maxLength + " are accepted");
        }
        if (required && s.isBlank()) {
            throw Problem.badRequest(at, at + " is empty");
        }
        return s;
    }

    static List<String> texts(JsonNode parent, String key, String path, int maxItems, int maxLength) {
        JsonNode v = parent.get(key);
        String at = path.isEmpty() ? key : path + "." + key;
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw Problem.badRequest(at, at + " must be an array of strings");
        }
        if (v.size() > maxItems) {
            throw Problem.badRequest(at, at + " has " + v.size() + " items; at most " + maxItems + " are accepted");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode x = v.get(i);
            if (!x.isTextual()) {
                throw Problem.badRequest(at + "[" + i + "]", at + "[" + i + "] must be a string");
            }
            if (x.asText().length() > maxLength) {
                throw Problem.badRequest(at + "[" + i + "]", at + "[" + i + "] is longer than " + maxLength + " characters");
            }
            out.add(x.asText());
        }
        return out;
    }

    static Double number(JsonNode parent, String key, String path, double min, double max) {
        JsonNode v = parent.get(key);
        String at = path.isEmpty() ? key : path + "." + key;
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber()) {
            throw Problem.badRequest(at, at + " must be a number");
        }
        double d = v.asDouble();
        if (d < min || d > max || Double.isNaN(d)) {
            throw Problem.badRequest(at, at + " must be between " + min + " and " + max + ", got " + d);
        }
        return d;
    }

    static Boolean bool(JsonNode parent, String key, String path) {
        JsonNode v = parent.get(key);
        String at = path.isEmpty() ? key : path + "." + key;
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isBoolean()) {
            throw Problem.badRequest(at, at + " must be true or false");
        }
        return v.asBoolean();
    }

    /** A query-string number, named by its parameter. */
    static double param(String raw, String name, double dflt, double min, double max) {
        if (raw == null || raw.isBlank()) {
            return dflt;
        }
        double d;
        try {
            d = Double.parseDouble(raw.strip());
        } catch (NumberFormatException e) {
            throw Problem.badRequest(name, name + " must be a number, got '" + Problem.cut(raw) + "'");
        }
        if (d < min || d > max || Double.isNaN(d)) {
            throw Problem.badRequest(name, name + " must be between " + min + " and " + max + ", got " + raw);
        }
        return d;
    }
}
