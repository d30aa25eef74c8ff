package org.tradeguard.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.tradeguard.lists.BundledLists;
import org.tradeguard.lists.ListLoad;
import org.tradeguard.matching.Screener;
import org.tradeguard.model.Entity;

/** Loads the selected bundled lists and builds the screening index: the wiring every command shares. */
record Catalog(List<ListLoad> loads, Screener screener, long loadMillis, long indexMillis) {

    /** Parses a {@code --lists} value ("ofac,un"); null or empty selects every bundled source. */
    static Predicate<String> selection(String lists, picocli.CommandLine cl) {
        if (lists == null || lists.isBlank()) {
            return id -> true;
        }
        List<String> tokens = new ArrayList<>();
        for (String t : lists.split(",")) {
            String s = t.strip().toLowerCase(Locale.ROOT);
            if (s.isEmpty()) {
                continue;
            }
            boolean known = BundledLists.entries().stream().anyMatch(e -> BundledLists.selects(s, e.id()));
            if (!known) {
                throw new picocli.CommandLine.ParameterException(cl,
                        "--lists: unknown list '" + s + "'; known: " + String.join(", ",
                                BundledLists.entries().stream().map(BundledLists.Entry::id).toList()));
            }
            tokens.add(s);
        }
        return id -> tokens.stream().anyMatch(t -> BundledLists.selects(t, id));
    }

    static Catalog load(String lists, picocli.CommandLine cl) {
        return load(lists, java.util.Map.of(), cl);
    }

    /**
     * Loads the selected bundled lists plus the user's list files ({@code --list-file FORMAT=PATH});
     * a user file replaces the bundled snapshot of the same source.
     */
    static Catalog load(String lists, java.util.Map<String, java.nio.file.Path> listFiles, picocli.CommandLine cl) {
        Predicate<String> selected = selection(lists, cl);
        long t0 = System.nanoTime();
        List<ListLoad> own = new ArrayList<>();
        for (var f : listFiles.entrySet()) {
            org.tradeguard.lists.ListSource source = org.tradeguard.lists.Formats.source(f.getKey()).orElseThrow(() ->
                    new picocli.CommandLine.ParameterException(cl, "--list-file: unknown format '" + f.getKey() + "'; known: "
                            + String.join(", ", org.tradeguard.lists.Formats.names())));
            try {
                own.add(source.load(org.tradeguard.lists.SourceInput.ofPath(f.getValue())));
            } catch (java.nio.file.NoSuchFileException e) {
                throw new BadInputException("--list-file " + f.getKey() + ": no such file or folder: " + f.getValue(), e);
            } catch (java.io.IOException e) {
                throw new BadInputException("--list-file " + f.getKey() + ": cannot read " + f.getValue() + ": " + e.getMessage(), e);
            }
        }
        java.util.Set<String> replaced = new java.util.HashSet<>();
        own.forEach(l -> replaced.add(l.snapshot().source()));
        List<ListLoad> loads = new ArrayList<>(BundledLists.load(id -> selected.test(id) && !replaced.contains(id)));
        loads.addAll(own);
        // the lists not selected still count for word rarity, so scores do not depend on the selection
        List<Entity> background = new ArrayList<>();
        for (ListLoad l : BundledLists.load(id -> !selected.test(id) && !replaced.contains(id))) {
            background.addAll(l.entities());
        }
        long t1 = System.nanoTime();
        List<Entity> all = new ArrayList<>();
        for (ListLoad l : loads) {
            all.addAll(l.entities());
        }
        Screener screener = Screener.build(all, background);
        long t2 = System.nanoTime();
        return new Catalog(loads, screener, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
    }
}
