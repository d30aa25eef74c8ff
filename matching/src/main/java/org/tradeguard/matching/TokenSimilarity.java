package org.tradeguard.matching;

import org.tradeguard.text.EditDistance;
import org.tradeguard.text.NamePipeline;

import org.tradeguard.text.Token;
import org.tradeguard.text.TokenKind;

/**
 * How alike two tokens are, and by which method. Each tuned constant carries its reason.
 */
final class TokenSimilarity {
    private TokenSimilarity() {}

    /** Same consonant skeleton ("Qaddafi"/"Gadhafi" are in the variant table; "Granpect"/"Granpekt" are not). */
    static final float PHONETIC = 0.88f;
    /**
     * Same skeleton across scripts: Arabic and Hebrew write no short vowels, so "asama" (أسامة) and
     * "Usama" can agree on nothing more than their consonants; that is as good as it gets.
     */
    static final float TRANSLIT_PHONETIC = 0.95f;
    /** Same skeleton and at most one edit in six letters: a typo of the same word. */
    static final float PHONETIC_AND_SPELLING = 0.92f;
    static final float MIN_EDIT_AND_SOUND = 0.84f;
    /**
     * The same consonants in the same order, only the vowels inside the word written otherwise
     * ("Kamal"/"Kamel", "Sulayman"/"Soliman", "Fadhil"/"Fadil", "Mas'ud"/"Massoud"): how two
     * authorities romanise one Arabic or Persian name. Nearly a variant-table match, above a mere
     * sound-alike ({@link #PHONETIC}). See {@link #vowelVariant}. Spellings one letter apart
     * stay at {@link #PHONETIC_AND_SPELLING}, which a one-word query may alert on; this may not
     * ("Midland" is not "Medialand").
     */
    static final float ROMANISATION = 0.94f;

    /**
     * The same letters, one of them doubled on one side only: "Habbo"/"Habo", "Mattar"/"Matar",
     * "Shabab"/"Shabaab" (Arabic writes a doubled consonant once). Closer than a vowel variant.
     */
    static final float DOUBLED = 0.96f;

    /**
     * One word in Latin letters as Russian writes it and as English does: kh or h, x or ks, y or
     * i, z or s, w or v, a doubled letter once ("Sinezis"/"Synesis", "Ruskhimalyans"/"Rushimalians",
     * "Aleksey"/"Alexei"); see {@link #sameRussianSpelling}. Above a spelling one letter apart,
     * and a one-word query may alert on it, unlike {@link #ROMANISATION}.
     */
    static final float RUSSIAN_SPELLING = 0.93f;
    /**
     * Two words of fewer than {@link #RUSSIAN_SOUND_LONG} letters read alike only as Russian writes
     * an English word's sound ("Mikron" / "Micron"): as close as {@link #ROMANISATION}, and like it
     * one such word alone, on either side, does not alert (the everyday word, or another firm's name).
     */
    static final float RUSSIAN_SOUND = 0.939f;

    /**
     * Shortest words that, read alike only as {@link #russianSpelling(String, char[], int)} reads
     * an English word's sound, are {@link #RUSSIAN_SPELLING}; shorter ones are {@link #ROMANISATION}.
     */
    static final int RUSSIAN_SOUND_LONG = 9;
    /** Shortest words {@link #RUSSIAN_SPELLING} compares: shorter ones differing so are other words ("Lazar"/"Lasar"). */
    static final int RUSSIAN_SPELLING_MIN = 6;

    static final int SHORT = 5;
    /** One shared consonant across scripts, for words of up to three letters. */
    static final float TRANSLIT_SHORT = 0.8f;
    /**
     * A single letter against a name starting with it ("V." vs "Vladimir"): consistent, so
     * nearly full similarity, but it counts as little evidence ({@link NameScorer#INITIAL_EVIDENCE}).
     */
    static final float INITIAL = 0.9f;
    /** A list initial against a full query word. */
    static final float LIST_INITIAL = 0.6f;
    /** Below this an edit-distance similarity is noise ("Ivanov"/"Ivanova" = 0.86 stays; "Li"/"Lu" never gets here). */
    static final float MIN_EDIT = 0.75f;
    /**
     * Shortest token for edit distance: on four letters one edit is usually another name
     * ("Jong"/"Tong", "Kira"/"Kiro"); the phonetic skeleton still catches "Putn"/"Putin".
     */
    static final int MIN_EDIT_LENGTH = 5;
    /** Skeleton edit similarity of transliterated tokens, discounted: scripts without vowels are fuzzier. */
    static final float TRANSLIT_DISCOUNT = 0.85f;

    static final String EXACT = "exact";
    static final String VARIANT = "variant";
    static final String TRANSLITERATION = "transliteration";
    static final String PHONETIC_METHOD = "phonetic";
    static final String EDIT = "edit_distance";
    static final String INITIAL_METHOD = "initial";
    static final String LEGAL_FORM = "legal_form";
    static final String COMPOUND = "compound";
    /** A word met by a word the other name writes in parentheses ("AAS" / "(AAS)"). */
    static final String QUALIFIER = "qualifier";
    /** A word of one name that spells the initials of several words of the other ("IRGC"). */
    static final String ACRONYM_METHOD = "acronym";
    /** One word that says a firm does something put for another in an otherwise equal name ("Technology" / "Development"). */
    static final String REWORDED_METHOD = "reworded";

    /** Similarity in [0,1]; 0 means no match. */
    static float similarity(Token q, Token n) {
        return asWrittenToo(q, n, byKey(q, n));
    }

    /**
     * The part of {@link #similarity} that reads the two words' keys, kinds and flags only, not
     * their text: the same for every word of one key ("Mohamed", "Muhammad"), so a query compares
     * it once per key.
     */
    static float byKey(Token q, Token n) {
        boolean qlf = q.kind() == TokenKind.LEGAL_FORM;
        boolean nlf = n.kind() == TokenKind.LEGAL_FORM;
        if (qlf || nlf) {
            // forms of one family are one form: "OAO" (as OFAC still writes it) is the "PJSC" the
            // company became, a translated OOO the "Ltd"
            return qlf && nlf && NamePipeline.sameLegalFamily(q.key(), n.key()) ? 1f : 0f;
        }
        if (q.known() && n.known() && !q.key().equals(n.key())) {
            return 0f; // "Hossein" and "Hassan" are both known names, in different groups
        }
        if ((q.syllable() && q.key().length() == 1 || n.syllable() && n.key().length() == 1) && !q.key().equals(n.key())) {
            return 0f; // a Hangul syllable of one letter (우 "u") is a whole name part, not an initial of "Unjong"
        }
        if (q.abjad() != n.abjad() && (q.abjad() ? !n.transliterated() : !q.transliterated())
                && (q.abjad() ? abjadAligns(q.key(), n.key()) : abjadAligns(n.key(), q.key()))) {
            return TRANSLIT_PHONETIC;
        }
        return words(q.key(), q.skeleton(), n.key(), n.skeleton(), q.transliterated() || n.transliterated(),
                q.abjad() || n.abjad());
    }

    /**
     * False only where {@link #byKey} of word {@code i} of {@code a} and word {@code j} of {@code b}
     * is 0, read from their signatures: two Latin words meet only when they begin alike (a vowel
     * variant may begin with k or q), share a skeleton, or are few enough edits apart, which the
     * letters one has and the other lacks bound from below (one edit changes at most two). Words
     * in other scripts and legal forms are left to byKey.
     */
    static boolean mayMeetByKey(WordSignatures a, int i, WordSignatures b, int j) {
        int flags = a.flags(i) | b.flags(j);
        if ((flags & (WordSignatures.TRANSLITERATED | WordSignatures.ABJAD | WordSignatures.LEGAL_FORM)) != 0
                || a.first(i) == b.first(j) || a.skeleton(i) == b.skeleton(j)) {
            return true;
        }
        int la = a.length(i);
        int lb = b.length(j);
        int max = Math.max(la, lb);
        int allowed = (int) (max * (1f - MIN_EDIT)); // as editSimilarity
        return max >= MIN_EDIT_LENGTH && Math.abs(la - lb) <= allowed
                && Integer.bitCount(a.letters(i) ^ b.letters(j)) <= 2 * allowed;
    }

    /** False only where {@link #asWrittenToo} leaves {@code s} as it is: the conditions of its two rules. */
    static boolean mayMeetAsWritten(WordSignatures a, int i, WordSignatures b, int j, float s) {
        int fa = a.flags(i);
        int fb = b.flags(j);
        if (((fa | fb) & WordSignatures.LEGAL_FORM) != 0) {
            return false;
        }
        return s < MIN_EDIT && ((fa ^ fb) & WordSignatures.KNOWN) != 0 && ((fa | fb) & WordSignatures.TRANSLITERATED) == 0
                && a.textFirst(i) == b.textFirst(j)
                || s < ROMANISATION && ((fa | fb) & WordSignatures.KNOWN) == 0 && ((fa | fb) & WordSignatures.TRANSLATED) != 0;
    }

    /**
     * {@link #similarity} given {@code s}, the two words' {@link #byKey} similarity: the words as
     * written may meet better than their keys. (Where byKey ends early, on two different known
     * names or an abjad reading, neither rule below applies; on a legal form, neither may.)
     */
    static float asWrittenToo(Token q, Token n, float s) {
        if (q.kind() == TokenKind.LEGAL_FORM || n.kind() == TokenKind.LEGAL_FORM) {
            return s;
        }
        if (s < MIN_EDIT && q.known() != n.known() && !q.transliterated() && !n.transliterated()
                && q.text().charAt(0) == n.text().charAt(0)) {
            // a variant-table word is keyed by its group's first spelling; a typo of the spelling
            // as written is compared as written: "Mushin" is "Muhsin" (keyed "mohsen") misspelled
            s = Math.max(s, editSimilarity(q.text(), n.text()));
        }
        if (s < ROMANISATION && !q.known() && !n.known() && (translated(q) || translated(n))) {
            // a translated word also meets the spellings the table does not list, as written:
            // "Jamat" is "Jama'at" (keyed "group") with one a, "Tounisi" is التونسي (keyed "tunisian")
            s = Math.max(s, asWritten(q, n));
        }
        return s;
    }

    /** The standard pipeline, for its word tables (translated, generic, place): one for the package. */
    static final org.tradeguard.text.NamePipeline PIPELINE = org.tradeguard.text.NamePipeline.standard();

    /**
     * A word the translation table rewrote ("jamaat" -> "group"; {@link Token#translated}, set once
     * when the name is analysed). Abbreviations are not: their written forms are English word
     * forms the stems already meet.
     */
    static boolean translated(Token t) {
        return t.translated() && t.kind() == TokenKind.WORD;
    }

    /** {@link #similarity} of the two words as written, before any table rewrote them. */
    private static float asWritten(Token q, Token n) {
        String qt = q.text();
        String nt = n.text();
        if (q.abjad() != n.abjad()) {
            boolean aligns = q.abjad() ? !n.transliterated() && abjadAligns(qt, nt) : !q.transliterated() && abjadAligns(nt, qt);
            return aligns ? TRANSLIT_PHONETIC : 0f;
        }
        if (q.transliterated() || n.transliterated()) {
            return qt.equals(nt) ? 1f : 0f;
        }
        if (qt.charAt(0) != nt.charAt(0) || Math.abs(qt.length() - nt.length()) > 3) {
            return 0f; // what words() below could still find starts alike: most pairs end here
        }
        return words(qt, org.tradeguard.text.Phonetics.skeleton(qt), nt, org.tradeguard.text.Phonetics.skeleton(nt), false, false);
    }

    /**
     * Spelling similarity by edit distance, 0 below {@link #MIN_EDIT}; at most 0.95. The distance
     * stops counting past the largest that can still reach MIN_EDIT.
     */
    private static float editSimilarity(String a, String b) {
        int max = Math.max(a.length(), b.length());
        int allowed = (int) (max * (1f - MIN_EDIT));
        if (max < MIN_EDIT_LENGTH || Math.abs(a.length() - b.length()) > allowed) {
            return 0f;
        }
        int d = EditDistance.osa(a, b, allowed + 1);
        return d <= allowed ? Math.min(1f - (float) d / max, 0.95f) : 0f;
    }

    private static final int MAX_ALIGN = 24;
    private static final ThreadLocal<boolean[]> ALIGN = ThreadLocal.withInitial(() -> new boolean[(MAX_ALIGN + 1) * (MAX_ALIGN + 2)]);

    /**
     * Whether a Latin name can be read as the romanisation of a word written in an abjad (Arabic,
     * Persian, Hebrew; {@code abjad} is its transliterated key, which has consonants and long vowels
     * only): every letter of the abjad word meets, in order, a Latin letter of its class (long
     * a/y/w meet a vowel, "ee"/"ou" included), and the Latin letters left are short vowels,
     * a doubled consonant, the h of a digraph or the d of "dj". Stricter than a shared skeleton
     * because long vowels must agree: سعيد (syd) is "Said" or "Saeed", not "Saad"; محمد (mhmd) is
     * "Mohamed", not "Mahmoud" (whose "ou" needs a w).
     */
    static boolean abjadAligns(String abjad, String latin) {
        int n = abjad.length();
        int m = latin.length();
        // at most one letter written in Latin only per abjad letter (checked at the end, too)
        if (n < 2 || m < 3 || n > MAX_ALIGN || m > MAX_ALIGN || m > 2 * n + 1) {
            return false;
        }
        int w = m + 1;
        boolean[] ok = ALIGN.get();
        java.util.Arrays.fill(ok, 0, (n + 1) * w, false);
        ok[0] = true;
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                if (!ok[i * w + j]) {
                    continue;
                }
                if (j < m) {
                    char l = latin.charAt(j);
                    char prev = j > 0 ? latin.charAt(j - 1) : 0;
                    // a final i is a long vowel the abjad writes ("Ahmadi" احمدي), not a short one
                    // (a final h after a or e writes the feminine ending: فاطمة "Fatimah", حمزة "Hamzah");
                    // the h of a Latin sh is not spare: sh writes shin (شامي "Shami"), never sin (سمية)
                    boolean skip = isVowel(l) ? !longVowel(latin, j) && !(l == 'i' && j == m - 1)
                            : l == prev || l == 'h' && prev != 0 && !isVowel(prev) && prev != 's'
                            || l == 'd' && j + 1 < m && latin.charAt(j + 1) == 'j'
                            || l == 'h' && j == m - 1 && (prev == 'a' || prev == 'e');
                    if (skip) {
                        ok[i * w + j + 1] = true;
                    }
                }
                if (i < n && j < m) {
                    char a = abjad.charAt(i);
                    char l = latin.charAt(j);
                    if (a == 'a' || a == 'y' || a == 'w') {
                        // a final y may be the alif maqsura, read a: يحيى "Yahya", موسى "Musa"
                        if (longVowelFor(a, l) || a == 'y' && i == n - 1 && l == 'a') {
                            ok[(i + 1) * w + j + 1] = true;
                            if (j + 1 < m && isVowel(latin.charAt(j + 1))) {
                                ok[(i + 1) * w + j + 2] = true; // "ee", "ou", "aa"
                            }
                        }
                    }
                    // qaf is g in the Maghreb and the Gulf (بلقاسم is "Belgacem", القذافي "Gaddafi"),
                    // and a French c before e or i is s ("Belgacem", "Hocine")
                    boolean softC = l == 'c' && a == 's' && j + 1 < m && (latin.charAt(j + 1) == 'e' || latin.charAt(j + 1) == 'i');
                    // Persian says z for dad and dhal, which fold to d and dh: فیض is "Faiz", نذیر "Nazir"
                    boolean persianZ = a == 'd' && l == 'z';
                    if (!isVowel(a) && !isVowel(l) && (consonantClass(a) == consonantClass(l) || a == 'q' && l == 'g' || softC || persianZ)) {
                        ok[(i + 1) * w + j + 1] = true;
                    }
                    if ((persianZ || a == 'd' && l == 'd') && i + 1 < n && abjad.charAt(i + 1) == 'h') {
                        ok[(i + 2) * w + j + 1] = true; // dhal as one z or d: "Nazir", "Nadir"
                    }
                }
                if (i < n && abjad.charAt(i) == 'a') {
                    ok[(i + 1) * w + j] = true; // an alif the Latin does not write ("Abdallah"/"bdallh")
                }
                if (i + 1 < n && abjad.charAt(i) == 'y' && abjad.charAt(i + 1) == 'y') {
                    ok[(i + 1) * w + j] = true; // two y read once: hamza on a y seat before ya (الطائي "Ta'i")
                }
            }
        }
        // at most one letter written in Latin only per abjad letter: "Abbott" is not عبد (bd)
        return ok[n * w + m] && m <= 2 * n + 1;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /** "ee", "oo", "ou" in Latin write a long vowel, which the abjad writes too. */
    private static boolean longVowel(String s, int j) {
        if (j + 1 >= s.length()) {
            return j > 0 && longVowel(s, j - 1);
        }
        char c = s.charAt(j);
        char d = s.charAt(j + 1);
        boolean pair = c == 'e' && d == 'e' || c == 'o' && (d == 'o' || d == 'u');
        return pair || j > 0 && (s.charAt(j - 1) == 'e' && c == 'e' || s.charAt(j - 1) == 'o' && (c == 'o' || c == 'u'));
    }

    private static boolean longVowelFor(char a, char l) {
        return switch (a) {
            case 'a' -> l == 'a' || l == 'e' || l == 'o';
            case 'y' -> l == 'i' || l == 'e' || l == 'y';
            default -> l == 'u' || l == 'o' || l == 'w' || l == 'v';
        };
    }

    private static char consonantClass(char c) {
        return switch (c) {
            case 'q', 'c', 'k' -> 'k';
            case 'g', 'j' -> 'j';
            case 'z', 'x', 's' -> 's';
            case 'w', 'v' -> 'v'; // waw is w or v (Persian), never f: عمودي is not "Mufti"
            case 'p', 'b' -> 'b';
            case 'd', 't' -> 't';
            default -> c;
        };
    }

    static float words(String qk, String qs, String nk, String ns, boolean translit, boolean abjad) {
        if (qk.equals(nk)) {
            return 1f;
        }
        if (allDigits(qk) || allDigits(nk)) {
            return 0f; // a number is the party's number or another party's: "Military Unit 26165" is not 26166
        }
        int ql = qk.length();
        int nl = nk.length();
        if (ql == 1 || nl == 1) {
            if (nk.charAt(0) != qk.charAt(0)) {
                return 0f;
            }
            // the query abbreviating ("V. V. Putin") is usual; a list initial standing for a whole
            // query name ("PERDOMO, Gustavo A" for "Gustavo Anguiano") explains little of it
            return ql == 1 ? INITIAL : LIST_INITIAL;
        }
        if (ql >= 3 && nl >= 3 && ql != nl && Math.abs(ql - nl) <= 2 && qk.charAt(0) == nk.charAt(0)
                && sameUndoubled(qk, nk)) {
            return DOUBLED;
        }
        if (!translit && ql >= RUSSIAN_SPELLING_MIN && nl >= RUSSIAN_SPELLING_MIN) {
            if (qk.charAt(0) == nk.charAt(0) && sameRussianSpelling(qk, nk, false)) {
                return RUSSIAN_SPELLING;
            }
            if (soundFirst(qk) == soundFirst(nk) && sameRussianSpelling(qk, nk, true)) {
                // an English word as Russian writes its sound: a long one names a firm ("Cryogenmash"
                // / "Kriogenmash"); a short one may be the everyday word or name another firm bears
                // ("Micron" / "Mikron", "Victoria" / "Viktoriya"): as close as a vowel variant, so
                // one word alone does not alert on it, unless the spellings are a typo apart too
                if (Math.min(ql, nl) >= RUSSIAN_SOUND_LONG) {
                    return RUSSIAN_SPELLING;
                }
                float rest = unlikeSpellings(qk, qs, nk, ns, false, abjad, ql, nl);
                return rest == PHONETIC_AND_SPELLING || rest >= ROMANISATION ? rest : RUSSIAN_SOUND;
            }
        }
        return unlikeSpellings(qk, qs, nk, ns, translit, abjad, ql, nl);
    }

    /** {@link #words} past its rules of equal letters, doubled letters and Russian spellings. */
    private static float unlikeSpellings(String qk, String qs, String nk, String ns, boolean translit, boolean abjad,
                                         int ql, int nl) {
        boolean sameVowel = firstVowel(qk) == firstVowel(nk);
        if (qs.equals(ns) && qs.length() >= 2 && Math.min(ql, nl) >= 3
                // a short skeleton shared by words of very different length is chance: "Adecco"/"TAK"
                && (translit || qs.length() >= 4 || Math.min(ql, nl) * 10 >= Math.max(ql, nl) * 7)
                // few consonants and another vowel: "Dubois"/"Dabbashi", "Rossi"/"Russo"
                && (translit || qs.length() >= 4 || sameVowel)
                // another first letter and another first vowel: "Bernice"/"Prince" share only b/p r n s
                && (translit || sameVowel || qk.charAt(0) == nk.charAt(0))
                // two consonants are chance unless the spelling is one edit away: "Sara"/"Asiri"
                && (translit || qs.length() > 2 || EditDistance.osa(qk, nk, 2) <= 1)) {
            if (translit) {
                // across scripts: from an abjad three consonants must carry it ("shhyn" from شهین is
                // not "Chen", "Kyoto" not القاعدة); elsewhere the first vowel must agree ("Esri"/"Zara")
                boolean strong = abjad ? qs.length() >= 3 : sameVowel;
                return strong ? TRANSLIT_PHONETIC : TRANSLIT_SHORT;
            }

            // sounds alike and spelled nearly alike: a typo rather than another name ("Granpekt")
            int allowed = (int) (Math.max(ql, nl) * (1f - MIN_EDIT_AND_SOUND));
            if (Math.max(ql, nl) >= 6 && EditDistance.osa(qk, nk, allowed + 1) <= allowed) {
                return PHONETIC_AND_SPELLING;
            }
            return vowelVariant(qk, nk) ? ROMANISATION : PHONETIC;
        }
        if (!translit && vowelVariant(qk, nk)) {
            // the skeletons differ on the h of the ending ("Zeiniye"/"Zayniyah"), or a short
            // skeleton with another first vowel of one class ("Torabi"/"Turabi")
            return ROMANISATION;
        }
        if (!translit && samePersianEnding(qk, nk)) {
            return ROMANISATION; // one Persian ending (ـایی) written several ways: "Rezaei"/"Rezayee"/"Rezaee"/"Rezai"
        }
        if (!translit && qk.charAt(0) == nk.charAt(0) && dhAsZ(qk, nk)) {
            return ROMANISATION; // dhal (or dad) written dh by one authority, z by another: "Bahadhiq"/"Bahaziq"
        }
        if (translit && qs.equals(ns) && qs.length() == 1 && Math.max(ql, nl) <= 3) {
            return TRANSLIT_SHORT; // Arabic "ly" (علي) and "Ali" share one consonant and nothing else can
        }
        float best = editSimilarity(qk, nk);
        if (best == 0f && ql >= MIN_EDIT_LENGTH && nl >= MIN_EDIT_LENGTH && Math.abs(ql - nl) <= 2
                && qk.charAt(0) == nk.charAt(0) && qk.charAt(ql - 1) != nk.charAt(nl - 1)
                && (feminineEnding(qk) || feminineEnding(nk))) {
            // one spelling apart once the feminine ending is read alike: "Katibat"/"Khatiba"
            best = editSimilarity(withoutFeminineEnding(qk), withoutFeminineEnding(nk));
        }
        if (translit) {
            int sm = Math.max(qs.length(), ns.length());
            // (1 - d/sm) * 0.85 >= 0.6 holds up to d = 0.294 * sm
            int allowedSkeleton = (int) (sm * (1f - 0.6f / TRANSLIT_DISCOUNT));
            if (sm >= 3 && Math.abs(qs.length() - ns.length()) <= allowedSkeleton) {
                int d = EditDistance.osa(qs, ns, allowedSkeleton + 1);
                float s = (1f - (float) d / sm) * TRANSLIT_DISCOUNT;
                if (d <= allowedSkeleton && s >= 0.6f && s > best) {
                    best = s;
                }
            }
        }
        return best;
    }

    private static boolean allDigits(String k) {
        for (int i = 0; i < k.length(); i++) {
            if (k.charAt(i) < '0' || k.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Two spellings of one Persian name ending in a or e and the suffix i (ـایی, ـه‌ای): the suffix
     * is written i, ei, ee, ie, yi or yee ("Rezai", "Rezaei", "Rezaee", "Rezaie", "Rezayi",
     * "Rezayee"; "Khamenei"/"Khameneyi"). True when both words end so and the rest is the same,
     * at least two letters: "Sanaei" and "Safaei" stay apart.
     */
    static boolean samePersianEnding(String a, String b) {
        int sa = persianEndingStart(a);
        int sb = persianEndingStart(b);
        return sa >= 2 && sa == sb && a.charAt(sa) == b.charAt(sb) && a.regionMatches(0, b, 0, sa);
    }

    /** Where the a or e before a Persian suffix i begins ({@link #samePersianEnding}), or -1. */
    private static int persianEndingStart(String w) {
        int n = w.length();
        // the suffix: i, ei, ee, ie, yi, yee, yie (the longer reading first: "Rezaei" is Reza+ei,
        // "Khamenei" Khamene+i)
        if (n >= 3 && (w.endsWith("ee") || w.endsWith("ei") || w.endsWith("ie"))) {
            int start = vowelBefore(w, n - 2);
            if (start >= 0) {
                return start;
            }
        }
        return w.endsWith("i") ? vowelBefore(w, n - 1) : -1;
    }

    /** The index of the a or e ending {@code w[0, end)}, past one y ("Rezayi"), or -1. */
    private static int vowelBefore(String w, int end) {
        if (end > 0 && w.charAt(end - 1) == 'y') {
            end--;
        }
        return end >= 1 && (w.charAt(end - 1) == 'a' || w.charAt(end - 1) == 'e') ? end - 1 : -1;
    }

    /**
     * Two spellings of one name that differ only in vowels inside the word: the same consonants
     * (see {@link #sameFrame}), at least three of them, the same first ({@link #sameFirstLetter})
     * and last letter, and the first vowel of the same class (a; e/i/y; o/u; the diphthong ai/ay/ei/ey).
     * The last-letter rule keeps "Roberto"/"Roberta" and "Daniel"/"Daniela" apart, the first-vowel
     * rule "Miller"/"Muller". The feminine ending is one letter however written: "Zeiniye"/"Zayniyah",
     * "Fatima"/"Fatemeh" (a final h after a vowel is dropped, a final a and e agree).
     */
    static boolean vowelVariant(String a, String b) {
        if (a.equals(b) || !sameFirstLetter(a.charAt(0), b.charAt(0))
                || a.charAt(0) != b.charAt(0) && !isK(a.charAt(0)) && !sameVowels(a, b)) {
            // (another first letter: then every vowel agrees, a and e alike, "Ekber"/"Akbar";
            // "Elvan" is not "Alvin", "Wesley" not "Vasily")
            return false;
        }
        // (compared up to na and nb, without allocating: the feminine ending's consonant is cut off)
        int na = a.length();
        int nb = b.length();
        char la = a.charAt(na - 1);
        char lb = b.charAt(nb - 1);
        if (la != lb && !(isK(la) && isK(lb))) {
            // the feminine ending only: "Zayniyah"/"Zeiniye" ("Faleh"/"Falih" keep their h, a consonant)
            na -= feminineEnding(a) ? 1 : 0;
            nb -= feminineEnding(b) ? 1 : 0;
            la = a.charAt(na - 1);
            lb = b.charAt(nb - 1);
            if (la != lb && !(isAe(la) && isAe(lb))) {
                return false;
            }
        }
        if (firstVowelClass(a) != firstVowelClass(b)
                && !(isAe(firstVowel(a)) && isAe(firstVowel(b)) && firstVowelAlone(a) && firstVowelAlone(b))) {
            // (a and e are one vowel read two ways: "Khamis"/"Khemais", "Kamal"/"Kemal"; not an
            // e that begins a diphthong: "Reumann" is not "Raman")
            return false;
        }
        // two syllables at least: one-syllable names of another vowel are other names ("Dung"/"Dong")
        // (a cut-off final consonant changes no syllable count)
        return syllables(a) >= 2 && syllables(b) >= 2 && sameFrame(a, na, b, nb);
    }

    private static final ThreadLocal<char[][]> FRAMES = ThreadLocal.withInitial(() -> new char[2][64]);

    /**
     * Whether the two words agree read as {@link #russianSpelling(String, char[], int)} writes
     * them, by spelling only or ({@code sound}) also by the sound of an English word; without allocating.
     */
    static boolean sameRussianSpelling(String a, String b, boolean sound) {
        char[][] f = FRAMES.get();
        int need = 2 * Math.max(a.length(), b.length());
        if (f[0].length < need) {
            f = new char[2][need];
            FRAMES.set(f);
        }
        int na = russianSpelling(a, f[0], sound ? SOUND : SPELLING);
        if (na == russianSpelling(b, f[1], sound ? SOUND : SPELLING) && java.util.Arrays.equals(f[0], 0, na, f[1], 0, na)) {
            return true;
        }
        if (!sound || !magicI(a) && !magicI(b)) {
            return false;
        }
        // an i before a consonant and silent e says i as often: "service" is "servis"
        na = russianSpelling(a, f[0], SOUND_SHORT_I);
        return na == russianSpelling(b, f[1], SOUND_SHORT_I) && java.util.Arrays.equals(f[0], 0, na, f[1], 0, na);
    }

    /** Shortest singular {@link #plural} reads. */
    static final int PLURAL_STEM = 4;

    /**
     * Whether the two words are one English word, singular and plural (+s, +es, y as ies), both
     * everyday English words ({@link NamePipeline#isGeneric}): in an organisation's name "Guards" is
     * "Guard", "Reactors" "Reactor" (a person's "Peters" is not "Peter": NameScorer asks for
     * organisations only).
     */
    static boolean singularAndPlural(String a, String b) {
        int al = a.length();
        int bl = b.length();
        return al != bl && Math.abs(al - bl) <= 2 && Math.min(al, bl) >= PLURAL_STEM && a.charAt(0) == b.charAt(0)
                && (al < bl ? plural(a, b) : plural(b, a));
    }

    /**
     * A code of the singular of an everyday English word ({@link NamePipeline#isGeneric}) of
     * {@link #PLURAL_STEM} letters or more, the same for its plural ("guards" and "guard"); 0 for
     * any other word. Equal codes are a cheap first test of {@link #singularAndPlural}.
     */
    static int singularCode(String key) {
        int len = key.length();
        if (len < PLURAL_STEM || !PIPELINE.isGeneric(key)) {
            return 0;
        }
        String one = key;
        if (key.endsWith("ies") && len - 2 >= PLURAL_STEM && PIPELINE.isGeneric(key.substring(0, len - 3) + "y")) {
            one = key.substring(0, len - 3) + "y";
        } else if (key.endsWith("es") && len - 2 >= PLURAL_STEM && PIPELINE.isGeneric(key.substring(0, len - 2))) {
            one = key.substring(0, len - 2);
        } else if (key.endsWith("s") && len - 1 >= PLURAL_STEM && PIPELINE.isGeneric(key.substring(0, len - 1))) {
            one = key.substring(0, len - 1);
        }
        int h = one.hashCode();
        return h == 0 ? 1 : h;
    }

    private static boolean plural(String one, String many) {
        int ol = one.length();
        int ml = many.length();
        boolean form = ml == ol + 1 && many.charAt(ol) == 's' && many.startsWith(one)
                || ml == ol + 2 && many.endsWith("es") && many.startsWith(one)
                || ml == ol + 2 && one.charAt(ol - 1) == 'y' && many.endsWith("ies") && many.regionMatches(0, one, 0, ol - 1);
        return form && PIPELINE.isGeneric(one) && PIPELINE.isGeneric(many);
    }

    /** The first letter of {@code s} as {@link #russianSpelling(String, char[], int)} reads it by sound: a cheap test first. */
    static char soundFirst(String s) {
        char c = s.charAt(0);
        char next = s.length() > 1 ? s.charAt(1) : 0;
        return switch (c) {
            case 'c' -> next == 'e' || next == 'i' || next == 'y' ? 's' : next == 'h' ? 'c' : 'k';
            case 't' -> next == 's' ? 's' : 't';
            case 'k' -> next == 'h' ? 'h' : 'k';
            case 'p' -> next == 'h' ? 'f' : 'p';
            case 'x', 'q' -> 'k';
            case 'j' -> 'g';
            case 'd' -> next == 'z' && s.length() > 2 && s.charAt(2) == 'h' ? 'g' : 'd';
            case 'y' -> 'i';
            case 'z' -> 's';
            case 'w' -> 'v';
            case 'a', 'e' -> (next == 'i' || next == 'y') && (s.length() < 3 || !isVowel(s.charAt(2))) ? DIPHTHONG
                    : c == 'e' && next == 'e' ? 'i' : c;
            case 'o' -> next == 'o' || next == 'u' ? 'u' : 'o';
            default -> c;
        };
    }

    /** Whether {@code s} ends in i (or y), a consonant and e, which Russian may write ai or i. */
    private static boolean magicI(String s) {
        int len = s.length();
        if (len < 4 || s.charAt(len - 1) != 'e') {
            return false;
        }
        char v = s.charAt(len - 3);
        return (v == 'i' || v == 'y') && !isVowel(s.charAt(len - 2)) && !isVowel(s.charAt(len - 4));
    }

    /** How {@link #russianSpelling(String, char[], int)} reads: spelling only, ... */
    private static final int SPELLING = 0;
    /** ... also the sound of an English word, ... */
    private static final int SOUND = 1;
    /** ... and an i before a consonant and silent e as i, not ai ("service", "active"). */
    private static final int SOUND_SHORT_I = 2;

    /** {@code s} as {@link #russianSpelling(String, char[], int)} writes it by sound (for the candidate index). */
    static String russianSpelling(String s) {
        char[] out = new char[2 * s.length()];
        return new String(out, 0, russianSpelling(s, out, SOUND_SHORT_I));
    }

    /**
     * Writes {@code s} with the letters Russian and English Latin spellings exchange folded:
     * kh as h, x as ks, y as i, z as s, w as v, ck as k, a doubled letter once; ch inside a word as
     * h, where English writes the Greek ch that Russian writes kh ("TECHNOPROMEXPORT" /
     * "TEKHNOPROMEKSPORT", "Mechanical" / "Mekhanical"); returns the length. By {@link #SOUND}
     * also an English word as Russian writes its sound ("Citadel" / "Tsitadel", "Aviatrade" /
     * "Aviatreid", "Citybike" / "Sitibaik", "Transservice" / "Transservis"): c as k, but as s before
     * e, i, y, where Russian writes s or ts (so ts is s too); q as k, ph as f; j and dzh as g; ee as i, oo and ou as u; the two
     * vowels of ai, ay, ei, ey as one diphthong, which is also what a or i says before a final
     * consonant and silent e ("trade", "bike"); that e is dropped.
     */
    private static int russianSpelling(String s, char[] out, int mode) {
        boolean sound = mode != SPELLING;
        int n = 0;
        int len = s.length();
        // a final silent e after one consonant, and the a or i before it read as a diphthong
        int silentE = -1;
        int diphthongAt = -1;
        if (sound && len >= 4 && s.charAt(len - 1) == 'e' && !isVowel(s.charAt(len - 2)) && s.charAt(len - 2) != 'y'
                && s.charAt(len - 2) != 'h') {
            silentE = len - 1;
            char v = s.charAt(len - 3);
            if ((v == 'a' || mode == SOUND && (v == 'i' || v == 'y')) && !isVowel(s.charAt(len - 4))) {
                diphthongAt = len - 3;
            }
        }
        for (int i = 0; i < len; i++) {
            if (i == silentE) {
                break;
            }
            char c = s.charAt(i);
            char next = i + 1 < len ? s.charAt(i + 1) : 0;
            if ((c == 'k' && next == 'h') || (c == 'c' && next == 'k') || (c == 'c' && next == 'h' && i > 0)
                    || sound && ((c == 't' && next == 's') || (c == 'p' && next == 'h'))) {
                continue; // kh as h, ck as k, ch (inside a word) as h, ts as s, ph as f: the second letter is written
            }
            if (c == 'x') {
                if (n == 0 || out[n - 1] != 'k') {
                    out[n++] = 'k';
                }
                c = 's';
            }
            char m = c == 'y' ? 'i' : c == 'z' ? 's' : c == 'w' ? 'v' : c;
            if (sound) {
                if (i == diphthongAt) {
                    m = DIPHTHONG;
                } else if ((c == 'a' || c == 'e') && (next == 'i' || next == 'y') && (i + 2 >= len || !isVowel(s.charAt(i + 2)))) {
                    m = DIPHTHONG;
                    i++;
                } else if (c == 'e' && next == 'e') {
                    m = 'i';
                    i++;
                } else if (c == 'o' && (next == 'o' || next == 'u')) {
                    m = 'u';
                    i++;
                } else if (c == 'c') {
                    m = next == 'e' || next == 'i' || next == 'y' ? 's' : next == 'h' ? 'c' : 'k';
                } else if (c == 'q') {
                    m = 'k';
                } else if (c == 'j' || c == 'd' && next == 'z' && i + 2 < len && s.charAt(i + 2) == 'h') {
                    m = 'g'; // English j, and g before e or i, Russian writes dzh ("Lodzhistiks" / "Logistics")
                    i += c == 'd' ? 2 : 0;
                } else if (c == 'h' && i > 0 && s.charAt(i - 1) == 'p') {
                    m = 'f';
                }
            }
            if (n == 0 || out[n - 1] != m) {
                out[n++] = m;
            }
        }
        return n;
    }

    /** The folded diphthong of {@link #russianSpelling(String, char[], int)}: not a letter of any key. */
    private static final char DIPHTHONG = '\u0001';

    /**
     * The same consonant frame, three consonants at least, without allocating. The frame: vowels
     * dropped ({@link #vowelAt}), doubled letters once, q as k, w as v, the h of dh/th dropped.
     */
    private static boolean sameFrame(String a, int alen, String b, int blen) {
        char[][] f = FRAMES.get();
        if (f[0].length < Math.max(alen, blen)) {
            f = new char[2][Math.max(alen, blen)];
            FRAMES.set(f);
        }
        int na = frame(a, alen, f[0]);
        return na >= 3 && na == frame(b, blen, f[1]) && java.util.Arrays.equals(f[0], 0, na, f[1], 0, na);
    }

    /** Writes the consonant frame of the first {@code len} letters of {@code s} into {@code out}; returns its length. */
    private static int frame(String s, int len, char[] out) {
        int n = 0;
        char prev = 0;
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (vowelAt(s, i)) {
                prev = 0; // letters apart stay apart: "Mamed" keeps both m
                continue;
            }
            if (c == 'h' && (prev == 'd' || prev == 't')) {
                continue; // dh, th: "Fadhil"/"Fadil"
            }
            char m = c == 'q' ? 'k' : c == 'w' ? 'v' : c; // (waw: w in English, v in Turkish and Persian)
            if (m != prev) {
                out[n++] = m;
            }
            prev = m;
        }
        return n;
    }

    /** A vowel at {@code i}: a, e, i, o, u, and y unless a vowel follows ("Sayyid": a-y, y-i). */
    private static boolean vowelAt(String s, int i) {
        char c = s.charAt(i);
        return isVowel(c) || c == 'y' && !(i + 1 < s.length() && isVowel(s.charAt(i + 1)));
    }

    private static int syllables(String s) {
        int n = 0;
        boolean inVowel = false;
        for (int i = 0; i < s.length(); i++) {
            boolean v = vowelAt(s, i);
            if (v && !inVowel) {
                n++;
            }
            inVowel = v;
        }
        return n;
    }

    /**
     * First letters of one name in two romanisations: equal, k and q, an initial a read e as Turkish
     * and Azeri write Arabic names ("Ekber"/"Akbar", "Ekrem"/"Akram"), or waw written w or v
     * ("Wahid"/"Vahid"). The frame rule wants three consonants besides, so not "Eli"/"Ali".
     */
    private static boolean sameFirstLetter(char a, char b) {
        return a == b || isK(a) && isK(b) || isAe(a) && isAe(b) || isWv(a) && isWv(b);
    }

    /** The same vowels in the same order, a and e as one, o and u as one, y as i. */
    private static boolean sameVowels(String a, String b) {
        int i = 0;
        int j = 0;
        while (true) {
            while (i < a.length() && !vowelAt(a, i)) {
                i++;
            }
            while (j < b.length() && !vowelAt(b, j)) {
                j++;
            }
            if (i == a.length() || j == b.length()) {
                return i == a.length() && j == b.length();
            }
            if (foldedVowel(a.charAt(i++)) != foldedVowel(b.charAt(j++))) {
                return false;
            }
        }
    }

    private static char foldedVowel(char v) {
        return v == 'e' ? 'a' : v == 'u' ? 'o' : v == 'y' ? 'i' : v;
    }

    private static boolean isWv(char c) {
        return c == 'w' || c == 'v';
    }

    private static boolean isAe(char c) {
        return c == 'a' || c == 'e';
    }

    /**
     * Without the consonant of the feminine ending: "Zayniyah" -> "zayniya", and "Katibat" ->
     * "katiba" (the ending read in the construct state, "Katibat al-Tawhid": ta marbuta).
     */
    private static String withoutFeminineEnding(String s) {
        return feminineEnding(s) ? s.substring(0, s.length() - 1) : s;
    }

    /** Ends in "ah", "eh", "at" or "et": the feminine ending written with its h or its t. */
    private static boolean feminineEnding(String s) {
        int n = s.length();
        char last = n > 3 ? s.charAt(n - 1) : 0;
        return (last == 'h' || last == 't') && isAe(s.charAt(n - 2));
    }

    /** The class of the first vowel; a or e before i or y is the diphthong ("Zeinab"/"Zaynab"). */
    private static char firstVowelClass(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isAe(c) && i + 1 < s.length() && (s.charAt(i + 1) == 'i' || s.charAt(i + 1) == 'y')) {
                return 'd';
            }
            if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' && i > 0) {
                return vowelClass(firstVowel(s));
            }
        }
        return 0;
    }

    /** Equal once each run of one letter is written once ("habbo"/"habo"), without allocating. */
    static boolean sameUndoubled(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char c = a.charAt(i);
            if (c != b.charAt(j)) {
                return false;
            }
            while (i < a.length() && a.charAt(i) == c) {
                i++;
            }
            while (j < b.length() && b.charAt(j) == c) {
                j++;
            }
        }
        return i == a.length() && j == b.length();
    }


    private static boolean isK(char c) {
        return c == 'k' || c == 'q';
    }

    private static char vowelClass(char v) {
        return switch (v) {
            case 'e', 'i', 'y' -> 'i';
            case 'o', 'u' -> 'u';
            default -> v;
        };
    }




    /**
     * The first vowel, "ou" read as u and y as i: in a short name a different first vowel makes
     * another name ("Mahan"/"Mohan"), a different later one rarely does ("Ladin"/"Laden", "But"/"Bout").
     */
    /**
     * Two Latin spellings alike once every "dh" is read z, as the Arabic dhal and dad are
     * romanised either way ("Nadhir"/"Nazir", "Ramadhan"/"Ramazan"): equal, or vowel variants.
     * Inside the word only (the first letters agree): the word signatures rule the rest out.
     */
    private static boolean dhAsZ(String a, String b) {
        boolean da = a.contains("dh");
        boolean db = b.contains("dh");
        if (da == db || (da ? b : a).indexOf('z') < 0) {
            return false; // one side writes dh, the other z
        }
        String ra = da ? a.replace("dh", "z") : a;
        String rb = db ? b.replace("dh", "z") : b;
        return ra.equals(rb) || vowelVariant(ra, rb);
    }

    /** Whether the first vowel of {@code s} stands alone, not followed by another vowel. */
    private static boolean firstVowelAlone(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isVowel(s.charAt(i))) {
                return i + 1 == s.length() || !isVowel(s.charAt(i + 1));
            }
        }
        return true;
    }

    static char firstVowel(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case 'a', 'e', 'i', 'o', 'u' -> {
                    return c == 'o' && i + 1 < s.length() && s.charAt(i + 1) == 'u' ? 'u' : c;
                }
                case 'y' -> {
                    if (i > 0) {
                        return 'i';
                    }
                }
                default -> { }
            }
        }
        return 0;
    }

    static String method(Token q, Token n, float sim) {
        if (q.kind() == TokenKind.LEGAL_FORM) {
            return LEGAL_FORM;
        }
        boolean translit = q.transliterated() || n.transliterated();
        if (sim >= 1f) {
            if (translit) {
                return TRANSLITERATION;
            }
            return q.text().equals(n.text()) ? EXACT : VARIANT;
        }
        if ((sim == INITIAL || sim == LIST_INITIAL) && (q.key().length() == 1 || n.key().length() == 1)) {
            return INITIAL_METHOD;
        }
        if (sim == ROMANISATION || sim == DOUBLED || sim == RUSSIAN_SPELLING) {
            return VARIANT;
        }
        if (sim == PHONETIC || sim == TRANSLIT_PHONETIC || sim == TRANSLIT_SHORT
                || sim == PHONETIC_AND_SPELLING || sim == RUSSIAN_SOUND) {
            return translit ? TRANSLITERATION : PHONETIC_METHOD;
        }
        return translit && sim < MIN_EDIT ? TRANSLITERATION : EDIT;
    }
}
