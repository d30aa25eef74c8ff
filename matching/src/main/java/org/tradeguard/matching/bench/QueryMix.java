package org.tradeguard.matching.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.tradeguard.model.Entity;
import org.tradeguard.model.Prop;
import org.tradeguard.model.Schema;
import org.tradeguard.model.ScreeningQuery;

/**
 * A realistic, deterministic screening workload built from the indexed lists themselves: about
 * half persons and half organisations; about half are listed names as an invoice or a payment
 * would spell them (reordered, a word dropped, a typo, other case) and half are innocent names
 * recombined from real name parts of different entities; about 10% are in a non-Latin script
 * (original-script names the lists carry). Same entities and seed, same queries.
 */
public final class QueryMix {
    private QueryMix() {}

    public static final long DEFAULT_SEED = 20240419L;

    public static List<ScreeningQuery> build(List<Entity> entities, int size, long seed) {
        List<Entity> persons = new ArrayList<>();
        List<Entity> orgs = new ArrayList<>();
        List<String> nonLatin = new ArrayList<>();
        List<Entity> sorted = new ArrayList<>(entities);
        sorted.sort(Comparator.comparing(Entity::id));
        for (Entity e : sorted) {
            if (!e.schema().matchable() || e.get(Prop.NAME).isEmpty()) {
                continue;
            }
            if (e.schema() == Schema.PERSON) {
                persons.add(e);
            } else if (e.schema().isA(Schema.LEGAL_ENTITY)) {
                orgs.add(e);
            }
            for (String a : e.get(Prop.ALIAS)) {
                if (!isLatin(a)) {
                    nonLatin.add(a);
                }
            }
        }
        if (persons.isEmpty() || orgs.isEmpty()) {
            throw new IllegalArgumentException("the query mix needs persons and organisations in the lists");
        }
        Random r = new Random(seed);
        List<ScreeningQuery> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            boolean person = r.nextBoolean();
            List<Entity> pool = person ? persons : orgs;
            Schema schema = person ? Schema.PERSON : Schema.ORGANIZATION;
            String name;
            if (!nonLatin.isEmpty() && r.nextInt(10) == 0) {
                name = nonLatin.get(r.nextInt(nonLatin.size()));
                schema = null;
            } else if (r.nextBoolean()) {
                name = perturb(pool.get(r.nextInt(pool.size())).caption(), r);
            } else {
                name = recombine(pool.get(r.nextInt(pool.size())).caption(), pool.get(r.nextInt(pool.size())).caption(), r);
            }
            out.add(new ScreeningQuery(name, schema, null, null, List.of(), null));
        }
        return out;
    }

    private static String perturb(String name, Random r) {
        List<String> words = new ArrayList<>(List.of(name.replace(",", " ").trim().split("\\s+")));
        switch (r.nextInt(4)) {
            case 0 -> java.util.Collections.reverse(words);
            case 1 -> {
                if (words.size() > 2) {
                    words.remove(r.nextInt(words.size()));
                }
            }
            case 2 -> {
                int w = r.nextInt(words.size());
                String s = words.get(w);
                if (s.length() > 3) {
                    int p = 1 + r.nextInt(s.length() - 2);
                    words.set(w, s.substring(0, p) + s.charAt(p + 1) + s.charAt(p) + s.substring(p + 2));
                }
            }
            default -> {
                for (int k = 0; k < words.size(); k++) {
                    String s = words.get(k).toLowerCase(Locale.ROOT);
                    words.set(k, s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1));
                }
            }
        }
        return String.join(" ", words);
    }

    private static String recombine(String a, String b, Random r) {
        String[] wa = a.replace(",", " ").trim().split("\\s+");
        String[] wb = b.replace(",", " ").trim().split("\\s+");
        String first = wa[r.nextInt(wa.length)];
        String second = wb[r.nextInt(wb.length)];
        return first + " " + second;
    }

    private static boolean isLatin(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c) && c > 0x24F) {
                return false;
            }
        }
        return true;
    }
}
