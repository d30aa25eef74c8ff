package org.tradeguard.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a name into tokens, identically for list names at index build and for queries.
 *
 * <p>Order: one tokenizer over the original text (so every token keeps its offsets), then the
 * character stages per token ({@link Folding}: NFKD, case fold, marks, transliteration, ASCII),
 * then the token stages: legal-form phrases ("S.A.", "Company Limited", "OOO"), honorifics,
 * stop words and particles, and canonical spellings (abbreviations, romanisation variants).
 *
 * <p>Tokenizer rules: letters, digits and combining marks form words; an apostrophe between
 * letters joins ("Xi'an" -> "xian"); everything else separates ("Al-Qaida" -> "al", "qaida").
 * Han and Hangul characters are one token each (one syllable each), so "김정은" gives three
 * tokens as "Kim Jong Un" does.
 *
 * <p>Immutable and thread-safe; use {@link #standard()}.
 */
public final class NamePipeline {

    private static final NamePipeline STANDARD = new NamePipeline(Tables.get());

    private final Tables tables;

    private NamePipeline(Tables tables) {
        this.tables = tables;
    }

    public static NamePipeline standard() {
        return STANDARD;
    }

    /** Identifies the pipeline and its tables; part of every algorithm version. */
    public String version() {
        return "tg-text-v1(" + tables.versions + "," + Folding.version() + ")";
    }

    /** True when a word key is a country name or demonym ({@code places.txt}). */
    public boolean isPlace(String key) {
        return tables.places.contains(key);
    }

    /**
     * Whether two canonical legal forms ({@link TokenKind#LEGAL_FORM} keys) say the same kind of
     * company: equal, or of one family of {@code legal-forms.txt} ("OAO" and "PAO", "JSC" and
     * "CJSC"; "LLC" and "Ltd", as OOO is translated either way).
     */
    public static boolean sameLegalFamily(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String f = Tables.get().legalFormFamilies.get(a);
        return f != null && f.equals(Tables.get().legalFormFamilies.get(b));
    }

    /**
     * {@code word} without a Russian adjective ending as the lists romanise it (-iy, -yy, -aya,
     * -oye, -ogo, -i, -y ...), {@code minStem} letters at least, else null: "kazanskiy" ->
     * "kazansk", "gosudarstvenny" -> "gosudarstvenn".
     */
    public static String russianAdjectiveStem(String word, int minStem) {
        return Tables.adjectiveStem(word, minStem);
    }

    /** The shortest word {@link #sameRussianAdjective} reads as an adjective. */
    public static final int ADJECTIVE_MIN = 5;

    /**
     * Whether two words are one Russian adjective in two cases or genders, one of them in an ending
     * only adjectives have: the same stem of four letters or more ("Gorkogo"/"Gorky" in "ZAVOD
     * IMENI A.M. GORKOGO" / "Gorky Plant", "Sukhogo"/"Sukhoi").
     */
    public static boolean sameRussianAdjective(String a, String b) {
        // (ADJECTIVE_MIN letters each)
        if (a.length() < ADJECTIVE_MIN || b.length() < ADJECTIVE_MIN || !a.regionMatches(0, b, 0, 4) || a.equals(b)
                || !Tables.adjectiveForm(a) && !Tables.adjectiveForm(b)) {
            return false; // (most pairs end at the first four letters)
        }
        String sa = Tables.adjectiveStem(a, 4);
        return sa != null && sa.equals(Tables.adjectiveStem(b, 4));
    }

    /**
     * The English key of a Russian adjective the translation table lists in another ending
     * ("mekhanicheski" for "mekhanicheskiy" -> "mechanical"), else null.
     */
    String translationByStem(String word) {
        String stem = Tables.adjectiveStem(word);
        return stem == null ? null : tables.adjectiveStems.get(stem);
    }

    /**
     * The first letters (bit 0 = a) of the foreign words the translation table rewrites to
     * {@code key}, or 0: an acronym of a name's original words spells these ("NITI", nauchno-
     * issledovatelskiy tekhnologicheskiy institut, for "Scientific Research Technological Institute").
     */
    public int foreignInitials(String key) {
        return tables.foreignInitials.getOrDefault(key, 0);
    }

    /** True when a word key is everyday business vocabulary or a common English word. */
    public boolean isGeneric(String key) {
        return tables.generic.contains(key);
    }

    /**
     * Everyday business vocabulary ({@code generic-words.txt}, {@code activity-words.txt},
     * {@code directions.txt}: national, trading, east ...), not every English word.
     */
    public boolean isBusinessWord(String key) {
        return tables.business.contains(key);
    }

    /** A compass direction ({@code directions.txt}: east, northern, central ...). */
    public boolean isDirection(String key) {
        return tables.directions.contains(key);
    }

    /**
     * True when two word keys say the same kind of body in other words ({@code body-words.txt}, one
     * kind per line: society / foundation, command / forces, agency / directorate).
     */
    public boolean sameBodyKind(String a, String b) {
        Integer k = tables.bodyKinds.get(a);
        return k != null && k.equals(tables.bodyKinds.get(b));
    }

    /** Business vocabulary that says a firm does something without saying what ({@code activity-words.txt}: technology, trading ...). */
    public boolean isActivityWord(String key) {
        return tables.activity.contains(key);
    }

    /**
     * The canonical spelling of a folded given or family name ({@code name-variants.txt}: "sayed"
     * -> "said"), or the word itself: for a word the scorer makes from a key, such as one with its
     * joined article left out.
     */
    public String nameVariant(String word) {
        return tables.variants.getOrDefault(word, word);
    }

    /** A name read as an organisation's may be: its legal forms are {@link TokenKind#LEGAL_FORM} tokens. */
    public AnalyzedName analyze(String name) {
        return analyze(name, true);
    }

    /**
     * A person's name: nothing in it is a legal form. "S. A. Khan" keeps the initials that would
     * spell "S.A.", "Kim Doo Il" the syllable that would spell the Serbian "d.o.o.", "David Too" the
     * family name that would spell the Kazakh "TOO".
     */
    public AnalyzedName analyzePerson(String name) {
        return analyze(name, false);
    }

    private AnalyzedName analyze(String name, boolean legalForms) {
        List<Token> raw = tokenize(name);
        List<Token> forms = legalForms ? mergePhrases(raw, tables.legalForms, tables.longestLegalForm, TokenKind.LEGAL_FORM) : raw;
        List<Token> phrases = mergePhrases(mergeHanWords(forms, name), tables.wordPhrases, tables.longestWordPhrase, TokenKind.WORD);
        List<Token> tokens = qualify(splitCompounds(classify(markParticles(phrases, name))), name);
        return new AnalyzedName(name, tokens);
    }

    /**
     * Marks words inside parentheses or brackets as qualifiers, unless that would leave the name
     * without a word ("(KAA)" alone stays a name).
     */
    private static List<Token> qualify(List<Token> in, String name) {
        if (name.indexOf('(') < 0 && name.indexOf('[') < 0) {
            return in;
        }
        int[] depth = new int[name.length() + 1];
        int d = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '(' || c == '[') {
                d++;
            } else if ((c == ')' || c == ']') && d > 0) {
                d--;
            }
            depth[i] = d;
        }
        List<Token> out = new ArrayList<>(in.size());
        boolean wordOutside = false;
        for (Token t : in) {
            boolean inside = depth[t.start()] > 0;
            if (!inside && t.kind() == TokenKind.WORD) {
                wordOutside = true;
            }
            out.add(inside && t.kind() != TokenKind.QUALIFIER ? t.withKind(TokenKind.QUALIFIER, t.key()) : t);
        }
        return wordOutside ? out : in;
    }

    // ---- tokenizer + character stages -------------------------------------------------------

    private List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            int cp = s.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            Character.UnicodeScript script = scriptOf(cp);
            StringBuilder word = new StringBuilder();
            if (isSyllabic(script)) {
                word.appendCodePoint(cp);
                i += Character.charCount(cp);
                while (i < n && isMark(s.codePointAt(i))) {
                    word.appendCodePoint(s.codePointAt(i));
                    i += Character.charCount(s.codePointAt(i));
                }
            } else {
                while (i < n) {
                    int c = s.codePointAt(i);
                    if (isWordChar(c)) {
                        Character.UnicodeScript sc = scriptOf(c);
                        if (isSyllabic(sc)) {
                            break;
                        }
                        if (isRealScript(sc)) {
                            if (!isRealScript(script)) {
                                script = sc;
                            } else if (sc != script) {
                                break; // a script change starts a new token: each token has one script
                            }
                        }
                        word.appendCodePoint(c);
                        i += Character.charCount(c);
                    } else if (isApostrophe(c) && possessive(s, i + Character.charCount(c), word, script)) {
                        i += Character.charCount(c) + 1; // the English possessive ends the word: "Mohammed's" -> "mohammed"
                        break;
                    } else if (isApostrophe(c) && !word.isEmpty() && i + 1 < n && isWordChar(s.codePointAt(i + Character.charCount(c)))) {
                        i += Character.charCount(c); // joins: Xi'an -> xian
                    } else {
                        break;
                    }
                }
            }
            String raw = word.toString();
            if (script == Character.UnicodeScript.ARABIC && raw.length() > 6 && raw.startsWith(ABD_AL) && !isAllah(raw.substring(3))) {
                // "Abd" joined to the article and the name it governs ("عبدالمنان") is one word
                // keyed without the article, as the Latin "Abdulmanan" is keyed "abd" + "manan"
                // (abdCompound); Abdullah stays as written
                raw = raw.substring(0, 3) + raw.substring(5);
            }
            if (script == Character.UnicodeScript.ARABIC && raw.length() > 3 && raw.startsWith("\u0627\u0644") && !isAllah(raw)) {
                // the Arabic article is written joined ("الأسد"); Latin lists write it apart ("al-Assad")
                out.add(new Token("al", "al", Phonetics.skeleton("al"), TokenKind.WORD, start, start + 2, true, false, false, true, false));
                raw = raw.substring(2);
                start += 2;
            }
            String folded = Folding.fold(raw, script);
            boolean translit = !Folding.isAscii(raw) && script != Character.UnicodeScript.LATIN && isRealScript(script);
            for (String part : folded.split(" ")) {
                if (!part.isEmpty()) {
                    boolean abjad = isAbjad(script);
                    out.add(new Token(part, part, Phonetics.skeleton(abjad ? abjadVowels(part) : part), TokenKind.WORD, start, i,
                            translit, isSyllabic(script), false, abjad, false));
                }
            }
        }
        return out;
    }

    private static final String ABD_AL = "\u0639\u0628\u062f\u0627\u0644";   // عبدال

    /** الله (Allah), also with the Urdu heh (اللہ): a word, not the article and "lh". */
    private static boolean isAllah(String raw) {
        if (raw.length() != 4 || !raw.startsWith("\u0627\u0644\u0644")) {
            return false;
        }
        char h = raw.charAt(3);
        return h == '\u0647' || h == '\u06c1' || h == '\u06be';
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || isMark(cp);
    }

    private static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
    }

    /**
     * An s alone after the apostrophe at {@code after - 1}, ending a Latin word of three letters or
     * more: the English possessive ("MOHAMMED'S ARMY" is the "Army of Mohammed"). "Ra's" (the
     * Arabic for head) is too short to be one. "People's" stays "peoples", as the lists and the
     * country names write it ("Democratic People's Republic of Korea", "PEOPLES BANK").
     */
    private static boolean possessive(String s, int after, StringBuilder word, Character.UnicodeScript script) {
        return word.length() >= 3 && script == Character.UnicodeScript.LATIN && after < s.length()
                && (s.charAt(after) == 's' || s.charAt(after) == 'S')
                && (after + 1 == s.length() || !isWordChar(s.codePointAt(after + 1)))
                && !word.toString().equalsIgnoreCase("people");
    }

    private static boolean isApostrophe(int cp) {
        // (U+0091 and U+0092 are the Windows-1252 quotes read as Latin-1: a CSL row writes Xi, U+0092, an for Xi'an)
        return cp == '\'' || cp == '\u2019' || cp == '\u02bc' || cp == '`' || cp == '\u00b4' || cp == '\u2018'
                || cp == '\u0091' || cp == '\u0092';
    }

    private static boolean isSyllabic(Character.UnicodeScript sc) {
        return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HANGUL;
    }

    private static Character.UnicodeScript scriptOf(int cp) {
        if (cp < 0x80) {
            return cp >= '0' && cp <= '9' ? Character.UnicodeScript.COMMON : Character.UnicodeScript.LATIN;
        }
        return Character.UnicodeScript.of(cp);
    }

    /**
     * In Arabic and Persian script waw and ya after the first letter are mostly the long vowels u
     * and i between consonants: "akhwnd" (آخوند) is "Akhund", "tyb" (طیب) is "Tayeb", while
     * before an alef they are consonants: "jwad" (جواد) is "Javad". Used for the skeleton only.
     */
    static String abjadVowels(String s) {
        if (s.length() < 2) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length()).append(s.charAt(0));
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            // before a written vowel (alef) they are consonants: "jwad" is "Javad", "syad" "Sayyad"
            boolean consonant = next == 'a';
            sb.append(c == 'w' && !consonant ? 'u' : c == 'y' && !consonant ? 'i' : c);
        }
        return sb.toString();
    }

    private static boolean isAbjad(Character.UnicodeScript sc) {
        return sc == Character.UnicodeScript.ARABIC || sc == Character.UnicodeScript.HEBREW
                || sc == Character.UnicodeScript.SYRIAC || sc == Character.UnicodeScript.THAANA;
    }

    private static boolean isRealScript(Character.UnicodeScript sc) {
        return sc != Character.UnicodeScript.COMMON && sc != Character.UnicodeScript.INHERITED;
    }

    // ---- token stages -------------------------------------------------------------------------

    /**
     * Two or three adjacent Han characters that write a word of {@code han-words.txt} ("國際") as
     * one word token keyed by its English word ("international"), read by the characters as
     * written in {@code name}, not by their pinyin (see the table).
     */
    private List<Token> mergeHanWords(List<Token> in, String name) {
        if (tables.hanWords.isEmpty() || !hasHan(name)) {
            return in; // (nearly every name)
        }
        List<Token> out = new ArrayList<>(in.size());
        int i = 0;
        while (i < in.size()) {
            int matched = 0;
            String key = null;
            for (int len = 2; len <= tables.longestHanWord && i + len <= in.size(); len++) {
                if (!hanRun(in, i, len, name)) {
                    break;
                }
                String k = tables.hanWords.get(name.substring(in.get(i).start(), in.get(i + len - 1).end()));
                if (k != null) {
                    matched = len;
                    key = k;
                }
            }
            if (matched == 0) {
                out.add(in.get(i++));
                continue;
            }
            out.add(joined(in, i, matched, key, TokenKind.WORD));
            i += matched;
        }
        return out;
    }

    private static boolean hasHan(String name) {
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** Whether tokens {@code i .. i+len-1} are single adjacent Han characters of {@code name}, words all. */
    private static boolean hanRun(List<Token> in, int i, int len, String name) {
        for (int k = i; k < i + len; k++) {
            Token t = in.get(k);
            if (t.kind() != TokenKind.WORD || k > i && in.get(k - 1).end() != t.start()
                    || Character.UnicodeScript.of(name.codePointAt(t.start())) != Character.UnicodeScript.HAN
                    || t.end() - t.start() != Character.charCount(name.codePointAt(t.start()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Replaces the longest phrase of {@code table} at each position by one token of {@code kind}
     * keyed by the phrase's canonical form: legal forms ("Company Limited", "S.A.", "OOO"; a
     * one-word legal form also with one typo) and countries' long names ("Russian Federation").
     */
    private List<Token> mergePhrases(List<Token> in, java.util.Map<String, String> table, int longest, TokenKind kind) {
        List<Token> out = new ArrayList<>(in.size());
        int i = 0;
        while (i < in.size()) {
            int matched = 0;
            String canon = null;
            StringBuilder phrase = new StringBuilder();
            for (int len = 1; len <= longest && i + len <= in.size(); len++) {
                if (len > 1) {
                    phrase.append(' ');
                }
                phrase.append(in.get(i + len - 1).text());
                String c = table.get(phrase.toString());
                if (c != null && (kind == TokenKind.LEGAL_FORM || len > 1)) {
                    matched = len;
                    canon = c;
                }
            }
            if (matched == 0 && kind == TokenKind.LEGAL_FORM) {
                String[] phraseEntry = fuzzyLegalPhrase(in, i);
                if (phraseEntry != null) {
                    matched = phraseEntry.length - 1;
                    canon = phraseEntry[matched];
                }
            }
            if (matched == 0) {
                canon = kind == TokenKind.LEGAL_FORM ? fuzzyLegalForm(in.get(i)) : null;
                if (canon == null) {
                    out.add(in.get(i));
                    i++;
                    continue;
                }
                matched = 1;
            }
            out.add(joined(in, i, matched, canon.replace(" ", ""), kind));
            i += matched;
        }
        return out;
    }

    /** Tokens {@code i .. i+n-1} as one token of {@code key}: their texts joined, offsets from the first to the last. */
    private static Token joined(List<Token> in, int i, int n, String key, TokenKind kind) {
        Token first = in.get(i);
        Token last = in.get(i + n - 1);
        StringBuilder text = new StringBuilder();
        for (int k = i; k < i + n; k++) {
            text.append(in.get(k).text());
        }
        return new Token(text.toString(), key, Phonetics.skeleton(key), kind, first.start(), last.end(),
                first.transliterated(), false, false, first.abjad(), false);
    }

    /**
     * Particles that are stop words by where they stand:
     * <ul>
     * <li>The Arabic article assimilated to the next word and written apart with a hyphen, as "al"
     * is: "an-Nusra", "ash-Sham", "ad-Din" (a vowel, then the consonant the next word begins
     * with). Written apart with a space it stays a word: "Ed Davis".
     * <li>The Persian and Urdu ezafe, written e, ye or i: hyphenated to the word it follows
     * ("Sanaty-e", "Ajza-ye", "Jaish-i-Mohammed"), or e or i alone between two words of three
     * letters or more ("Lashkar e Jhangvi", "LASHKAR I JHANGVI").
     * <li>"in", and the romanised Arabic "fi", before a place: "ISIL in Yemen" is "ISIL-YEMEN", "al-Qaida
     * fi al-Iraq" "AL-QAIDA IN IRAQ" ("Kim In Chol" keeps its syllable).
     * </ul>
     */
    private List<Token> markParticles(List<Token> in, String name) {
        List<Token> out = null;
        for (int k = 0; k + 1 < in.size(); k++) {
            Token t = in.get(k);
            Token next = in.get(k + 1);
            String a = t.text();
            if (t.kind() != TokenKind.WORD || t.transliterated() || a.length() < 2 || a.length() > 3
                    || "aeiu".indexOf(a.charAt(0)) < 0 || t.end() >= name.length() || name.charAt(t.end()) != '-'
                    || next.start() != t.end() + 1 || next.text().length() < 3 || !next.text().startsWith(a.substring(1))
                    || "aeiou".indexOf(a.charAt(1)) >= 0 || "aeiou".indexOf(a.charAt(a.length() - 1)) >= 0) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(in);
            }
            out.set(k, t.withKind(TokenKind.STOPWORD, "al"));
        }
        for (int k = 1; k < in.size(); k++) {
            Token t = in.get(k);
            Token prev = in.get(k - 1);
            Token next = k + 1 < in.size() ? in.get(k + 1) : null;
            if (t.kind() != TokenKind.WORD || t.transliterated()) {
                continue;
            }
            String w = t.text();
            boolean hyphenated = t.start() == prev.end() + 1 && name.charAt(prev.end()) == '-';
            boolean ezafe = (w.equals("e") || w.equals("ye") || w.equals("i")) && hyphenated
                    || (w.equals("e") || w.equals("i")) && latinWord(prev) && next != null && latinWord(next);
            boolean beforePlace = (w.equals("in") || w.equals("fi")) && placeFollows(in, k + 1);
            if (ezafe || beforePlace) {
                if (out == null) {
                    out = new ArrayList<>(in);
                }
                out.set(k, t.withKind(TokenKind.STOPWORD, t.text()));
            }
        }
        return out == null ? in : out;
    }

    /** Whether a place name follows at {@code k}, after an article if any ("fi al-Iraq"). */
    private boolean placeFollows(List<Token> in, int k) {
        if (k < in.size() && (in.get(k).text().equals("al") || in.get(k).text().equals("el"))) {
            k++;
        }
        return k < in.size() && in.get(k).kind() == TokenKind.WORD && tables.places.contains(in.get(k).key());
    }

    /** A word of three Latin letters or more: what an ezafe written apart stands between. */
    private static boolean latinWord(Token t) {
        return t.kind() == TokenKind.WORD && !t.transliterated() && t.text().length() >= 3;
    }

    /**
     * A legal-form phrase of several words, written otherwise than the table writes it: Russian
     * "OTKRYTOYE AKTSIONERNOYE OBSCHESTVO" and "OBSHESTVO S OGRANICHENNOJ OTVETSTVENNOSTYU" (OFAC
     * alone spells obshchestvo five ways), "LIMITIED LIABILITY COMPANY". Each long word of the
     * phrase may differ by one edit (two from nine letters on) with the same first letter, each
     * short word must be equal. Returns the table entry (the phrase's words, then its canonical
     * form), or null.
     */
    private String[] fuzzyLegalPhrase(List<Token> in, int i) {
        for (String[] entry : tables.fuzzyLegalPhrases) {
            int words = entry.length - 1;
            if (i + words > in.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < words && all; k++) {
                Token t = in.get(i + k);
                String w = t.text();
                String v = entry[k];
                if (w.equals(v)) {
                    continue;
                }
                int shorter = Math.min(w.length(), v.length());
                int edits = shorter >= 9 ? 2 : 1;
                all = t.kind() == TokenKind.WORD && !t.transliterated() && shorter >= FUZZY_LEGAL_FORM_LENGTH
                        && w.charAt(0) == v.charAt(0) && EditDistance.osa(w, v, edits + 1) <= edits;
            }
            if (all) {
                return entry;
            }
        }
        return null;
    }

    /**
     * A legal form written with one typo ("Compnay", "Limitd", "Corporaton"): long words only,
     * so "Compagna" stays a name. Returns the canonical form or null.
     */
    private String fuzzyLegalForm(Token t) {
        String w = t.text();
        if (w.length() < FUZZY_LEGAL_FORM_LENGTH || t.transliterated()) {
            return null;
        }
        for (var e : tables.singleWordLegalForms.entrySet()) {
            String v = e.getKey();
            if (v.length() >= FUZZY_LEGAL_FORM_LENGTH && Math.abs(v.length() - w.length()) <= 1
                    && v.charAt(0) == w.charAt(0) && EditDistance.osa(w, v, 2) <= 1) {
                return e.getValue();
            }
        }
        return null;
    }

    /**
     * "Abd" (servant of) joined to the name it governs, in the key "abd" + the name, as "Abdul",
     * "Abdel", "Abd" written apart key "abd" (name-variants.txt): "Abdelrahim", "Abdul Rahim" and
     * "Abdurrahim" (the article assimilated: Abd-ur-Rahim) all give "abd" + "rahim". Returns null
     * for other words and when less than three letters of the name are left ("Abdalla").
     */
    static String abdCompound(String w) {
        if (!w.startsWith("abd") || w.length() < 7) {
            return null;
        }
        int i = 3;
        if ("aeiou".indexOf(w.charAt(i)) >= 0 && "aeiou".indexOf(w.charAt(i + 1)) < 0) {
            i++; // the vowel of the article: abd-u-l, abd-e-l, abd-u-r
            if (w.charAt(i) == 'l' && w.charAt(i + 1) == 'l') {
                return null; // abd-ul-lah and its forms: name-variants.txt spells those
            }
            if (w.charAt(i) == 'l') {
                i++; // abd-ul-Rahim
            } else if (i + 1 < w.length() && w.charAt(i) == w.charAt(i + 1)) {
                i++; // assimilated article: abd-ur-Rahman, abd-us-Salam
            }
        }
        return w.length() - i >= 3 ? "abd" + w.substring(i) : null;
    }

    /** Shortest legal-form word matched with a typo: below this one edit turns one word into another. */
    static final int FUZZY_LEGAL_FORM_LENGTH = 6;

    /**
     * Marks honorifics and stop words and applies canonical spellings. A name made only of such
     * words keeps them as words ("Al Sheikh" stays matchable).
     */
    /**
     * A number with an English ordinal ending, keyed by the number: "558th" is the "558" of
     * "JSC 558 Aircraft Repair Plant" (Russian writes the ordinal as a bare number). Else null.
     */
    static String ordinal(String w) {
        int n = w.length();
        if (n < 3 || !Character.isDigit(w.charAt(0))) {
            return null;
        }
        String end = w.substring(n - 2);
        if (!end.equals("st") && !end.equals("nd") && !end.equals("rd") && !end.equals("th")) {
            return null;
        }
        for (int i = 0; i < n - 2; i++) {
            if (w.charAt(i) < '0' || w.charAt(i) > '9') {
                return null;
            }
        }
        return w.substring(0, n - 2);
    }

    /**
     * A name's only word, translated, is put back as written: it is the party's own name, not a
     * description ("JSC ENERGIYA" is named Energiya, not "Energy"; "AO RESURS" is not "Resources"
     * Ltd). Translated, an everyday English word would be that listed name in full.
     */
    private static void untranslateOnlyWord(List<Token> tokens, List<Token> asWritten) {
        int only = -1;
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).kind() == TokenKind.WORD) {
                if (only >= 0) {
                    return;
                }
                only = k;
            }
        }
        if (only >= 0 && tokens.get(only).translated()) {
            tokens.set(only, asWritten.get(only)); // (classify maps token k to token k)
        }
    }

    /**
     * Each foreign compound word ({@code compounds.txt}) as the English words it is made of, one
     * token each over the compound's own offsets: AO NOVOSIBIRSKI AVIAREMONTNY ZAVOD reads
     * "novosibirski aircraft repair plant". A name's only word stays as written (see
     * {@link #untranslateOnlyWord}).
     */
    private List<Token> splitCompounds(List<Token> in) {
        int words = 0;
        boolean any = false;
        for (Token t : in) {
            if (t.kind() == TokenKind.WORD) {
                words++;
                any |= !t.transliterated() && tables.compounds.containsKey(t.key());
            }
        }
        if (!any || words < 2) {
            return in;
        }
        List<Token> out = new ArrayList<>(in.size() + 2);
        for (Token t : in) {
            List<String> english = t.kind() == TokenKind.WORD && !t.transliterated() ? tables.compounds.get(t.key()) : null;
            if (english == null) {
                out.add(t);
            } else {
                for (String key : english) {
                    out.add(t.translatedTo(key));
                }
            }
        }
        return out;
    }

    private List<Token> classify(List<Token> in) {
        List<Token> out = new ArrayList<>(in.size());
        boolean anyWord = false;
        for (Token t : in) {
            if (t.kind() != TokenKind.WORD) {
                out.add(t);
                continue;
            }
            if (tables.honorifics.contains(t.text())) {
                out.add(t.withKind(TokenKind.HONORIFIC, t.text()));
            } else if (!t.syllable() && tables.stopwords.contains(t.text())) {
                // Han and Hangul syllables ("an", "de") are name parts, never function words
                out.add(t.withKind(TokenKind.STOPWORD, t.text()));
            } else {
                String canon = tables.canonical.get(t.text());
                String variant = tables.variants.get(t.text());
                boolean translated = canon != null && tables.translated.contains(t.text());
                if (canon == null && variant == null && !t.transliterated()) {
                    canon = abdCompound(t.text());
                    if (canon == null) {
                        canon = ordinal(t.text());
                    }
                    if (canon == null) {
                        canon = translationByStem(t.text());
                        translated = canon != null;
                    }
                }
                out.add(variant != null ? t.known(variant) : canon == null ? t
                        : translated ? t.translatedTo(canon) : t.withKind(TokenKind.WORD, canon));
                anyWord = true;
            }
        }
        untranslateOnlyWord(out, in);
        if (!anyWord) {
            for (int k = 0; k < out.size(); k++) {
                Token t = out.get(k);
                if (t.kind() == TokenKind.HONORIFIC || t.kind() == TokenKind.STOPWORD) {
                    out.set(k, t.withKind(TokenKind.WORD, t.text()));
                }
            }
        }
        return out;
    }
}
