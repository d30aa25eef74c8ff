package org.tradeguard.matching.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.tradeguard.model.Entity;
import org.tradeguard.model.Prop;
import org.tradeguard.model.Provenance;
import org.tradeguard.model.Schema;
import org.tradeguard.model.Snapshot;

/**
 * A large synthetic list for scale tests, made from real name parts: the words of the real lists'
 * person and organisation names, recombined with a fixed seed (same input and seed, same list).
 * Persons get two to four parts, organisations two to four words and often a legal form; a third
 * get an alias. Ids are {@code synth-<n>}; the dataset is {@code synthetic}.
 */
public final class SyntheticEntities {
    private SyntheticEntities() {}

    private static final String[] LEGAL_FORMS = {"LLC", "LTD", "CO LTD", "JSC", "GMBH", "S.A.", "INC", "OOO", "PJSC", "FZE"};

    public static List<Entity> generate(List<Entity> real, int count, long seed) {
        List<Entity> sorted = new ArrayList<>(real);
        sorted.sort(Comparator.comparing(Entity::id));
        Set<String> personParts = new LinkedHashSet<>();
        Set<String> orgWords = new LinkedHashSet<>();
        for (Entity e : sorted) {
            if (!e.schema().matchable()) {
                continue;
            }
            for (String name : e.get(Prop.NAME)) {
                for (String w : name.replace(",", " ").split("\\s+")) {
                    if (w.length() > 1) {
                        (e.schema() == Schema.PERSON ? personParts : orgWords).add(w);
                    }
                }
            }
        }
        String[] persons = personParts.toArray(new String[0]);
        String[] words = orgWords.toArray(new String[0]);
        Snapshot snap = new Snapshot("synthetic", "Synthetic scale-test list (seed " + seed + ")", null,
                "0".repeat(64), "generated");
        Random r = new Random(seed);
        List<Entity> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean person = r.nextInt(2) == 0;
            String id = "synth-" + i;
            Entity.Builder b = Entity.builder(id, person ? Schema.PERSON : Schema.ORGANIZATION,
                    new Provenance(snap, id, "")).dataset("synthetic");
            b.add(Prop.NAME, person ? personName(persons, r) : orgName(words, r));
            if (r.nextInt(3) == 0) {
                b.add(Prop.ALIAS, person ? personName(persons, r) : orgName(words, r));
            }
            out.add(b.build());
        }
        return out;
    }

    private static String personName(String[] parts, Random r) {
        int n = 2 + r.nextInt(3);
        StringBuilder sb = new StringBuilder(parts[r.nextInt(parts.length)]).append(',');
        for (int k = 1; k < n; k++) {
            sb.append(' ').append(parts[r.nextInt(parts.length)]);
        }
        return sb.toString();
    }

    private static String orgName(String[] words, Random r) {
        int n = 2 + r.nextInt(3);
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < n; k++) {
            sb.append(k == 0 ? "" : " ").append(words[r.nextInt(words.length)]);
        }
        if (r.nextInt(3) > 0) {
            sb.append(' ').append(LEGAL_FORMS[r.nextInt(LEGAL_FORMS.length)]);
        }
        return sb.toString();
    }
}
