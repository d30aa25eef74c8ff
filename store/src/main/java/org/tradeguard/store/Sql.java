package org.tradeguard.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Named SQL statements of one port, read from {@code sql/<port>.sql} and overridden statement by
 * statement from {@code sql/<dialect>/<port>.sql}. A statement starts at a line
 * {@code -- name: <name>} and runs to the next such line.
 */
final class Sql {
    private final String port;
    private final Map<String, String> statements;

    private Sql(String port, Map<String, String> statements) {
        this.port = port;
        this.statements = statements;
    }

    static Sql load(String port, Dialect dialect) {
        Map<String, String> all = new HashMap<>(parse(read("sql/" + port + ".sql", true)));
        String override = read("sql/" + dialect.folder() + "/" + port + ".sql", false);
        if (override != null) {
            all.putAll(parse(override));
        }
        return new Sql(port, Map.copyOf(all));
    }

    String get(String name) {
        String s = statements.get(name);
        if (s == null) {
            throw new IllegalStateException("no statement '" + name + "' in sql/" + port + ".sql");
        }
        return s;
    }

    static String read(String resource, boolean required) {
        try (InputStream in = Sql.class.getResourceAsStream(resource)) {
            if (in == null) {
                if (required) {
                    throw new IllegalStateException("missing resource org/tradeguard/store/" + resource);
                }
                return null;
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read org/tradeguard/store/" + resource, e);
        }
    }

    static Map<String, String> parse(String text) {
        Map<String, String> out = new HashMap<>();
        String name = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String t = line.strip();
            if (t.startsWith("-- name:")) {
                if (name != null) {
                    out.put(name, body.toString().strip());
                }
                name = t.substring("-- name:".length()).strip();
                body.setLength(0);
            } else if (name != null && !t.startsWith("--")) {
                body.append(line).append('\n');
            }
        }
        if (name != null) {
            out.put(name, body.toString().strip());
        }
        return out;
    }
}
