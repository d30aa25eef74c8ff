package org.tradeguard.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.tradeguard.model.Entity;
import org.tradeguard.model.Schema;

/**
 * {@code negatives-persons.tsv} and {@code negatives-companies.tsv}: real names of people and
 * companies that are not listed, which must not alert. Persons combine a real first name and a
 * real surname of one locale (seeded), companies are real company names, half of them with a
 * legal form. A candidate whose loose key ({@link NameKeys#looseKey}) equals that of any name of
 * any bundled entity is removed: it is not known to be non-sanctioned.
 */
final class NegativeSet {
    private NegativeSet() {}

    static final String PERSONS = "negatives-persons.tsv";
    static final String COMPANIES = "negatives-companies.tsv";
    static final long SEED = 20240501L;
    static final int MAX_COMPANIES = 2000;
    /** English first names (stdlib, US census) with surnames from cspell's people-names list. */
    static final int CSPELL_PERSONS = 560;

    /**
     * How a locale writes a person's name from datafaker's {@code first} and {@code last} lists.
     *
     * @param locale    datafaker locale tag, as in the file names
     * @param count     names to draw (before collisions are removed)
     * @param lastFirst surname first ("佐藤一郎", "김민준")
     * @param separator between the two parts; empty for Chinese, Japanese and Korean
     */
    record LocaleStyle(String locale, int count, boolean lastFirst, String separator) {}

    /**
     * About 10% of the persons in non-Latin scripts. vi keeps datafaker's order: its
     * {@code first_name} list holds family names (Nguyễn, Trần), written first in Vietnamese.
     */
    static final List<LocaleStyle> LOCALES = List.of(
            new LocaleStyle("ar", 22, false, " "), new LocaleStyle("el-GR", 22, false, " "),
            new LocaleStyle("fa", 22, false, " "), new LocaleStyle("he", 22, false, " "),
            new LocaleStyle("ja", 22, true, ""), new LocaleStyle("ko", 22, true, ""),
            new LocaleStyle("ru", 22, false, " "), new LocaleStyle("uk", 22, false, " "),
            new LocaleStyle("zh-CN", 22, true, ""),
            new LocaleStyle("de", 140, false, " "), new LocaleStyle("en", 140, false, " "),
            new LocaleStyle("es", 140, false, " "), new LocaleStyle("fr", 140, false, " "),
            new LocaleStyle("it", 140, false, " "), new LocaleStyle("pl", 140, false, " "),
            new LocaleStyle("pt", 140, false, " "), new LocaleStyle("tr", 140, false, " "),
            new LocaleStyle("vi", 140, false, " "));

    /** Legal forms appended to about half of the company names, as they are written in trade documents. */
    static final List<String> LEGAL_FORMS = List.of("Ltd", "Ltd.", "Limited", "Company Limited", "Co., Ltd.", "Co. Ltd",
            "LLC", "Inc.", "Corp.", "Corporation", "GmbH", "AG", "S.A.", "SA", "S.p.A.", "S.r.l.", "B.V.", "N.V.",
            "PLC", "Pty Ltd", "SAS", "S.A. de C.V.", "Sp. z o.o.", "OOO", "JSC", "A.S.", "Co.");

    /** The loose keys of every name of every entity, weak aliases included. */
    static Set<String> listedKeys(List<Entity> entities) {
        Set<String> keys = new HashSet<>();
        for (Entity e : entities) {
            for (String n : ListIndex.allNames(e)) {
                keys.add(NameKeys.looseKey(n));
            }
        }
        return keys;
    }

    static List<EvalRow> persons(NameSources src, Set<String> listed, BuildReport.Section report) {
        Set<String> keys = new HashSet<>();
        List<EvalRow> out = new ArrayList<>();
        int collisions = 0;
        for (LocaleStyle style : LOCALES) {
            List<String[]> pools = pools(src, style.locale());
            if (pools.isEmpty()) {
                report.line("datafaker " + style.locale() + ": no name lists in eval/sources (left out)");
                continue;
            }
            Random rnd = new Random(SEED ^ style.locale().hashCode());
            List<String> drawn = draw(rnd, style.count(), () -> {
                String[] pool = pools.get(rnd.nextInt(pools.size()));
                List<String> first = src.get(pool[0]);
                List<String> last = src.get(pool[1]);
                String f = first.get(rnd.nextInt(first.size()));
                String l = last.get(rnd.nextInt(last.size()));
                return style.lastFirst() ? l + style.separator() + f : f + style.separator() + l;
            });
            int[] c = add(drawn, Schema.PERSON, "datafaker " + style.locale(), keys, listed, out);
            collisions += c[1];
            report.count("datafaker " + style.locale(), c[0]);
        }
        List<String> firsts = new ArrayList<>(new TreeSet<>(concat(src.get(NameSources.FEMALE_EN), src.get(NameSources.MALE_EN))));
        Set<String> firstKeys = new HashSet<>();
        firsts.forEach(f -> firstKeys.add(NameKeys.fold(f)));
        // cspell's list mixes given names and surnames; the ones not known as English first names serve as surnames
        List<String> surnames = src.get(NameSources.PEOPLE).stream()
                .filter(n -> NameKeys.letterCount(n) >= 2 && !firstKeys.contains(NameKeys.fold(n))).toList();
        if (!firsts.isEmpty() && !surnames.isEmpty()) {
            Random rnd = new Random(SEED ^ NameSources.PEOPLE.hashCode());
            List<String> drawn = draw(rnd, CSPELL_PERSONS,
                    () -> firsts.get(rnd.nextInt(firsts.size())) + " " + surnames.get(rnd.nextInt(surnames.size())));
            int[] c = add(drawn, Schema.PERSON, "stdlib first name + cspell surname", keys, listed, out);
            collisions += c[1];
            report.count("stdlib English first name + cspell people-names surname", c[0]);
        }
        report.count("removed: equal to a name of a bundled entity (loose key)", collisions);
        long nonLatin = out.stream().filter(r -> NameKeys.nonLatinScript(r.query()) != null).count();
        report.line(String.format(java.util.Locale.ROOT, "in a non-Latin script: %,d (%.1f%%)", nonLatin,
                out.isEmpty() ? 0.0 : 100.0 * nonLatin / out.size()));
        out.sort(EvalRow.ORDER);
        report.cases = out.size();
        return out;
    }

    static List<EvalRow> companies(NameSources src, Set<String> listed, BuildReport.Section report) {
        // cspell's list also holds a few plain words ("and", "university", "com"); a name has a capital or a digit
        List<String> names = src.get(NameSources.COMPANIES).stream()
                .filter(n -> NameKeys.letterCount(n) >= 3 && n.chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c)))
                .toList();
        Random rnd = new Random(SEED ^ NameSources.COMPANIES.hashCode());
        List<String> bare = new ArrayList<>();
        List<String> withForm = new ArrayList<>();
        for (String n : names) {
            if (rnd.nextBoolean()) {
                withForm.add(n + " " + LEGAL_FORMS.get(rnd.nextInt(LEGAL_FORMS.size())));
            } else {
                bare.add(n);
            }
        }
        Set<String> keys = new HashSet<>();
        List<EvalRow> out = new ArrayList<>();
        int[] a = add(bare, Schema.ORGANIZATION, "cspell company", keys, listed, out);
        int[] b = add(withForm, Schema.ORGANIZATION, "cspell company + legal form", keys, listed, out);
        report.count("cspell company names of 3 letters or more, with a capital or a digit", names.size());
        report.count("removed: equal to a name of a bundled entity (loose key)", a[1] + b[1]);
        report.count("removed: same loose key as another company name", a[2] + b[2]);
        if (out.size() > MAX_COMPANIES) {
            // the names with the lowest seeded hash: a table change that removes or adds one name
            // changes one row of the sample, not the whole draw (a shuffle would reshuffle it all)
            out.sort(java.util.Comparator.comparingLong((EvalRow r) -> drawKey(r.query())).thenComparing(EvalRow.ORDER));
            out = new ArrayList<>(out.subList(0, MAX_COMPANIES));
        }
        out.sort(EvalRow.ORDER);
        report.count("bare names", out.stream().filter(r -> r.note().equals("cspell company")).count());
        report.count("with a legal form", out.stream().filter(r -> !r.note().equals("cspell company")).count());
        report.cases = out.size();
        return out;
    }

    /** A seeded, well-mixed hash of a name (SplitMix64 finaliser), independent of the other names. */
    static long drawKey(String name) {
        long z = SEED ^ name.hashCode() * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Draws up to {@code n} distinct names (by fold) from a seeded generator. */
    private static List<String> draw(Random rnd, int n, java.util.function.Supplier<String> next) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int attempt = 0; attempt < n * 50 && out.size() < n; attempt++) {
            String s = next.get();
            if (seen.add(NameKeys.fold(s))) {
                out.add(s);
            }
        }
        return out;
    }

    /** Adds the names that are neither listed nor already present; returns {added, listed collisions, duplicates}. */
    private static int[] add(List<String> names, Schema schema, String note, Set<String> keys, Set<String> listed,
                             List<EvalRow> out) {
        int added = 0;
        int collisions = 0;
        int duplicates = 0;
        for (String n : names) {
            String key = NameKeys.looseKey(n);
            if (listed.contains(key)) {
                collisions++;
            } else if (key.isEmpty() || !keys.add(key)) {
                duplicates++;
            } else {
                out.add(EvalRow.negative(n, schema, note));
                added++;
            }
        }
        return new int[] {added, collisions, duplicates};
    }

    /** datafaker pools of one locale: {first list, last list} per gender where the locale has them. */
    private static List<String[]> pools(NameSources src, String locale) {
        String p = "datafaker-" + locale + "-";
        List<String[]> pools = new ArrayList<>();
        for (String g : List.of("male-", "female-")) {
            if (src.has(p + g + "first")) {
                String last = src.has(p + g + "last") ? p + g + "last" : p + "last";
                if (src.has(last)) {
                    pools.add(new String[] {p + g + "first", last});
                }
            }
        }
        if (pools.isEmpty() && src.has(p + "first") && src.has(p + "last")) {
            pools.add(new String[] {p + "first", p + "last"});
        }
        return pools;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
