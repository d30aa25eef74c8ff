package org.tradeguard.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tradeguard.text.Phonetics;
import org.tradeguard.text.Token;
import org.tradeguard.text.TokenKind;

/**
 * Stage one: an inverted index from typed keys to list names, ranked by a cheap overlap score.
 * Keys per word token: its canonical key ({@code k}), its phonetic skeleton ({@code s}), and for
 * adjacent word pairs the concatenation of both ({@code k}/{@code s} of "xi"+"an"), so "Xian" and
 * "Xi An" meet, its first four letters ({@code p}) for words of five or more, and for a word with
 * kh or ch the word with kh read as ch ({@code x}, {@link #khAsCh}), for a Russian place adjective
 * its root ({@code r}, {@link PlaceAdjectives#root}), for a word of {@link TokenSimilarity#RUSSIAN_SPELLING_MIN}
 * letters or more that Russian and English spell apart, its folded spelling ({@code u},
 * {@link #russianSpelling}); for a name that is one
 * acronym, the acronym ({@code a}, {@link #wholeAcronym}); for a name of as many words as an acronym
 * may spell, their initials ({@code i}, {@link #wordInitials}). Legal forms, honorifics and stop words are not indexed: they find nothing.
 */
final class CandidateIndex {
    /** Prefix keys ("rosn" for "Rosnef"/"Rosneft") find typos that change the skeleton. */
    static final int PREFIX = 4;
    static final int PREFIX_MIN = 5;
    /** A word on at most this many names is rare: the names sharing it get {@link #RARE_BONUS} in {@link #rank}. */
    static final int RARE_POSTING = 32;
    /** More than any overlap of everyday words gathers: names sharing a rare word rank first, by the rest of their overlap. */
    static final float RARE_BONUS = 1000f;
    /** What the acronym key ({@link #wholeAcronym}) adds, per unit of the query's weight; see {@link #rank}. */
    static final float ACRONYM_KEY_WEIGHT = 4f;

    private final Map<String, int[]> postings;
    private final int names;
    /** Total token weight of each name, to prefer names the query covers ("Sberbank" over "Sberbank Leasing Agency"). */
    private final float[] nameWeight;

    private CandidateIndex(Map<String, int[]> postings, float[] nameWeight) {
        this.postings = postings;
        this.names = nameWeight.length;
        this.nameWeight = nameWeight;
    }

    static CandidateIndex build(List<PreparedName> names) {
        Map<String, IntList> lists = new HashMap<>();
        for (int id = 0; id < names.size(); id++) {
            for (String key : keys(names.get(id))) {
                IntList l = lists.computeIfAbsent(key, k -> new IntList());
                if (l.size == 0 || l.last() != id) {
                    l.add(id);
                }
            }
        }
        Map<String, int[]> postings = new HashMap<>(lists.size() * 2);
        lists.forEach((k, v) -> postings.put(k, v.toArray()));
        float[] weights = new float[names.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = names.get(i).totalWeight;
        }
        return new CandidateIndex(postings, weights);
    }

    /**
     * The word with every kh read as ch, for words that have either, else null: key {@code x}. The
     * Russian х is kh in the lists' romanisation and ch in many companies' own English names
     * ("Tekhnodinamika" / "Technodinamika", "Tekhnopromexport" / "Technopromexport"); the
     * skeleton reads kh as h and ch as sh, and the prefix of a word beginning "tech" is shared by
     * too many names to find one.
     */
    static String khAsCh(String key) {
        int kh = key.indexOf("kh");
        if (kh < 0) {
            return key.indexOf("ch") >= 0 ? key : null;
        }
        return key.replace("kh", "ch");
    }

    /** Index keys of a name; the query is looked up with the same keys. */
    static List<String> keys(PreparedName n) {
        List<String> out = new ArrayList<>(n.tokens.length * 4);
        Token prev = null;
        for (Token t : n.tokens) {
            if (t.kind() != TokenKind.WORD) {
                prev = null;
                continue;
            }
            out.add("k" + t.key());
            if (t.skeleton().length() >= 2) {
                out.add("s" + t.skeleton());
            }
            if (t.key().length() >= PREFIX_MIN) {
                out.add("p" + t.key().substring(0, PREFIX));
            }
            String kh = khAsCh(t.key());
            if (kh != null) {
                out.add("x" + kh);
            }
            String root = PlaceAdjectives.root(t.key());
            if (root != null) {
                out.add("r" + root);
            }
            String russian = russianSpelling(t);
            if (russian != null) {
                out.add("u" + russian);
            }
            if (prev != null) {
                String joined = prev.key() + t.key();
                out.add("k" + joined);
                out.add("s" + Phonetics.skeleton(joined));
            }
            prev = t;
        }
        String acronym = wholeAcronym(n);
        if (acronym != null) {
            out.add("a" + acronym);
        }
        String initials = wordInitials(n);
        if (initials != null) {
            out.add("i" + initials);
        }
        String company = companyInitials(n);
        if (company != null) {
            out.add("i" + company);
        }
        return out;
    }

    /**
     * The word folded as Russian and English Latin spellings agree ({@link TokenSimilarity#sameRussianSpelling}):
     * key {@code u}, for words of {@link TokenSimilarity#RUSSIAN_SPELLING_MIN} letters or more whose
     * folded spelling is not the word itself, else null. Not for a word of the variant table: its
     * spellings share its key already ("Mohammed", "Muhammad"), and looking them up folded would
     * crowd out the names that share more.
     */
    static String russianSpelling(Token t) {
        String key = t.key();
        if (key.length() < TokenSimilarity.RUSSIAN_SPELLING_MIN || t.known() || t.transliterated()) {
            return null;
        }
        String folded = TokenSimilarity.russianSpelling(key);
        return folded.equals(key) ? null : folded;
    }

    /**
     * The acronym that is an organisation name's only word, of {@link NameScorer#WHOLE_ACRONYM_MIN}
     * letters or more ("OJSC NIIEVM"), else null: key {@code a}, looked up with the initials of a
     * query of as many words (see {@link #wordInitials}).
     */
    static String wholeAcronym(PreparedName n) {
        if (n.words != 1 || n.acronymTokens == 0L) {
            return null;
        }
        for (int i = 0; i < n.tokens.length; i++) {
            if (PreparedName.has(n.acronymTokens, i) && n.tokens[i].text().length() >= NameScorer.WHOLE_ACRONYM_MIN) {
                return n.tokens[i].text();
            }
        }
        return null;
    }

    /**
     * The initials of an organisation name's words as written, when an acronym could spell them
     * all, else null: key {@code i} of a listed name, looked up with a query that is one acronym
     * ({@link #queryAcronym}); and the key {@code a} a query of many words looks up listed acronyms
     * with.
     */
    static String wordInitials(PreparedName name) {
        if (name.person || name.words < NameScorer.WHOLE_ACRONYM_MIN || name.words > NameScorer.ACRONYM_MAX) {
            return null;
        }
        StringBuilder sb = new StringBuilder(name.words);
        for (int i = 0; i < name.tokens.length; i++) {
            if (name.tokens[i].kind() == TokenKind.WORD) {
                char c = name.initials.charAt(i);
                if (c == '#') {
                    return null; // a transliterated word: no Latin initial
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** {@link PreparedName#companyInitials} when an acronym of as many letters counts as whole, else null. */
    static String companyInitials(PreparedName name) {
        String c = name.companyInitials;
        return c != null && c.length() >= NameScorer.WHOLE_ACRONYM_MIN && c.length() <= NameScorer.ACRONYM_MAX ? c : null;
    }

    /** A query that is one acronym of {@link NameScorer#WHOLE_ACRONYM_MIN} letters or more, as {@link #wholeAcronym} reads a listed name. */
    static String queryAcronym(PreparedName q) {
        return q.person ? null : wholeAcronym(q);
    }

    /** Per-thread accumulator so ranking allocates nothing per query but its result. */
    private static final class Scratch {
        float[] acc = new float[0];
        int[] touched = new int[0];
        int touchedCount;
        long[] packed = new long[0];
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /**
     * Name ids ranked by overlap with the query: each matching key adds the query token's weight
     * (skeleton keys count 0.8 of it). Returns at most {@code max} ids, best first.
     */
    int[] rank(PreparedName query, int max) {
        Scratch s = SCRATCH.get();
        if (s.acc.length < names) {
            s.acc = new float[names];
            s.touched = new int[Math.max(1024, names / 8)];
        }
        float[] acc = s.acc;
        s.touchedCount = 0;
        Token prev = null;
        float prevWeight = 0f;
        for (int i = 0; i < query.tokens.length; i++) {
            Token t = query.tokens[i];
            if (t.kind() != TokenKind.WORD) {
                prev = null;
                continue;
            }
            float w = query.weights[i];
            int[] exact = postings.get("k" + t.key());
            add(s, exact, w);
            if (exact != null && exact.length <= RARE_POSTING) {
                // a name sharing a rare word comes before those sharing only everyday words: a short
                // listed name ("NPP ISTOK") must not be crowded out by the many that share the
                // query's "Scientific Production Enterprise"
                add(s, exact, RARE_BONUS);
            }
            if (t.skeleton().length() >= 2) {
                add(s, postings.get("s" + t.skeleton()), w * 0.8f);
                addPersianZ(s, t, t.skeleton(), w * 0.8f);
            }
            if (t.key().length() >= PREFIX_MIN) {
                add(s, postings.get("p" + t.key().substring(0, PREFIX)), w * 0.5f);
            }
            String kh = khAsCh(t.key());
            if (kh != null) {
                add(s, postings.get("x" + kh), w * 0.8f);
            }
            addPlaceAdjectives(s, t.key(), w * 0.8f);
            String russian = russianSpelling(t);
            if (russian != null) {
                // "Ruskhimalyans" finds "Rushimalians" (both folded) and "Rushimalyans" (folded to its key)
                add(s, postings.get("u" + russian), w * 0.8f);
                add(s, postings.get("k" + russian), w * 0.8f);
            }
            if (prev != null) {
                String joined = prev.key() + t.key();
                add(s, postings.get("k" + joined), w + prevWeight);
                String alt = query.altPairKey(i - 1);
                if (alt != null) {
                    // the pair as written, where a table rewrote one word ("Uralvagon Zavod" / URALVAGONZAVOD)
                    add(s, postings.get("k" + alt), w + prevWeight);
                }
                String skeleton = Phonetics.skeleton(joined);
                add(s, postings.get("s" + skeleton), (w + prevWeight) * 0.8f);
                addPersianZ(s, prev.abjad() ? prev : t, skeleton, (w + prevWeight) * 0.8f);
            }
            prev = t;
            prevWeight = w;
        }
        String initials = wordInitials(query);
        if (initials != null) {
            // about what a name sharing most of the query's words gathers through its word, skeleton,
            // prefix and pair keys, so that the acronym ranks among them
            add(s, postings.get("a" + initials), ACRONYM_KEY_WEIGHT * query.totalWeight);
        }
        String company = companyInitials(query);
        if (company != null) {
            add(s, postings.get("a" + company), ACRONYM_KEY_WEIGHT * query.totalWeight);
        }
        String acronym = queryAcronym(query);
        if (acronym != null) {
            // a query that is one acronym finds the names of as many words it spells ("IRISL" /
            // "ISLAMIC REPUBLIC OF IRAN SHIPPING LINES"), as the acronym key finds listed acronyms
            add(s, postings.get("i" + acronym), ACRONYM_KEY_WEIGHT * query.totalWeight);
        }
        int n = s.touchedCount;
        if (s.packed.length < n) {
            s.packed = new long[s.touched.length];
        }
        long[] packed = s.packed;
        int[] touched = s.touched;
        for (int i = 0; i < n; i++) {
            int id = touched[i];
            float a = acc[id];
            float w = nameWeight[id];
            acc[id] = 0f;
            // overlap, discounted by how much of the name it leaves unexplained
            float score = w <= 0f ? a : a * (0.5f + 0.5f * Math.min(1f, a / w));
            packed[i] = ((long) Float.floatToIntBits(score) << 32) | (Integer.MAX_VALUE - id);
        }
        return topK(packed, n, max);
    }

    /**
     * A place and its Russian adjective ({@link PlaceAdjectives}): a query place finds listed
     * adjectives by their root (key {@code r}); a query adjective finds the listed place, written
     * as its root, with -a, -s, -sk or -ic.
     */
    private void addPlaceAdjectives(Scratch s, String key, float w) {
        for (String root : PlaceAdjectives.placeRoots(key)) {
            add(s, postings.get("r" + root), w);
        }
        String root = PlaceAdjectives.root(key);
        if (root != null) {
            for (String end : PLACE_ENDINGS) {
                add(s, postings.get("k" + root + end), w);
            }
        }
    }

    private static final String[] PLACE_ENDINGS = {"", "a", "s", "sk", "ic"};

    /**
     * An abjad word is also looked up with its d and t read as z: Persian says z for dad and dhal
     * (فیض "Faiz", نذیر "Nazir"), which fold to d and dh (see {@code TokenSimilarity.abjadAligns}).
     */
    private void addPersianZ(Scratch s, Token t, String skeleton, float w) {
        if (t.abjad() && skeleton.indexOf('t') >= 0) {
            add(s, postings.get("s" + skeleton.replace('t', 's')), w);
        }
    }

    private static void add(Scratch s, int[] posting, float w) {
        if (posting == null) {
            return;
        }
        float[] acc = s.acc;
        for (int id : posting) {
            if (acc[id] == 0f) {
                if (s.touchedCount == s.touched.length) {
                    s.touched = Arrays.copyOf(s.touched, s.touched.length * 2);
                }
                s.touched[s.touchedCount++] = id;
            }
            acc[id] += w;
        }
    }

    /**
     * The ids of the {@code k} largest of {@code packed[0, n)}, best first. Each value holds a
     * score and an id that order by score, then by lower id (for determinism): scores are
     * non-negative floats, whose bit patterns order like the floats. The query's words may touch
     * thousands of names: the k largest are selected first, and only they are sorted.
     */
    static int[] topK(long[] packed, int n, int k) {
        int m = Math.min(k, n);
        if (n > m) {
            selectLargest(packed, n, m);
        }
        Arrays.sort(packed, n - m, n);
        int[] out = new int[m];
        for (int i = 0; i < m; i++) {
            out[i] = Integer.MAX_VALUE - (int) (packed[n - 1 - i] & 0xFFFFFFFFL);
        }
        return out;
    }

    /** Moves the {@code k} largest of {@code a[0, n)} to {@code a[n - k, n)}: a quickselect (Hoare partition, median of three). */
    private static void selectLargest(long[] a, int n, int k) {
        int target = n - k;
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            // median of three as the pivot
            long x = a[lo];
            long y = a[mid];
            long z = a[hi];
            long pivot = Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    long t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            // now a[lo, j] <= pivot <= a[i, hi], and a[j + 1, i) == pivot
            if (target <= j) {
                hi = j;
            } else if (target >= i) {
                lo = i;
            } else {
                return;
            }
        }
    }

    private static final class IntList {
        int[] a = new int[4];
        int size;

        void add(int v) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
            }
            a[size++] = v;
        }

        int last() {
            return a[size - 1];
        }

        int[] toArray() {
            return Arrays.copyOf(a, size);
        }
    }
}
