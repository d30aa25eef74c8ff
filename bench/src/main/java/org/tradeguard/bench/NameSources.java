package org.tradeguard.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The raw lists of real names the negatives are made from, as committed under
 * {@code eval/sources/} (one name a line; see its PROVENANCE.md). Keyed by file name without
 * {@code .txt}, e.g. {@code datafaker-ru-male-first}, {@code cspell-companies}.
 */
record NameSources(Map<String, List<String>> lists) {

    static final String PEOPLE = "cspell-people-names";
    static final String COMPANIES = "cspell-companies";
    static final String FEMALE_EN = "stdlib-first-names-female-en";
    static final String MALE_EN = "stdlib-first-names-male-en";

    NameSources {
        TreeMap<String, List<String>> copy = new TreeMap<>();
        lists.forEach((k, v) -> copy.put(k, List.copyOf(new TreeSet<>(v))));
        lists = copy;
    }

    /** Every {@code *.txt} in the folder; blank lines and lines starting with {@code #} are skipped. */
    static NameSources read(Path dir) throws IOException {
        TreeMap<String, List<String>> lists = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            throw new IOException("no name sources in " + dir + " (expected eval/sources/*.txt, see eval/README.md)");
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                List<String> names = new ArrayList<>();
                for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                    String s = line.strip();
                    if (!s.isEmpty() && !s.startsWith("#")) {
                        names.add(s);
                    }
                }
                String f = p.getFileName().toString();
                lists.put(f.substring(0, f.length() - 4), names);
            }
        }
        return new NameSources(lists);
    }

    /** The list, sorted and without duplicates; empty when there is no such file. */
    List<String> get(String key) {
        return lists.getOrDefault(key, List.of());
    }

    boolean has(String key) {
        return lists.containsKey(key);
    }
}
