package org.tradeguard.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tradeguard.model.Entity;
import org.tradeguard.model.Prop;

/**
 * {@code aliases.tsv}: each strong alias or previous name of a listed party, screened alone,
 * must find that party. The expected ids also hold the same party in other sources where the
 * authorities publish the link (OFAC = CSL SDN row, UN = UK subject), since the set runs
 * against every list.
 */
final class AliasSet {
    private AliasSet() {}

    static final String FILE = "aliases.tsv";
    /** Enough cases for recall to move by 0.025% per case, few enough to run in about a minute. */
    static final int MAX_CASES = 4000;
    static final long SEED = 20240425L;

    static List<EvalRow> build(ListIndex index, BuildReport.Section report) {
        TreeMap<String, List<EvalRow>> bySource = new TreeMap<>();
        for (String source : index.sources()) {
            List<EvalRow> candidates = candidates(index, source, report);
            if (!candidates.isEmpty()) {
                bySource.put(source, candidates);
            }
        }
        Map<String, Integer> quotas = quotas(bySource, MAX_CASES);
        List<EvalRow> out = new ArrayList<>();
        for (var e : bySource.entrySet()) {
            List<EvalRow> pool = new ArrayList<>(e.getValue());
            Collections.shuffle(pool, new Random(SEED ^ e.getKey().hashCode()));
            int quota = quotas.get(e.getKey());
            out.addAll(pool.subList(0, quota));
            report.count(e.getKey() + ": cases kept (sampled from " + pool.size() + ")", quota);
        }
        out.sort(EvalRow.ORDER);
        report.cases = out.size();
        return out;
    }

    private static List<EvalRow> candidates(ListIndex index, String source, BuildReport.Section report) {
        List<Entity> entities = index.screenable(source);
        TreeMap<String, TreeSet<String>> owners = index.owners(source);
        List<EvalRow> out = new ArrayList<>();
        int tooShort = 0;
        int samePrimary = 0;
        Set<String> shared = new TreeSet<>();
        int sharedCases = 0;
        for (Entity e : entities) {
            Set<String> primaries = new HashSet<>();
            e.get(Prop.NAME).forEach(n -> primaries.add(NameKeys.fold(n)));
            Set<String> seen = new HashSet<>();
            for (String prop : List.of(Prop.ALIAS, Prop.PREVIOUS_NAME)) {
                for (String alias : e.get(prop)) {
                    String f = NameKeys.fold(alias);
                    if (NameKeys.letterCount(alias) <= 3) {
                        tooShort++;
                    } else if (primaries.contains(f)) {
                        samePrimary++;
                    } else if (!seen.add(f)) {
                        continue; // the same alias spelt twice on one entity: one case
                    } else if (owners.get(f).size() > 1) {
                        shared.add(f);
                        sharedCases++;
                    } else {
                        List<String> expected = new ArrayList<>();
                        expected.add(e.id());
                        expected.addAll(index.equivalents(e));
                        out.add(EvalRow.positive(alias, e.schema(), expected,
                                source + " " + prop + " of: " + e.caption()));
                    }
                }
            }
        }
        if (out.isEmpty() && tooShort + samePrimary + sharedCases == 0) {
            report.line(source + ": no aliases");
            return out;
        }
        report.count(source + ": candidate aliases", out.size());
        report.count(source + ": skipped, 3 letters or fewer", tooShort);
        report.count(source + ": skipped, equal to the primary name after folding", samePrimary);
        report.line(String.format(java.util.Locale.ROOT,
                "%s: skipped, shared by several entities of the source: %,d aliases (%,d distinct after folding)",
                source, sharedCases, shared.size()));
        return out;
    }

    /**
     * Splits {@code total} evenly across sources; a source with fewer candidates than its share
     * takes them all and the rest is shared again among the others.
     */
    static Map<String, Integer> quotas(TreeMap<String, List<EvalRow>> bySource, int total) {
        TreeMap<String, Integer> quotas = new TreeMap<>();
        TreeMap<String, Integer> open = new TreeMap<>();
        bySource.forEach((k, v) -> open.put(k, v.size()));
        int left = total;
        boolean changed = true;
        while (changed && !open.isEmpty()) {
            changed = false;
            int share = left / open.size();
            for (var it = open.entrySet().iterator(); it.hasNext(); ) {
                var e = it.next();
                if (e.getValue() <= share) {
                    quotas.put(e.getKey(), e.getValue());
                    left -= e.getValue();
                    it.remove();
                    changed = true;
                }
            }
        }
        if (!open.isEmpty()) {
            int share = left / open.size();
            int extra = left % open.size();
            for (String k : open.keySet()) {
                quotas.put(k, share + (extra-- > 0 ? 1 : 0));
            }
        }
        return quotas;
    }
}
