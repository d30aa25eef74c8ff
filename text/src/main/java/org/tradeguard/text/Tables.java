package org.tradeguard.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The versioned word tables of the text pipeline, loaded once from resources. Each file starts
 * with a {@code # tg-tables NAME version N} line; the versions are part of the algorithm's identity.
 */
final class Tables {
    /** Phrase (space-joined folded tokens) -> canonical legal form. */
    final Map<String, String> legalForms;
    /** One-word legal-form variants -> canonical form, for typo-tolerant recognition. */
    final Map<String, String> singleWordLegalForms;
    /**
     * Legal-form phrases of several words, two of them long enough to be matched with a typo
     * ({@link NamePipeline#FUZZY_LEGAL_FORM_LENGTH}): each as its words, then the canonical form
     * last. Sorted longest first, so the longest phrase that fits wins.
     */
    final List<String[]> fuzzyLegalPhrases;
    /** Longest legal-form phrase, in tokens. */
    final int longestLegalForm;
    /**
     * Canonical legal form -> the first form of its family ({@code = jsc ojsc cjsc pjsc} lines of
     * {@code legal-forms.txt}): forms that say the same kind of company in another wording or of
     * another year (Russian joint-stock companies were re-registered from OAO to PAO or AO).
     */
    final Map<String, String> legalFormFamilies;
    /** Phrase (space-joined folded tokens) -> the place word it stands for ("russian federation" -> "russia"). */
    final Map<String, String> countryNames;
    final int longestCountryName;
    /**
     * Phrases read as one word: countries' long names (to the country) and the translation table's
     * phrases ("machine building" -> "machinery", as the one Russian word mashinostroitelny).
     */
    final Map<String, String> wordPhrases;
    /** Han words as written (two to three characters) -> the key of the English word ({@code han-words.txt}). */
    final Map<String, String> hanWords;
    /** Longest word of {@link #hanWords}, in characters. */
    final int longestHanWord;
    final int longestWordPhrase;
    final Set<String> honorifics;
    final Set<String> stopwords;
    /** Country names and demonyms, which qualify an organisation's name rather than identify it. */
    final Set<String> places;
    /** Everyday business and English words, which do not identify an organisation on their own. */
    final Set<String> generic;
    /**
     * The business vocabulary of {@link #generic} alone ({@code generic-words.txt},
     * {@code activity-words.txt}, {@code directions.txt}), without the English words.
     */
    final Set<String> business;
    /** The part of {@link #business} that says a firm does something without saying what ({@code activity-words.txt}). */
    final Set<String> activity;
    /** The compass directions of {@link #business} ({@code directions.txt}). */
    final Set<String> directions;
    /** Word -> its line of {@code body-words.txt}: words that say what kind of body an organisation is, one kind per line. */
    final Map<String, Integer> bodyKinds;
    /** Folded word -> canonical word (abbreviations and name variants). */
    final Map<String, String> canonical;
    /**
     * Folded foreign compound word -> the keys of the English words it is made of
     * ({@code compounds.txt}: "aviaremontny" -> aircraft, repair).
     */
    final Map<String, List<String>> compounds;
    /** Folded words that translations.txt rewrites to an English key ("jamaat", "aslamy"). */
    final Set<String> translated;
    /**
     * English key -> the first letters (bit 0 = a) of the foreign words translations.txt rewrites
     * to it: "research" -> i, n, p, t (issledovatelskiy, nauchno, pajuheshi, tahghighat).
     */
    final Map<String, Integer> foreignInitials;
    /**
     * Stem of a Russian adjective the translation table lists ({@link #adjectiveStem}) -> its
     * English key: "mekhanichesk" -> "mechanical", so the endings the table does not list
     * ("MEKHANICHESKI", "GOSUDARSTVENNY", "ROSSIISKIE") are translated too. A stem two entries
     * give different keys is left out.
     */
    final Map<String, String> adjectiveStems;
    /** Folded given or family name -> canonical spelling of its variant group. */
    final Map<String, String> variants;
    final String versions;

    /**
     * Russian adjective endings as the lists romanise them, longest first: -aya, -oye, -ogo, -ykh,
     * -iy, -yy, -i, -y ... ("gosudarstvennyy", "gosudarstvenny", "gosudarstvennaya").
     */
    private static final String[] ADJECTIVE_ENDINGS = {
            "iye", "yye", "ogo", "ego", "ovo", "ykh", "ikh", "aya", "aia", "oye", "oe", "ye", "ie", "iy", "ii", "yy", "yi",
            "ij", "yj", "oy", "oi", "y", "i"};

    /**
     * Endings only adjectives have: a table word ending otherwise may be a noun ("akademii",
     * "energii", "zavody", "predpriyatie"), whose stem must not read other words ("Energie").
     */
    private static final String[] ADJECTIVE_ONLY_ENDINGS = {
            "iye", "yye", "ogo", "ykh", "ikh", "aya", "aia", "oye", "oe", "iy", "yy", "yi", "kii", "oy", "oi"};

    // (declared before INSTANCE: the constructor reads them)
    private static final Tables INSTANCE = new Tables();

    static Tables get() {
        return INSTANCE;
    }

    private Tables() {
        List<String> v = new ArrayList<>();
        legalForms = new HashMap<>();
        legalFormFamilies = new HashMap<>();
        List<String> legalLines = lines("legal-forms.txt", v);
        longestLegalForm = phrases("legal-forms.txt", legalLines.stream().filter(l -> !l.startsWith("=")).toList(), legalForms);
        for (String line : legalLines) {
            if (line.startsWith("=")) {
                String[] family = line.substring(1).strip().split("\\s+");
                for (String form : family) {
                    if (!legalForms.containsKey(form)) {
                        throw new IllegalStateException("legal-forms.txt: family line names " + form
                                + ", which is no canonical form: " + line);
                    }
                    legalFormFamilies.put(form, family[0]);
                }
            }
        }
        countryNames = new HashMap<>();
        longestCountryName = phrases("country-names.txt", lines("country-names.txt", v), countryNames);
        Map<String, String> single = new java.util.TreeMap<>();
        legalForms.forEach((k, c) -> {
            if (!k.contains(" ")) {
                single.put(k, c);
            }
        });
        singleWordLegalForms = single;
        List<String[]> fuzzy = new ArrayList<>();
        new java.util.TreeMap<>(legalForms).forEach((k, c) -> {
            String[] words = k.split(" ");
            long longWords = java.util.Arrays.stream(words).filter(w -> w.length() >= NamePipeline.FUZZY_LEGAL_FORM_LENGTH).count();
            if (words.length > 1 && longWords >= 2) {
                String[] entry = java.util.Arrays.copyOf(words, words.length + 1);
                entry[words.length] = c;
                fuzzy.add(entry);
            }
        });
        fuzzy.sort(java.util.Comparator.comparingInt((String[] e) -> -e.length));
        fuzzyLegalPhrases = List.copyOf(fuzzy);
        honorifics = words("honorifics.txt", v);
        stopwords = words("stopwords.txt", v);
        places = words("places.txt", v);
        activity = words("activity-words.txt", v);
        directions = words("directions.txt", v);
        Map<String, Integer> kinds = new HashMap<>();
        int kind = 0;
        for (String line : lines("body-words.txt", v)) {
            for (String w : line.strip().split("\\s+")) {
                kinds.putIfAbsent(w, kind);
            }
            kind++;
        }
        bodyKinds = kinds;
        Set<String> businessWords = new java.util.HashSet<>(words("generic-words.txt", v));
        businessWords.addAll(activity);
        businessWords.addAll(directions);
        business = businessWords;
        Set<String> g = new java.util.HashSet<>(business);
        g.addAll(words("english-words.txt", v));
        generic = g;
        canonical = new HashMap<>();
        phrases("abbreviations.txt", lines("abbreviations.txt", v), canonical);
        Map<String, String> translations = new HashMap<>();
        phrases("translations.txt", lines("translations.txt", v), translations);
        canonical.putAll(translations);
        Map<String, String> wp = new HashMap<>(countryNames);
        int longestPhrase = longestCountryName;
        for (Map.Entry<String, String> e : translations.entrySet()) {
            if (e.getKey().indexOf(' ') > 0) {
                wp.put(e.getKey(), e.getValue());
                longestPhrase = Math.max(longestPhrase, e.getKey().split(" ").length);
            }
        }
        wordPhrases = Map.copyOf(wp);
        Map<String, String> compoundWords = new HashMap<>();
        phrases("compounds.txt", lines("compounds.txt", v), compoundWords);
        Map<String, List<String>> split = new HashMap<>();
        compoundWords.forEach((word, english) -> {
            if (!word.equals(english)) {
                if (word.indexOf(' ') >= 0 || english.indexOf(' ') < 0) {
                    throw new IllegalStateException("compounds.txt: expected 'english words: one foreign word, ...', got "
                            + english + ": " + word);
                }
                List<String> keys = new ArrayList<>();
                for (String w : english.split(" ")) {
                    keys.add(canonical.getOrDefault(w, w));
                }
                split.put(word, List.copyOf(keys));
            }
        });
        compounds = Map.copyOf(split);
        Map<String, String> han = new HashMap<>();
        phrases("han-words.txt", lines("han-words.txt", v), han);
        Map<String, String> hanKeys = new HashMap<>();
        han.forEach((word, english) -> {
            if (!word.equals(english)) {
                // (the English word's own key: "trading" for "trade", "industry" for "industrial")
                hanKeys.put(word, canonical.getOrDefault(english, english));
            }
        });
        hanWords = Map.copyOf(hanKeys);
        longestHanWord = hanKeys.keySet().stream().mapToInt(w -> w.codePointCount(0, w.length())).max().orElse(0);
        longestWordPhrase = longestPhrase;
        Set<String> foreign = new HashSet<>();
        translations.forEach((word, key) -> {
            if (!word.equals(key)) {
                foreign.add(word);
            }
        });
        translated = Set.copyOf(foreign);
        Map<String, String> stems = new HashMap<>();
        Set<String> clashes = new HashSet<>();
        for (String word : foreign) {
            String stem = adjectiveForm(word) ? adjectiveStem(word) : null;
            if (stem != null) {
                String key = translations.get(word);
                String before = stems.putIfAbsent(stem, key);
                if (before != null && !before.equals(key)) {
                    clashes.add(stem);
                }
            }
        }
        clashes.forEach(stems::remove);
        adjectiveStems = Map.copyOf(stems);
        Map<String, Integer> initials = new HashMap<>();
        for (String word : foreign) {
            char c = word.charAt(0);
            if (c >= 'a' && c <= 'z') {
                initials.merge(translations.get(word), 1 << (c - 'a'), (a, b) -> a | b);
            }
        }
        foreignInitials = Map.copyOf(initials);
        variants = new HashMap<>();
        for (String line : lines("name-variants.txt", v)) {
            String[] group = line.strip().split("\\s+");
            for (String w : group) {
                variants.putIfAbsent(w, group[0]);
            }
        }
        versions = String.join(",", v);
    }

    /**
     * Reads "canonical: variant, variant" lines into {@code out} (each variant and the canonical
     * itself map to the canonical); returns the longest phrase in tokens.
     */
    private static int phrases(String file, List<String> lines, Map<String, String> out) {
        int longest = 1;
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalStateException(file + ": expected 'canonical: variant, ...', got " + line);
            }
            String canon = line.substring(0, colon).strip();
            for (String variant : line.substring(colon + 1).split(",")) {
                String phrase = variant.strip();
                out.put(phrase, canon);
                longest = Math.max(longest, phrase.split(" ").length);
            }
            out.put(canon, canon);
        }
        return longest;
    }

    private static Set<String> words(String file, List<String> versions) {
        Set<String> out = new HashSet<>();
        for (String line : lines(file, versions)) {
            for (String w : line.strip().split("\\s+")) {
                out.add(w);
            }
        }
        return out;
    }

    private static List<String> lines(String file, List<String> versions) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Tables.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("text table missing from the class path: " + file);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean first = true;
            while ((line = r.readLine()) != null) {
                if (first) {
                    if (!line.startsWith("# tg-tables ")) {
                        throw new IllegalStateException(file + " line 1: expected '# tg-tables NAME version N', got " + line);
                    }
                    versions.add(line.substring("# tg-tables ".length()).replace(" version ", "-v"));
                    first = false;
                    continue;
                }
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read text table " + file, e);
        }
        return out;
    }

    /** Whether a table word ends as only an adjective does ({@link #ADJECTIVE_ONLY_ENDINGS}). */
    static boolean adjectiveForm(String word) {
        for (String ending : ADJECTIVE_ONLY_ENDINGS) {
            if (word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** Shortest adjective stem: shorter ones are other words' beginnings. */
    static final int MIN_ADJECTIVE_STEM = 5;

    /** The word without a Russian adjective ending, {@link #MIN_ADJECTIVE_STEM} letters at least, else null. */
    static String adjectiveStem(String word) {
        return adjectiveStem(word, MIN_ADJECTIVE_STEM);
    }

    /** The word without a Russian adjective ending, {@code minStem} letters at least, else null. */
    static String adjectiveStem(String word, int minStem) {
        for (String ending : ADJECTIVE_ENDINGS) {
            if (word.endsWith(ending) && word.length() - ending.length() >= minStem) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return null;
    }
}
