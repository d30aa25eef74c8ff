package org.tradeguard.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The server's JSON: one mapper, plain maps and trees, keys in insertion (or sorted, for audit) order. */
final class Json {
    private Json() {}

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    /** Canonical form for audit details: sorted keys, no whitespace. */
    static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(com.fasterxml.jackson.databind.MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    static {
        // Nesting deeper than any request of ours is an attack, not a request.
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).build());
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render JSON", e);
        }
    }

    static String text(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render JSON", e);
        }
    }

    /** Sorted keys at every level: the same details always give the same text, and so the same hash. */
    static String canonical(Object value) {
        try {
            JsonNode tree = CANONICAL.valueToTree(value);
            return CANONICAL.writeValueAsString(sortTree(tree));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render JSON", e);
        }
    }

    private static JsonNode sortTree(JsonNode n) {
        if (n.isObject()) {
            ObjectNode sorted = CANONICAL.createObjectNode();
            java.util.List<String> names = new java.util.ArrayList<>();
            n.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            for (String k : names) {
                sorted.set(k, sortTree(n.get(k)));
            }
            return sorted;
        }
        if (n.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode a = CANONICAL.createArrayNode();
            n.forEach(x -> a.add(sortTree(x)));
            return a;
        }
        return n;
    }

    /** Parses a request body; malformed JSON is the client's fault and names the body. */
    static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            throw Problem.badRequest("body", "the request body is empty; a JSON object was expected");
        }
        try {
            return MAPPER.readTree(body);
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            throw Problem.badRequest("body", "the JSON is nested too deeply");
        } catch (JsonProcessingException e) {
            String msg = e.getOriginalMessage();
            throw Problem.badRequest("body", "malformed JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + Problem.cut(msg == null ? "" : msg));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
