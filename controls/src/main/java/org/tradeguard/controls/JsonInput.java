package org.tradeguard.controls;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.tradeguard.model.Countries;

/**
 * A JSON object or value being read, with its JSON path, so every error names the file and the field
 * ({@code worked-example.json: $.items[0].quantity: expected a number, got "ten"}).
 */
final class JsonInput {
    private final String file;
    private final String path;
    private final JsonNode node;

    JsonInput(String file, String path, JsonNode node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    static JsonInput root(String file, JsonNode node) {
        JsonInput in = new JsonInput(file, "$", node);
        if (node == null || !node.isObject()) {
            throw in.error("expected a JSON object at the top level");
        }
        return in;
    }

    String path() {
        return path;
    }

    BadTradeDataException error(String message) {
        return BadTradeDataException.at(path, file + ": " + path + ": " + message);
    }

    /** An error about the field {@code name} of this object: its path is this one's plus the name. */
    BadTradeDataException error(String name, String message) {
        return fieldError(name, message);
    }

    private BadTradeDataException fieldError(String name, String message) {
        String at = path + "." + name;
        return BadTradeDataException.at(at, file + ": " + at + ": " + message);
    }

    /** Rejects fields other than the known ones (a typo must not be silently ignored). */
    JsonInput only(Set<String> known) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!known.contains(n)) {
                throw fieldError(n, "unknown field; expected one of " + known.stream().sorted().toList());
            }
        }
        return this;
    }

    private JsonNode value(String name) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? null : v;
    }

    boolean has(String name) {
        return value(name) != null;
    }

    JsonInput object(String name) {
        JsonNode v = value(name);
        if (v == null) {
            throw fieldError(name, "missing; an object is required");
        }
        if (!v.isObject()) {
            throw fieldError(name, "expected an object, got " + show(v));
        }
        return new JsonInput(file, path + "." + name, v);
    }

    JsonInput optObject(String name) {
        return has(name) ? object(name) : null;
    }

    String string(String name) {
        String s = optString(name);
        if (s == null || s.isBlank()) {
            throw fieldError(name, s == null ? "missing; a string is required" : "is blank; a value is required");
        }
        return s;
    }

    String optString(String name) {
        JsonNode v = value(name);
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            throw fieldError(name, "expected a string, got " + show(v));
        }
        return v.asText();
    }

    boolean bool(String name, boolean dflt) {
        Boolean b = optBool(name);
        return b == null ? dflt : b;
    }

    Boolean optBool(String name) {
        JsonNode v = value(name);
        if (v == null) {
            return null;
        }
        if (!v.isBoolean()) {
            throw fieldError(name, "expected true or false, got " + show(v));
        }
        return v.asBoolean();
    }

    BigDecimal optDecimal(String name) {
        JsonNode v = value(name);
        if (v == null) {
            return null;
        }
        if (!v.isNumber()) {
            throw fieldError(name, "expected a number, got " + show(v));
        }
        BigDecimal d = v.decimalValue();
        if (d.signum() < 0) {
            throw fieldError(name, "must not be negative, got " + d.toPlainString());
        }
        return d;
    }

    BigDecimal decimal(String name) {
        BigDecimal d = optDecimal(name);
        if (d == null) {
            throw fieldError(name, "missing; a number is required");
        }
        return d;
    }

    LocalDate date(String name) {
        LocalDate d = optDate(name);
        if (d == null) {
            throw fieldError(name, "missing; a date YYYY-MM-DD is required");
        }
        return d;
    }

    LocalDate optDate(String name) {
        String s = optString(name);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw fieldError(name, "expected a date YYYY-MM-DD, got " + quote(s));
        }
    }

    /** A country as ISO alpha-2 lower case; accepts codes and names as lists write them. */
    String country(String name) {
        String c = optCountry(name);
        if (c == null) {
            throw fieldError(name, "missing; a country (ISO 3166 alpha-2) is required");
        }
        return c;
    }

    String optCountry(String name) {
        String s = optString(name);
        if (s == null || s.isBlank()) {
            return null;
        }
        return Countries.toCode(s).orElseThrow(() -> fieldError(name, "unknown country " + quote(s) + "; expected an ISO 3166 alpha-2 code"));
    }

    List<JsonInput> objects(String name) {
        JsonNode v = value(name);
        List<JsonInput> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (!v.isArray()) {
            throw fieldError(name, "expected an array, got " + show(v));
        }
        for (int i = 0; i < v.size(); i++) {
            JsonInput e = new JsonInput(file, path + "." + name + "[" + i + "]", v.get(i));
            if (!v.get(i).isObject()) {
                throw e.error("expected an object, got " + show(v.get(i)));
            }
            out.add(e);
        }
        return out;
    }

    List<String> strings(String name) {
        JsonNode v = value(name);
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (!v.isArray()) {
            throw fieldError(name, "expected an array of strings, got " + show(v));
        }
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isTextual() || v.get(i).asText().isBlank()) {
                String at = path + "." + name + "[" + i + "]";
                throw BadTradeDataException.at(at, file + ": " + at + ": expected a non-blank string, got " + show(v.get(i)));
            }
            out.add(v.get(i).asText().strip());
        }
        return out;
    }

    List<String> countries(String name) {
        List<String> raw = strings(name);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String s = raw.get(i);
            String at = path + "." + name + "[" + i + "]";
            out.add(Countries.toCode(s).orElseThrow(() -> BadTradeDataException.at(at, file + ": " + at
                    + ": unknown country " + quote(s) + "; expected an ISO 3166 alpha-2 code")));
        }
        return out;
    }

    JsonNode raw(String name) {
        return value(name);
    }

    private static String show(JsonNode v) {
        String t = v.isTextual() ? quote(v.asText()) : v.toString();
        return t.length() > 60 ? t.substring(0, 59) + "…" : t;
    }

    private static String quote(String s) {
        String c = s.length() > 60 ? s.substring(0, 59) + "…" : s;
        return "\"" + c + "\"";
    }
}
