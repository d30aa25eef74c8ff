package org.tradeguard.matching;

import org.tradeguard.text.AnalyzedName;
import org.tradeguard.text.Token;
import org.tradeguard.text.TokenKind;

/**
 * A name analysed once, with per-token weights, laid out in arrays for the scoring loop. Used for
 * list names (at index build) and for the query (once per request): the same code both sides.
 */
final class PreparedName {
    final int entity;
    final NameKind kind;
    /** Name of a person (list side), or a query for a person: missing name parts cost less. */
    final boolean person;
    final AnalyzedName analyzed;
    /** Scored tokens only (words and legal forms); honorifics and stop words are left out. */
    final Token[] tokens;
    /**
     * Interned id of each token (same key, kind and flags = same id) on list names, so a query's
     * similarity to a list word is computed once per query ({@link SimilarityMemo}); null on queries.
     */
    int[] tokenIds;
    /**
     * Where the weak alias starts in a primary name joined with a weak alias (see
     * {@code Screener}), or -1: such a name counts only when the query meets both parts.
     */
    int weakFrom = -1;
    final float[] weights;
    /**
     * Words that cost no more than an everyday word ({@code Screener.GENERIC_WEIGHT}) when the
     * other name lacks them, one bit per token index ({@link #missingWeight}): in an organisation's
     * name a Latin word of at most {@link #SHORT_WORD} letters is an abbreviation, a code or a
     * misread letter ("Multimat LC Ve Dis Ticaret" for "MULTIMAT IC VE DIS TICARET",
     * "UNIVERSAL-AVIA, GUP RK"), whose rarity says little, when at least two longer words name the
     * organisation; met, it keeps its weight ("SC-YUG" / "SC South LLC").
     */
    final long shortWords;
    /** Longest word of {@link #shortWords}. */
    static final int SHORT_WORD = 2;
    final float totalWeight;
    final int words;
    /** Keys and skeletons of each token joined with the next (null where either is not a word). */
    final String[] pairKeys;
    final String[] pairSkeletons;
    /**
     * The same pair read another way, else null: with the article between them written in, where
     * the second word follows a separate article ("Salah al-Din" -> "salahaldin", read as the one
     * word "Salahaldin"); or as written, where the translation table rewrote one of the two words
     * ("Uralvagon Zavod" -> "uralvagonzavod", not "uralvagon" + "plant", against the one word
     * "URALVAGONZAVOD").
     */
    final String[] altPairKeys;
    /** Skeletons of {@link #altPairKeys}; both null when the name has no such pair (most names). */
    final String[] altPairSkeletons;
    /** Word keys concatenated in order, and sorted: for names split or joined differently. */
    final String joined;
    final String joinedSorted;
    /** The length of {@link #joined}, read without fetching the string: most names are of another length. */
    final int joinedLength;
    /**
     * Keys of the words in parentheses ("ANSAR AL-SHARI'A (AAS)"): not scored as part of the name,
     * but a word of the other name equal to one is explained, not extra ("Ansar al-Shari'a AAS").
     */
    final String[] qualifiers;
    /** The tokens of {@link #qualifiers}, for explanations. */
    final Token[] qualifierTokens;
    /** The weights of {@link #qualifiers}, counted when the other name has the same ones. */
    final float[] qualifierWeights;
    /**
     * The tokens that are words (not legal forms), one bit per token index. This and the other
     * masks hold the first 64 tokens, more than the scorer reads ({@link NameScorer#MAX_TOKENS}):
     * one long in the object instead of an array to fetch for each of the many candidate names.
     */
    final long wordTokens;
    /**
     * For an organisation: the first letter of each token, '#' for a token an acronym cannot
     * spell (a legal form, a transliterated word); and the tokens that may be acronyms
     * themselves (see {@code NameScorer.acronyms}). For a person: "" and 0.
     */
    final String initials;
    final long acronymTokens;
    /**
     * For an organisation name with a legal form that is "company" or "corporation": the initials
     * of its words with that form's "c" in its place, as acronyms spell such names ("NATIONAL
     * IRANIAN OIL PRODUCTS DISTRIBUTION COMPANY" is "NIOPDC"); else null. The tokens they span:
     * {@link #companySpan}.
     */
    final String companyInitials;
    /**
     * For an organisation with a word the translation table knows: the letters each token's
     * initial may be (bit 0 = a), its own and those of the foreign words it translates
     * ({@link org.tradeguard.text.NamePipeline#foreignInitials}), 0 where {@link #initials} has '#'.
     * Null where every token has only the initial {@link #initials} gives it (nearly every name).
     */
    final int[] initialMasks;
    /**
     * Words that repeat the rest of the name, one bit per token index: the other name leaving
     * one out leaves out nothing. An acronym of the name's own words, a word of
     * {@link #acronymTokens} that spells the initials of a run of its other words ("ALEKSANDROV
     * SCIENTIFIC RESEARCH TECHNOLOGICAL INSTITUTE NITI", by the Russian words); and the
     * "scientific" of "scientific research" (both keyed research: the Russian nauchny is rendered
     * either), the Russian nauchno-issledovatelskiy, which English names render "research" or
     * leave out ("All-Russian Institute of Aviation Materials"); and the
     * initials of the person the organisation is named after ({@link #namedAfter}).
     */
    final long redundant;
    /** The part of {@link #redundant} that names a namesake: {@link #namedAfter}. */
    final long namesake;
    /**
     * The namesake's own name after "imeni" / "named after" and its initials, one bit per token
     * index ("DEGTYAREVA" of "ZAVOD IMENI V.A. DEGTYAREVA"): one list gives the clause, the other
     * leaves it out, so it costs nothing unmatched unless the other name has a namesake of its
     * own left unmatched ({@code NameScorer}).
     */
    final long namesakeNames;
    /** Two words of three letters or more with one key ("Sevastopol ... Sevastopol"): see {@code NameScorer.repeatedWords}. */
    final boolean repeats;
    /**
     * For an organisation: each word's twin, another word of the name that spells the same word
     * another way ("TEKNODINAMIKA JSC - Technodinamika"; both at least {@link #RESPELLING_MIN}
     * letters, one first letter, alike at least {@link #RESPELLING_SIMILARITY}), else -1; null when no
     * word has one (nearly every name). A twin left out while the other is met costs nothing
     * ({@code NameScorer.respelt}).
     */
    final int[] respelling;
    /**
     * For an organisation: each word's {@link TokenSimilarity#singularCode} (0 for a word that is
     * no everyday English word), or null when no word is one: two words of one code may be one
     * word singular and plural, which NameScorer then checks.
     */
    final int[] singular;
    /** Fewest letters of a word that {@link #respelling} pairs. */
    static final int RESPELLING_MIN = 5;
    /**
     * Two words of one name at least this alike are one word spelt twice: "TEKNODINAMIKA" and
     * "Technodinamika" are 0.857 (two edits in fourteen letters), below a match between names.
     */
    static final float RESPELLING_SIMILARITY = 0.85f;
    /** How many words of the name are the second spelling of an earlier one ({@link #respelling}): the name has that many words fewer. */
    final int respelt;
    /** Words written after a separate article ("al-Din", "el Kader"), one bit per token index. */
    final long articled;
    /**
     * Each word's key without an article joined to it ("eldin", "eddine" -> "din", "dine"), or
     * null: compared with a word the other name writes after a separate article. Null as a whole
     * when no word has one ({@link #bare} is 0).
     */
    final Token[] withoutArticle;
    /** The tokens that have a {@link #withoutArticle} form, one bit per token index. */
    final long bare;
    /**
     * The part of {@link #bare} long enough to meet a word written with no article at all
     * ({@code NameScorer.ARTICLE_DROPPED_MIN} letters with the article).
     */
    final long longBare;
    /**
     * Country names and demonyms ({@code places.txt}) and compass directions ({@code directions.txt}),
     * one bit per token index: each name giving one the other leaves unmatched names another
     * place or branch ({@code NameScorer}).
     */
    final long places;
    /**
     * Words long enough, by key or as written, to share a stem with another word
     * ({@link NameScorer#STEM_MIN} letters) or to be read as a Russian adjective
     * ({@link org.tradeguard.text.NamePipeline#ADJECTIVE_MIN} letters): every test of
     * {@code NameScorer.pairStems} needs two of them. One bit per token index.
     */
    final long stemmable;
    /**
     * For an organisation: the words that are Russian place adjectives (with a {@link PlaceAdjectives#base}),
     * one bit per token index; they may meet a short place name.
     */
    final long placeAdjectives;
    /** The {@link PlaceAdjectives#base} of each word of {@link #placeAdjectives}, else null; null when there is none. */
    final String[] adjectiveBases;
    /** Whether a word is written in an abjad (Arabic, Persian, Hebrew). */
    final boolean abjad;
    /** Length of the longest word key: two words joined longer by more than two letters meet none. */
    final int maxKeyLength;
    /**
     * Length of the shortest pair in {@link #pairKeys} and {@link #altPairKeys}, or
     * {@code Integer.MAX_VALUE} when there is none: a name whose shortest pair is longer by more
     * than two letters than every word of the other name forms no compound with it.
     */
    final int minPairLength;

    /**
     * @param person   the name of a person: missing parts cost less
     * @param specific generic business words are real name words here (persons, vessels,
     *                 aircraft); otherwise their weight is capped
     */
    PreparedName(int entity, NameKind kind, boolean person, boolean specific, AnalyzedName analyzed, Weights weights) {
        this(entity, kind, person, specific, analyzed, weights, !person);
    }

    /**
     * @param titlesAsWords read the titles that are also business words as words of the name ({@link
     *                      #titlesAsWords}): an organisation's "General" is no rank ("GENERAL
     *                      TECHNOLOGY LIMITED" is not "Technology Ltd")
     */
    PreparedName(int entity, NameKind kind, boolean person, boolean specific, AnalyzedName analyzed, Weights weights,
                 boolean titlesAsWords) {
        this.entity = entity;
        this.kind = kind;
        this.person = person;
        analyzed = titlesAsWords ? titlesAsWords(analyzed) : analyzed;
        this.analyzed = analyzed;
        int n = 0;
        for (Token t : analyzed.tokens()) {
            if (t.kind() == TokenKind.WORD || t.kind() == TokenKind.LEGAL_FORM) {
                n++;
            }
        }
        tokens = new Token[n];
        this.weights = new float[n];
        int i = 0;
        int w = 0;
        float total = 0;
        for (Token t : analyzed.tokens()) {
            if (t.kind() == TokenKind.WORD || t.kind() == TokenKind.LEGAL_FORM) {
                tokens[i] = t;
                this.weights[i] = weights.of(t, specific);
                total += this.weights[i];
                if (t.kind() == TokenKind.WORD) {
                    w++;
                }
                i++;
            }
        }
        long decorated = person ? 0L : decorations(tokens);
        for (int x = 0; decorated != 0L && x < n; x++) {
            if (has(decorated, x) && this.weights[x] > DECORATION_WEIGHT) {
                total -= this.weights[x] - DECORATION_WEIGHT;
                this.weights[x] = DECORATION_WEIGHT; // "Lenin" of "Order of Lenin" names no one plant
            }
        }
        totalWeight = total;
        words = w;
        long shortBits = 0L;
        int longer = 0;
        for (int x = 0; x < n && !specific; x++) {
            if (tokens[x].kind() == TokenKind.WORD && tokens[x].key().length() > SHORT_WORD) {
                longer++;
            }
        }
        // (only beside two longer words, which name the organisation: "Ko-fi" is two short words)
        for (int x = 0; x < n && x < 64 && longer >= 2; x++) {
            Token t = tokens[x];
            if (t.kind() == TokenKind.WORD && t.key().length() <= SHORT_WORD && !t.transliterated() && !t.syllable()) {
                shortBits |= bit(x);
            }
        }
        shortWords = shortBits;
        StringBuilder sb = new StringBuilder();
        java.util.List<String> keys = new java.util.ArrayList<>(w);
        for (Token t : tokens) {
            if (t.kind() == TokenKind.WORD) {
                sb.append(t.key());
                keys.add(t.key());
            }
        }
        joined = sb.toString();
        joinedLength = joined.length();
        pairKeys = new String[n];
        pairSkeletons = new String[n];
        for (int k = 0; k + 1 < n; k++) {
            if (tokens[k].kind() == TokenKind.WORD && tokens[k + 1].kind() == TokenKind.WORD) {
                pairKeys[k] = tokens[k].key() + tokens[k + 1].key();
                pairSkeletons[k] = org.tradeguard.text.Phonetics.skeleton(pairKeys[k]);
            }
        }
        java.util.Collections.sort(keys);
        joinedSorted = String.join("", keys);
        java.util.List<Token> qs = new java.util.ArrayList<>(0);
        for (Token t : analyzed.tokens()) {
            if (t.kind() == TokenKind.QUALIFIER && t.key().length() >= 2) {
                qs.add(t);
            }
        }
        qualifiers = qs.isEmpty() ? NO_QUALIFIERS : new String[qs.size()];
        qualifierTokens = qs.toArray(new Token[0]);
        qualifierWeights = new float[qualifiers.length];
        for (int k = 0; k < qualifiers.length; k++) {
            qualifiers[k] = qualifierTokens[k].key();
            qualifierWeights[k] = weights.of(qualifierTokens[k], specific);
        }
        long wordBits = 0L;
        long articledBits = 0L;
        long bareBits = 0L;
        long longBareBits = 0L;
        long placeBits = 0L;
        long stemBits = 0L;
        Token[] bareTokens = null;
        java.util.List<Token> all = analyzed.tokens();
        int longest = 0;
        int k = 0;
        for (int a = 0; a < all.size(); a++) {
            Token t = all.get(a);
            if (t.kind() != TokenKind.WORD && t.kind() != TokenKind.LEGAL_FORM) {
                continue;
            }
            if (t.kind() == TokenKind.WORD) {
                Token prev = a > 0 ? all.get(a - 1) : null;
                wordBits |= bit(k);
                if (t.key().length() >= Math.min(NameScorer.STEM_MIN, org.tradeguard.text.NamePipeline.ADJECTIVE_MIN)
                        || t.text().length() >= NameScorer.STEM_MIN) {
                    stemBits |= bit(k);
                }
                if (prev != null && prev.kind() == TokenKind.STOPWORD && (prev.key().equals("al") || prev.key().equals("el"))) {
                    articledBits |= bit(k);
                }
                String bare = t.transliterated() ? null : withoutArticle(t.key());
                if (bare != null) {
                    bare = TokenSimilarity.PIPELINE.nameVariant(bare); // "elsayed" -> "sayed" -> "said"
                    if (bareTokens == null) {
                        bareTokens = new Token[n];
                    }
                    bareTokens[k] = new Token(t.text(), bare, org.tradeguard.text.Phonetics.skeleton(bare), TokenKind.WORD,
                            t.start(), t.end(), false, false, false, false, false);
                    bareBits |= bit(k);
                    if (t.key().length() >= NameScorer.ARTICLE_DROPPED_MIN) {
                        longBareBits |= bit(k);
                    }
                }
                if (TokenSimilarity.PIPELINE.isPlace(t.key()) || TokenSimilarity.PIPELINE.isDirection(t.key())) {
                    placeBits |= bit(k);
                }
                longest = Math.max(longest, t.key().length());
            }
            k++;
        }
        maxKeyLength = longest;
        wordTokens = wordBits;
        boolean anyAbjad = false;
        long adjectives = 0L;
        String[] bases = null;
        for (int x = 0; x < n; x++) {
            Token t = tokens[x];
            anyAbjad |= t.abjad();
            String base = !person && x < 64 && t.kind() == TokenKind.WORD ? PlaceAdjectives.base(t.key()) : null;
            if (base != null) {
                adjectives |= bit(x);
                if (bases == null) {
                    bases = new String[n];
                }
                bases[x] = base;
            }
        }
        abjad = anyAbjad;
        placeAdjectives = adjectives;
        adjectiveBases = bases;
        articled = articledBits;
        bare = bareBits;
        withoutArticle = bareTokens;
        longBare = longBareBits;
        places = placeBits;
        stemmable = stemBits;
        String[] altKeys = null;
        String[] altSkeletons = null;
        for (int x = 0; x + 1 < n; x++) {
            if (pairKeys[x] == null) {
                continue;
            }
            String alt = has(articled, x + 1) ? tokens[x].key() + "al" + tokens[x + 1].key()
                    : foreign(tokens[x]) || foreign(tokens[x + 1]) ? tokens[x].text() + tokens[x + 1].text() : null;
            if (alt != null) {
                if (altKeys == null) {
                    altKeys = new String[n];
                    altSkeletons = new String[n];
                }
                altKeys[x] = alt;
                altSkeletons[x] = org.tradeguard.text.Phonetics.skeleton(alt);
            }
        }
        altPairKeys = altKeys;
        altPairSkeletons = altSkeletons;
        int shortestPair = Integer.MAX_VALUE;
        for (int x = 0; x < n; x++) {
            if (pairKeys[x] != null) {
                shortestPair = Math.min(shortestPair, pairKeys[x].length());
            }
            if (altKeys != null && altKeys[x] != null) {
                shortestPair = Math.min(shortestPair, altKeys[x].length());
            }
        }
        minPairLength = shortestPair;
        StringBuilder letters = new StringBuilder(person ? 0 : n);
        long acronymBits = 0L;
        if (!person) {
            for (int x = 0; x < n; x++) {
                Token t = tokens[x];
                boolean word = t.kind() == TokenKind.WORD && !t.transliterated();
                letters.append(word ? t.text().charAt(0) : '#');
                if (word && x < 64 && NameScorer.mayBeAcronym(t)) {
                    acronymBits |= 1L << x;
                }
            }
        }
        initials = letters.toString();
        acronymTokens = acronymBits;
        int[] span = person ? null : companySpan(tokens);
        companyInitials = span == null ? null : companyLetters(tokens, span);
        int[] masks = null;
        if (!person) {
            for (int x = 0; x < n; x++) {
                Token t = tokens[x];
                if (letters.charAt(x) == '#') {
                    continue;
                }
                int mask = initialBit(t.text().charAt(0)) | initialBit(t.key().charAt(0))
                        | TokenSimilarity.PIPELINE.foreignInitials(t.key());
                if (mask != initialBit(t.text().charAt(0))) {
                    if (masks == null) {
                        masks = new int[n];
                        for (int y = 0; y < n; y++) {
                            masks[y] = letters.charAt(y) == '#' ? 0 : initialBit(letters.charAt(y));
                        }
                    }
                    masks[x] = mask;
                }
            }
        }
        initialMasks = masks;
        long[] namedAfter = person ? new long[2] : namedAfter(analyzed.tokens());
        namesake = namedAfter[0];
        namesakeNames = namedAfter[1];
        long self = namesake | decorated;
        for (int x = 0; x < n && !person; x++) {
            if (has(acronymBits, x) && spellsOwnWords(x)
                    || x + 1 < n && tokens[x].key().equals("research") && tokens[x + 1].key().equals("research")) {
                self |= bit(x);
            }
        }
        redundant = self;
        boolean twice = false;
        for (int x = 0; x < n && !twice; x++) {
            if (tokens[x].kind() == TokenKind.WORD && tokens[x].key().length() >= 3) {
                for (int y = x + 1; y < n && !twice; y++) {
                    twice = tokens[y].kind() == TokenKind.WORD && tokens[y].key().equals(tokens[x].key());
                }
            }
        }
        repeats = twice;
        respelling = person ? null : respellings(tokens, Math.min(n, 64));
        singular = person ? null : singularCodes(tokens);
        int second = 0;
        for (int x = 0; respelling != null && x < respelling.length; x++) {
            if (respelling[x] >= 0 && respelling[x] < x) {
                second++;
            }
        }
        respelt = second;
    }

    /** See {@link #respelling}. */
    private static int[] respellings(Token[] tokens, int n) {
        int[] twins = null;
        for (int x = 0; x < n; x++) {
            if (!respellable(tokens[x])) {
                continue;
            }
            for (int y = x + 1; y < n; y++) {
                Token a = tokens[x];
                Token b = tokens[y];
                if (respellable(b) && a.key().charAt(0) == b.key().charAt(0) && !a.key().equals(b.key())
                        && TokenSimilarity.similarity(a, b) >= RESPELLING_SIMILARITY) {
                    if (twins == null) {
                        twins = new int[n];
                        java.util.Arrays.fill(twins, -1);
                    }
                    twins[x] = y;
                    twins[y] = x;
                }
            }
        }
        return twins;
    }

    private static boolean respellable(Token t) {
        return t.kind() == TokenKind.WORD && t.key().length() >= RESPELLING_MIN;
    }

    private static final String[] NO_QUALIFIERS = new String[0];

    /** Pair {@code x} of {@link #altPairKeys}, or null (also when the name has none). */
    String altPairKey(int x) {
        return altPairKeys == null ? null : altPairKeys[x];
    }

    /** What token {@code k} costs when the other name lacks it: its weight, capped for {@link #shortWords}. */
    float missingWeight(int k) {
        return has(shortWords, k) ? Math.min(weights[k], Screener.GENERIC_WEIGHT) : weights[k];
    }

    /** The mask bit of token index {@code i}; none past 64 tokens. */
    private static long bit(int i) {
        return i < Long.SIZE ? 1L << i : 0L;
    }

    /** Whether {@code mask} has the bit of token index {@code i} ({@code i} below 64). */
    static boolean has(long mask, int i) {
        return (mask & (1L << i)) != 0;
    }

    /**
     * A word with the Arabic article joined to it, without it: "al"/"el" + at least three letters
     * ("eldin" -> "din", "elsseid" -> "seid"), a vowel and a doubled consonant the article
     * became ("eddine" -> "dine", "essid" -> "sid", "ennahda" -> "nahda"), or "l" alone before
     * a vowel ("lazher" -> "azher"). Null otherwise.
     */
    static String withoutArticle(String key) {
        if (key.length() < 5) {
            return null;
        }
        char v = key.charAt(0);
        char c = key.charAt(1);
        String rest;
        if ((v == 'a' || v == 'e') && c == 'l') {
            rest = key.substring(2);
        } else if ((v == 'a' || v == 'e' || v == 'u') && c == key.charAt(2) && "tdrzsn".indexOf(c) >= 0) {
            rest = key.substring(2);
        } else if (v == 'l' && (c == 'a' || c == 'e')) {
            rest = key.substring(1); // the article's vowel elided: "Lazher" for "al-Azhar"
        } else {
            return null;
        }
        if (rest.length() > 3 && rest.charAt(0) == rest.charAt(1)) {
            rest = rest.substring(1);
        }
        return rest.length() >= 3 ? rest : null;
    }

    /**
     * The clause naming the person an organisation is named after, one bit per token index: [0] its
     * initials and titles, the one-letter words and academic titles after the Russian "imeni" or
     * the English "named after" ("ZAVOD IMENI V.A. DEGTYAREVA", "Plant named after Academician
     * V. A. Degtyarev"), with the words "named after", which translate "imeni", a stop word;
     * [1] the name that follows them ("DEGTYAREVA"). The other name often gives the surname alone
     * ("Degtyarev Plant") or no namesake at all: an initial or a title it leaves out leaves out
     * nothing, and neither does the name unless it names another namesake (see NameScorer).
     */
    private static long[] namedAfter(java.util.List<Token> all) {
        long bits = 0L;
        long names = 0L;
        boolean after = false;
        boolean initials = false;
        String previous = "";
        int k = 0;
        int n = all.size();
        for (int x = 0; x < n; x++) {
            Token t = all.get(x);
            boolean counted = t.kind() == TokenKind.WORD || t.kind() == TokenKind.LEGAL_FORM;
            boolean word = counted && t.kind() == TokenKind.WORD && k < 64;
            if (t.kind() == TokenKind.STOPWORD && t.key().equals("imeni")
                    || counted && t.key().equals("after") && previous.equals("named")) {
                if (counted && k < 64) {
                    bits |= bit(k) | bit(k - 1);
                }
                after = true;
                initials = false;
            } else if (word && after && (t.key().length() == 1 || NAMESAKE_TITLES.contains(t.key())
                    || t.key().length() == 2 && x + 1 < n && !initials)) {
                // (two initials written as one word, "NAMED AFTER AI SHOKIN", come before the name)
                bits |= bit(k);
                initials = true;
            } else if (word && after && initials) {
                names |= bit(k); // the name after the initials; a first name written whole is not told from it
                after = false;
            } else if (counted || t.kind() == TokenKind.STOPWORD) {
                after = false;
            }
            if (counted) {
                previous = t.key();
                k++;
            }
        }
        return new long[] {bits, names};
    }

    /**
     * A Soviet decoration in an organisation's name, one bit per token index: "order" (Russian
     * "ordena") and the words of the order that follow it ("MOSCOW ORDER OF THE RED BANNER OF
     * LABOR RESEARCH RADIO ENGINEERING INSTITUTE", "10 ORDENA TRUDOVOGO KRASNOGO ZNAMENI
     * SUDOREMONTNY ZAVOD"). One authority gives the decorations, the other leaves them out; they
     * name no one plant, so they cost nothing left out ({@link #redundant}) and weigh
     * {@link #DECORATION_WEIGHT} met.
     */
    private static long decorations(Token[] tokens) {
        long bits = 0L;
        for (int x = 0; x + 1 < tokens.length && x < 63; x++) {
            String k = tokens[x].key();
            if ((k.equals("order") || k.equals("ordena")) && ORDER_WORDS.contains(tokens[x + 1].key())) {
                bits |= bit(x);
                for (int y = x + 1; y < tokens.length && y < 64 && ORDER_WORDS.contains(tokens[y].key()); y++) {
                    bits |= bit(y);
                    x = y;
                }
            }
        }
        return bits;
    }

    /** Weight of a word of a decoration ({@link #decorations}): as little as a word can weigh. */
    static final float DECORATION_WEIGHT = 0.5f;

    /** The words of the Soviet orders an organisation may bear, in English and romanised Russian (folded keys). */
    private static final java.util.Set<String> ORDER_WORDS = java.util.Set.of("lenin", "lenina", "red", "banner",
            "labor", "labour", "october", "revolution", "friendship", "peoples", "badge", "honour", "honor", "kutuzov",
            "suvorov", "nevsky", "krasnogo", "znameni", "trudovogo", "oktyabrskoi", "oktyabrskoy", "revolyutsii",
            "druzhby", "narodov", "znak", "pocheta");

    /** Titles between "named after" and the namesake's name: "named after Academician A.A. Raspletin". */
    private static final java.util.Set<String> NAMESAKE_TITLES = java.util.Set.of("academician", "academic", "akademik",
            "akademika");

    /** Token weights: rarity of a word across the indexed entities; legal forms a small constant. */
    interface Weights {
        float of(Token t, boolean specific);
    }

    /**
     * A word the translation table rewrote from another language ("zavod" -> "plant"), which a
     * compound may carry as written; an English synonym ("fund" -> "foundation") is not one.
     */
    private static boolean foreign(Token t) {
        return TokenSimilarity.translated(t) && !TokenSimilarity.PIPELINE.isGeneric(t.text());
    }

    private static int initialBit(char c) {
        return c >= 'a' && c <= 'z' ? 1 << (c - 'a') : 0;
    }

    /** Whether letter {@code c} may be the initial of token {@code j} ({@link #initials}, {@link #initialMasks}). */
    boolean initialMay(int j, char c) {
        return initialMasks == null ? initials.charAt(j) == c : (initialMasks[j] & initialBit(c)) != 0;
    }

    /** Legal forms an acronym spells with their "c": company, corporation. */
    static boolean companyForm(Token t) {
        return t.kind() == TokenKind.LEGAL_FORM && (t.key().equals("co") || t.key().equals("corp"));
    }

    /** The first and last token of the words and the one company form of a name of Latin words, else null. */
    static int[] companySpan(Token[] tokens) {
        int from = -1;
        int to = -1;
        boolean form = false;
        for (int x = 0; x < tokens.length; x++) {
            Token t = tokens[x];
            boolean word = t.kind() == TokenKind.WORD;
            if (word && t.transliterated() || companyForm(t) && form) {
                return null;
            }
            if (word || companyForm(t)) {
                form |= !word;
                from = from < 0 ? x : from;
                to = x;
            }
        }
        return form ? new int[] {from, to} : null;
    }

    private static String companyLetters(Token[] tokens, int[] span) {
        StringBuilder sb = new StringBuilder(span[1] - span[0] + 1);
        for (int x = span[0]; x <= span[1]; x++) {
            if (tokens[x].kind() == TokenKind.WORD) {
                sb.append(tokens[x].text().charAt(0));
            } else if (companyForm(tokens[x])) {
                sb.append('c');
            }
        }
        return sb.toString();
    }

    /** Whether {@code acronym} spells the initials of tokens {@code from} to {@code from + length - 1}. */
    boolean spells(String acronym, int from) {
        int len = acronym.length();
        if (from < 0 || from + len > tokens.length) {
            return false;
        }
        for (int x = 0; x < len; x++) {
            if (!initialMay(from + x, acronym.charAt(x))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether acronym token {@code x} spells a run of this name's other words; see {@link #redundant}.
     * Its first letter may be the article before the run, which is no token: "Al-Qaida in Egypt
     * AQE", "Al Qaida au Maghreb islamique AQMI".
     */
    private boolean spellsOwnWords(int x) {
        String a = tokens[x].text();
        return spellsRunBeside(a, x, false)
                || (a.charAt(0) == 'a' || a.charAt(0) == 'e') && spellsRunBeside(a.substring(1), x, true);
    }

    /** Whether {@code acronym} spells a run of words not holding token {@code x}, after an article if {@code afterArticle}. */
    private boolean spellsRunBeside(String acronym, int x, boolean afterArticle) {
        int len = acronym.length();
        for (int from = 0; from + len <= tokens.length; from++) {
            if ((x < from || x >= from + len) && (!afterArticle || has(articled, from)) && spells(acronym, from)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code a} with the titles ({@link TokenKind#HONORIFIC}) that are also business words read as
     * words ("General"), or {@code a} itself when it has none. Other titles stay titles: "Haji" in
     * "FUND NAMED AFTER AKHMAT HAJI KADYROV" is the namesake's.
     */
    static AnalyzedName titlesAsWords(AnalyzedName a) {
        java.util.List<Token> tokens = a.tokens();
        java.util.List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == TokenKind.HONORIFIC && TokenSimilarity.PIPELINE.isBusinessWord(t.text())) {
                if (out == null) {
                    out = new java.util.ArrayList<>(tokens);
                }
                out.set(i, titleAsWord(t));
            }
        }
        return out == null ? a : new AnalyzedName(a.original(), out);
    }

    /** A title as a word, keyed as written. */
    private static Token titleAsWord(Token t) {
        return new Token(t.text(), t.text(), org.tradeguard.text.Phonetics.skeleton(t.text()), TokenKind.WORD, t.start(), t.end(),
                t.transliterated(), t.syllable(), t.known(), t.abjad(), t.translated());
    }

    /** {@link #singular} of these tokens, or null when none has a code. */
    private static int[] singularCodes(Token[] tokens) {
        int[] codes = null;
        for (int i = 0; i < tokens.length; i++) {
            int code = tokens[i].kind() == TokenKind.WORD ? TokenSimilarity.singularCode(tokens[i].key()) : 0;
            if (code != 0) {
                if (codes == null) {
                    codes = new int[tokens.length];
                }
                codes[i] = code;
            }
        }
        return codes;
    }
}
