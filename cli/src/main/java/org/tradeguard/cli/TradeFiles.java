package org.tradeguard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.tradeguard.controls.BadTradeDataException;
import org.tradeguard.controls.NegativeList;
import org.tradeguard.controls.ReferenceData;
import org.tradeguard.controls.TradeJson;

/** Files the trade commands read; the registries under the data directory (default ./tradeguard-data) are {@link org.tradeguard.controls.registry.Registries}. */
final class TradeFiles {
    private TradeFiles() {}

    static final String DEFAULT_DIR = "tradeguard-data";

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BadInputException("no such file: " + p);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new BadInputException(p + ": not UTF-8 text");
        } catch (IOException e) {
            throw new BadInputException("cannot read " + p + ": " + e.getMessage(), e);
        }
    }

    /** A JSON object or an array of objects, each read with {@code reader}; all or nothing. */
    static <T> List<T> records(Path p, BiFunction<String, JsonNode, T> reader) {
        try {
            JsonNode n = TradeJson.parse(p.toString(), read(p));
            List<T> out = new ArrayList<>();
            if (n.isArray()) {
                for (int i = 0; i < n.size(); i++) {
                    out.add(reader.apply(p + "[" + i + "]", n.get(i)));
                }
            } else {
                out.add(reader.apply(p.toString(), n));
            }
            return out;
        } catch (BadTradeDataException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    static ReferenceData withNegativeLists(ReferenceData data, List<Path> tables) {
        ReferenceData d = data;
        for (Path p : tables) {
            String text = read(p);
            String id = p.getFileName().toString().replaceFirst("\\.csv$", "");
            try {
                d = d.withNegativeList(NegativeList.read(id, p.toString(), new StringReader(text)),
                        ReferenceData.sha256(text.getBytes(StandardCharsets.UTF_8)));
            } catch (BadTradeDataException e) {
                throw new BadInputException(e.getMessage(), e);
            } catch (IOException e) {
                throw new BadInputException("cannot read " + p + ": " + e.getMessage(), e);
            }
        }
        return d;
    }

    /** Adds records all or nothing: a record already on file, or twice in the file, adds none. */
    static <T> void addAll(Path file, List<T> records, java.util.function.Function<T, String> key,
                           java.util.function.Predicate<String> onFile, java.util.function.Consumer<T> add, String what) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (T r : records) {
            String k = key.apply(r);
            if (onFile.test(k) || !seen.add(k)) {
                throw new BadInputException(file + ": " + what + " " + k + " is already on file; nothing added");
            }
        }
        records.forEach(add);
    }
}
