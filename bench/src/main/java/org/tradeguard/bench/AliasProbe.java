package org.tradeguard.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tradeguard.lists.BundledLists;
import org.tradeguard.lists.ListLoad;
import org.tradeguard.matching.ScreenOptions;
import org.tradeguard.matching.Screener;
import org.tradeguard.model.Entity;
import org.tradeguard.model.Hit;
import org.tradeguard.model.Prop;
import org.tradeguard.model.Schema;
import org.tradeguard.model.ScreeningQuery;

/**
 * A development probe of reworded organisation names, for tuning (not a set the targets are
 * measured on): the OFAC and UK organisations are indexed by their primary name only, and each of
 * their strong aliases (of more than four characters, other than the name after folding) is
 * screened, expecting its own entity. An alias is how the same authority writes the party another
 * way (the Russian transliteration and the English translation, a former name, a short name), so
 * it is what a second authority's spelling looks like; the held-out sets stay unread: every entity
 * they name ({@code eval/heldout/*.tsv}, column {@code expected}) is left out of the queries.
 *
 * <p>Run {@code eval/alias-probe.sh [DETAILS.tsv]}: one summary line (share at the default threshold,
 * share ranked first) and, with a file, every case with its score, rank and top hit.
 */
public final class AliasProbe {
    private AliasProbe() {}

    /** Aliases this short are acronyms and stubs: not what the probe is for. */
    static final int MIN_ALIAS_LENGTH = 5;

    public static void main(String[] args) throws IOException {
        Path heldout = Path.of(args.length > 0 ? args[0] : "eval/heldout");
        Path details = args.length > 1 ? Path.of(args[1]) : null;
        Set<String> excluded = heldOutIds(heldout);
        List<Entity> all = new ArrayList<>();
        for (ListLoad l : BundledLists.load(id -> true)) {
            all.addAll(l.entities());
        }
        List<Entity> index = new ArrayList<>();
        List<Entity> background = new ArrayList<>();
        List<String[]> cases = new ArrayList<>();
        for (Entity e : all) {
            String source = e.provenance().source();
            String name = e.first(Prop.NAME);
            if (!(source.startsWith("ofac") || source.equals("uk")) || !e.schema().matchable() || name == null) {
                background.add(e);
                continue;
            }
            index.add(primaryOnly(e, name));
            if (e.schema() == Schema.PERSON || e.schema() == Schema.VESSEL || e.schema() == Schema.AIRCRAFT
                    || excluded.contains(e.id())) {
                continue;
            }
            Set<String> seen = new HashSet<>();
            seen.add(NameKeys.fold(name));
            for (String property : List.of(Prop.ALIAS, Prop.PREVIOUS_NAME)) {
                for (String alias : e.get(property)) {
                    if (alias.length() >= MIN_ALIAS_LENGTH && seen.add(NameKeys.fold(alias))) {
                        cases.add(new String[] {e.id(), e.schema().code(), alias, name});
                    }
                }
            }
        }
        Screener screener = Screener.build(index, background);
        ScreenOptions options = ScreenOptions.defaults().withCutoff(0.3).withLimit(10);
        int atThreshold = 0;
        int first = 0;
        try (PrintWriter out = details == null ? null : new PrintWriter(Files.newBufferedWriter(details, StandardCharsets.UTF_8))) {
            if (out != null) {
                out.println("expected\talias\tname\tscore\trank\ttop_name\ttop_score");
            }
            for (String[] c : cases) {
                List<Hit> hits = screener.screen(new ScreeningQuery(c[2], Schema.ofCode(c[1]).orElse(null), null, null,
                        List.of(), null), options);
                double score = 0;
                int rank = 0;
                for (int i = 0; i < hits.size() && rank == 0; i++) {
                    if (hits.get(i).entity().id().equals(c[0])) {
                        score = hits.get(i).score();
                        rank = i + 1;
                    }
                }
                atThreshold += score >= ScreenOptions.DEFAULT_THRESHOLD ? 1 : 0;
                first += rank == 1 ? 1 : 0;
                if (out != null) {
                    Hit top = hits.isEmpty() ? null : hits.get(0);
                    out.printf(Locale.ROOT, "%s\t%s\t%s\t%.4f\t%d\t%s\t%.4f%n", c[0], c[2], c[3], score, rank,
                            top == null ? "" : top.entity().caption(), top == null ? 0.0 : top.score());
                }
            }
        }
        System.out.printf(Locale.ROOT, "alias probe (%s): %,d aliases of %,d indexed names; at %.2f: %,d (%.4f); ranked first: %,d (%.4f)%n",
                screener.version(), cases.size(), index.size(), ScreenOptions.DEFAULT_THRESHOLD, atThreshold,
                (double) atThreshold / cases.size(), first, (double) first / cases.size());
    }

    /** The entity with its name only: no alias, weak alias or previous name to be found by. */
    private static Entity primaryOnly(Entity e, String name) {
        Entity.Builder b = Entity.builder(e.id(), e.schema(), e.provenance());
        e.properties().forEach((property, values) -> {
            if (property.equals(Prop.NAME)) {
                b.add(property, name);
            } else if (!property.equals(Prop.ALIAS) && !property.equals(Prop.WEAK_ALIAS) && !property.equals(Prop.PREVIOUS_NAME)) {
                b.addAll(property, values);
            }
        });
        return b.build();
    }

    /** Every id in the {@code expected} column of the held-out sets (the only column read). */
    private static Set<String> heldOutIds(Path folder) throws IOException {
        Set<String> ids = new HashSet<>();
        if (!Files.isDirectory(folder)) {
            return ids;
        }
        try (var files = Files.newDirectoryStream(folder, "*.tsv")) {
            for (Path f : files) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    String[] cols = line.split("\t", -1);
                    if (cols.length > 2) {
                        for (String id : cols[2].split(";")) {
                            ids.add(id.strip());
                        }
                    }
                }
            }
        }
        return ids;
    }
}
