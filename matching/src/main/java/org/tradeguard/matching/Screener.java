package org.tradeguard.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tradeguard.model.Entity;
import org.tradeguard.model.FactCheck;
import org.tradeguard.model.Hit;
import org.tradeguard.model.MatchExplanation;
import org.tradeguard.model.PartialDate;
import org.tradeguard.model.Prop;
import org.tradeguard.model.Schema;
import org.tradeguard.model.ScreeningQuery;
import org.tradeguard.text.AnalyzedName;
import org.tradeguard.text.NamePipeline;
import org.tradeguard.text.Token;
import org.tradeguard.text.TokenKind;

/**
 * Screens parties against an in-memory index of list entities with algorithm {@value #ALGORITHM}.
 * Build once ({@link #build}), then call {@link #screen} from any number of threads.
 *
 * <h2>What the score means</h2>
 * A score in [0,1] says how well the best of the entity's names explains the query name
 * (1 = every distinctive word of both names met its counterpart; see {@link NameScorer}),
 * adjusted by the facts given with the query: an agreeing birth date or country raises it a
 * little, a conflicting one lowers it, and an equal strong identifier (IMO, registration number,
 * passport, crypto address...) lifts it to at least {@value #IDENTIFIER_SCORE} whatever the name.
 * A hit found only through a weak alias stays below the threshold (weak aliases confirm, they
 * never trigger), unless the query's other words are the entity's primary name: "Ahmed Dabbashi"
 * alerts on "Ahmad Oumar Imhamad al-Fitouri" a.k.a. (weak) "Al Dabbashi". At the default
 * threshold (0.80) a hit deserves an analyst's decision.
 */
public final class Screener {

    public static final String ALGORITHM = "tg-name-v1";

    /** Distinct entities scored per query, from the candidate stage. */
    static final int CANDIDATE_ENTITIES = 48;
    /** Names taken from the candidate index before grouping by entity. */
    static final int CANDIDATE_NAMES = 160;
    /**
     * The first candidates (identifier matches, then the best ranked) are scored on every name;
     * each further one only on its names that the index ranked before the candidates were all
     * found (among the best {@link #CANDIDATE_NAMES}), unless it has none there. An entity ranked
     * that low has its best chance in the names that share most with the query; its other
     * aliases (a listed group may have forty) share less. Measured: every eval set scores alike
     * at the threshold, at 1.65 times the speed (marking all the best names ranked, past the
     * last candidate found, scores alike too and costs 4-8%).
     */
    static final int ALL_NAMES_ENTITIES = 5;
    /** An equal strong identifier finds the entity even when the name differs. */
    static final float IDENTIFIER_SCORE = 0.97f;
    /** Legal forms weigh the same everywhere: rarity of "LLC" says nothing about identity. */
    static final float LEGAL_FORM_WEIGHT = 0.3f;
    static final float MIN_WORD_WEIGHT = 0.5f;
    /**
     * Everyday business words in organisation names ("National", "Oil", "Trading"): list rarity
     * overrates them because lists are small; "National Oil Company" is not an identity.
     */
    static final float GENERIC_WEIGHT = 2.5f;
    /** Country names and demonyms qualify a name ("Sberbank of Russia"): they weigh like a common word. */
    static final float PLACE_WEIGHT = 2.0f;

    static final double DOB_SUPPORT = 0.05;
    static final double DOB_NEAR = -0.05;
    static final double DOB_CONFLICT = -0.20;
    static final double COUNTRY_SUPPORT = 0.03;
    static final double COUNTRY_CONFLICT = -0.10;
    static final double IMO_CONFLICT = -0.15;

    private static final List<String> COUNTRY_PROPS = List.of(Prop.COUNTRY, Prop.NATIONALITY, Prop.CITIZENSHIP,
            Prop.JURISDICTION, Prop.FLAG);

    private final NamePipeline pipeline = NamePipeline.standard();
    private final List<Entity> entities;
    private final List<PreparedName> names;
    /**
     * For a person's weak alias (by name id), the primary name and the alias read as one name
     * ("Ahmad Oumar Imhamad al-Fitouri / Al Dabbashi"), else null. A weak alias
     * alone never alerts; when the query's other words are the primary name's ("Ahmed Dabbashi"),
     * the alias is confirmed and the joined form scores the hit.
     */
    private final PreparedName[] weakWithPrimary;
    private final int[][] namesOfEntity;
    /** Each entity's schema, in one array: the candidate stage tests it for every name it ranks. */
    private final Schema[] schemas;
    /** Each name's entity, in one array: the candidate stage groups up to {@link #CANDIDATE_NAMES} names by it. */
    private final int[] entityOfName;
    private final PartialDate[][] dates;
    private final String[][] countries;
    private final Map<String, int[]> byIdentifier;
    private final Map<String, Integer> documentFrequency;
    private final CandidateIndex index;
    /** The key number of each interned list word (see {@link SimilarityMemo}), and how many keys. */
    private final int[] keyOfWord;
    private final int distinctKeys;
    /** The interned list words' signatures, by word number. */
    private final WordSignatures wordSignatures;
    private final float maxIdf;
    /** Entities whose words were counted for rarity: the screened ones plus the background. */
    private final int corpusSize;
    private final String version;

    private Screener(List<Entity> entities, List<Entity> background) {
        this.entities = List.copyOf(entities);
        int n = this.entities.size();
        List<List<AnalyzedName>> analyzed = new ArrayList<>(n);
        List<List<NameKind>> kinds = new ArrayList<>(n);
        Map<String, Integer> df = new HashMap<>();
        for (Entity e : this.entities) {
            List<AnalyzedName> an = new ArrayList<>();
            List<NameKind> kk = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            Set<String> words = new HashSet<>();
            for (NameKind kind : NameKind.values()) {
                for (String value : namesWithParts(e.get(kind.property), organisation(e.schema()))) {
                    if (!seen.add(value)) {
                        continue;
                    }
                    AnalyzedName a = asListed(value, e.schema());
                    if (a.tokens().isEmpty()) {
                        continue;
                    }
                    an.add(a);
                    kk.add(kind);
                    addWords(a, words);
                }
            }
            for (String w : words) {
                df.merge(w, 1, Integer::sum);
            }
            analyzed.add(an);
            kinds.add(kk);
        }
        for (Entity e : background) {
            Set<String> seen = new HashSet<>();
            Set<String> words = new HashSet<>();
            for (NameKind kind : NameKind.values()) {
                for (String value : namesWithParts(e.get(kind.property), organisation(e.schema()))) {
                    if (seen.add(value)) {
                        addWords(asListed(value, e.schema()), words);
                    }
                }
            }
            for (String w : words) {
                df.merge(w, 1, Integer::sum);
            }
        }
        this.documentFrequency = df;
        this.corpusSize = n + background.size();
        this.maxIdf = (float) Math.log((corpusSize + 1) / 0.5);
        PreparedName.Weights weights = this::listWeight;
        this.names = new ArrayList<>();
        Map<Integer, PreparedName> weakWith = new HashMap<>();
        this.namesOfEntity = new int[n][];
        this.schemas = new Schema[n];
        this.dates = new PartialDate[n][];
        this.countries = new String[n][];
        Map<String, List<Integer>> ids = new HashMap<>();
        for (int i = 0; i < n; i++) {
            List<AnalyzedName> an = analyzed.get(i);
            int[] own = new int[an.size()];
            for (int k = 0; k < an.size(); k++) {
                own[k] = names.size();
                Schema sc = this.entities.get(i).schema();
                names.add(new PreparedName(i, kinds.get(i).get(k), sc == Schema.PERSON, !sc.isA(Schema.LEGAL_ENTITY) || sc == Schema.PERSON, an.get(k), weights));
            }
            namesOfEntity[i] = own;
            Entity e = this.entities.get(i);
            schemas[i] = e.schema();
            if (e.schema() == Schema.PERSON) {
                addWeakWithPrimary(i, own, weakWith, weights);
            }
            List<PartialDate> ds = new ArrayList<>();
            for (String prop : List.of(Prop.BIRTH_DATE, Prop.INCORPORATION_DATE)) {
                for (String v : e.get(prop)) {
                    PartialDate.parseIso(v).ifPresent(ds::add);
                }
            }
            dates[i] = ds.toArray(new PartialDate[0]);
            Set<String> cs = new LinkedHashSet<>();
            for (String prop : COUNTRY_PROPS) {
                cs.addAll(e.get(prop));
            }
            countries[i] = cs.toArray(new String[0]);
            for (String prop : Prop.STRONG_IDENTIFIERS) {
                for (String v : e.get(prop)) {
                    String norm = Identifiers.normalize(v);
                    if (norm.length() >= Identifiers.MIN_LENGTH) {
                        List<Integer> l = ids.computeIfAbsent(norm, x -> new ArrayList<>());
                        if (l.isEmpty() || l.get(l.size() - 1) != i) {
                            l.add(i);
                        }
                    }
                }
            }
        }
        this.byIdentifier = new HashMap<>();
        ids.forEach((k, v) -> byIdentifier.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        this.entityOfName = new int[names.size()];
        for (int id = 0; id < entityOfName.length; id++) {
            entityOfName[id] = names.get(id).entity;
        }
        this.weakWithPrimary = new PreparedName[names.size()];
        weakWith.forEach((id, pn) -> weakWithPrimary[id] = pn);
        // list words interned by what their similarity to a query word reads: key, kind and flags,
        // and the text, since a word a table rewrote is also compared as written ("Jama'at" and
        // "Group" are both keyed "group", but only the first is "Jam'at" misspelled)
        Map<String, Integer> interned = new HashMap<>();
        Map<String, Integer> keys = new HashMap<>();
        List<Integer> keyOf = new ArrayList<>();
        List<Token> firstOfWord = new ArrayList<>();
        List<PreparedName> scored = new ArrayList<>(names);
        scored.addAll(weakWith.values());
        for (PreparedName pn : scored) {
            pn.tokenIds = new int[pn.tokens.length];
            for (int k = 0; k < pn.tokens.length; k++) {
                Token t = pn.tokens[k];
                String key = t.key() + '|' + t.kind() + '|' + t.transliterated() + t.abjad() + t.known() + t.syllable();
                int before = interned.size();
                pn.tokenIds[k] = interned.computeIfAbsent(key + '|' + t.text(), x -> interned.size());
                if (interned.size() > before) {
                    keyOf.add(keys.computeIfAbsent(key, x -> keys.size()));
                    firstOfWord.add(t);
                }
            }
        }
        this.keyOfWord = keyOf.stream().mapToInt(Integer::intValue).toArray();
        this.distinctKeys = keys.size();
        this.wordSignatures = new WordSignatures(firstOfWord.size());
        for (int w = 0; w < firstOfWord.size(); w++) {
            wordSignatures.set(w, firstOfWord.get(w));
        }
        this.index = CandidateIndex.build(names);
        this.version = ALGORITHM + "+" + pipeline.version();
    }

    /**
     * A weak alias that explains the query less than this is not worth confirming: the query's
     * words are mostly elsewhere (saves scoring the joined form for most candidates).
     */
    static final float WEAK_CONFIRM_MIN = 0.6f;

    /** Separates the primary name from the weak alias in their joined form (read as a word break). */
    static final String WEAK_JOIN = " / ";

    /** Fills {@link #weakWithPrimary} for the weak aliases among a person's names {@code own}. */
    private void addWeakWithPrimary(int entity, int[] own, Map<Integer, PreparedName> out, PreparedName.Weights weights) {
        PreparedName primary = null;
        for (int id : own) {
            if (names.get(id).kind == NameKind.NAME) {
                primary = names.get(id);
                break;
            }
        }
        if (primary == null) {
            return;
        }
        for (int id : own) {
            PreparedName weak = names.get(id);
            if (weak.kind == NameKind.WEAK) {
                AnalyzedName joined = pipeline.analyzePerson(primary.analyzed.original() + WEAK_JOIN + weak.analyzed.original());
                PreparedName pn = new PreparedName(entity, NameKind.WEAK, true, true, joined, weights);
                pn.weakFrom = primary.analyzed.original().length() + WEAK_JOIN.length();
                out.put(id, pn);
            }
        }
    }

    /**
     * A listed name as it is counted and indexed, read once: an organisation's titles that are
     * business words are words of its name ({@link PreparedName#titlesAsWords}); a person's name
     * has no legal forms ({@link NamePipeline#analyzePerson}).
     */
    private AnalyzedName asListed(String name, Schema schema) {
        return organisation(schema) ? PreparedName.titlesAsWords(pipeline.analyze(name)) : pipeline.analyzePerson(name);
    }

    private static void addWords(AnalyzedName a, Set<String> words) {
        for (Token t : a.tokens()) {
            if (t.kind() == TokenKind.WORD) {
                words.add(t.key());
                words.add(SKELETON + t.skeleton());
            }
        }
    }

    /** Prefix of the skeleton entries in the rarity counts, see {@link #listWeight}. */
    private static final String SKELETON = "\u0000";

    /**
     * The weight of a list name's word: {@link #weight}, except that a word in an abjad weighs no
     * more than its skeleton's rarity over all scripts. Few entities carry Arabic-script names, so
     * "rhmn" (رحمن) counted alone looks as rare as a surname while "Rahman" is common; a listed
     * "عبد الرحمن" must not count as the distinctive name its rarity would make it. (Query words
     * keep their own rarity: lowering them would make an Arabic query's unmatched words cheap.)
     */
    private float listWeight(Token t, boolean specific) {
        float w = weight(t, specific);
        if (t.abjad() && t.kind() == TokenKind.WORD) {
            Integer fs = documentFrequency.get(SKELETON + t.skeleton());
            if (fs != null) {
                w = Math.min(w, Math.max(MIN_WORD_WEIGHT, (float) Math.log((corpusSize + 1) / (fs + 0.5))));
            }
        }
        return w;
    }

    /**
     * The names as listed, plus the parts a name carries as names of their own:
     * <ul>
     * <li>short text in parentheses at the end, or an acronym in parentheses anywhere:
     *     "RECONNAISSANCE GENERAL BUREAU (RGB)" is also findable as "RGB", while the pipeline
     *     ignores parenthesised words when comparing whole names;</li>
     * <li>two names joined by "and" that begin with the same word: "BANK SEPAH AND BANK SEPAH
     *     INTERNATIONAL" is also "BANK SEPAH" and "BANK SEPAH INTERNATIONAL" (one listing for a
     *     bank and its subsidiary). Other names with "and" are one name ("Ansar al-Islam and ...");</li>
     * <li>for an organisation, a name in quotes ({@link #quotedNames}): "State Unitary Enterprise
     *     of the City of Sevastopol 'Sevastopol Sea Port'" is also "Sevastopol Sea Port".</li>
     * </ul>
     */
    static List<String> namesWithParts(List<String> values, boolean organisation) {
        List<String> out = new ArrayList<>(values);
        for (String v : values) {
            if (organisation) {
                for (String q : quotedNames(v)) {
                    if (!out.contains(q)) {
                        out.add(q);
                    }
                }
            }
            int open = v.indexOf('(');
            while (open >= 0) {
                int close = v.indexOf(')', open + 1);
                if (close < 0) {
                    break;
                }
                String inner = v.substring(open + 1, close).strip();
                boolean last = v.substring(close + 1).isBlank();
                if (inner.length() >= 2 && inner.split("\\s+").length <= MAX_PARENTHESISED_WORDS
                        && (last || acronym(inner))) {
                    out.add(inner);
                }
                open = v.indexOf('(', close + 1);
            }
            String[] halves = AND.split(v, -1);
            if (halves.length == 2) {
                String[] a = halves[0].strip().split("\\s+");
                String[] b = halves[1].strip().split("\\s+");
                if (a.length >= 2 && b.length >= 2 && a[0].equalsIgnoreCase(b[0])) {
                    out.add(halves[0].strip());
                    out.add(halves[1].strip());
                }
            }
        }
        return out;
    }

    /** Whether names of this schema may be organisations' (not a person's; an unknown schema may be either). */
    private static boolean organisation(Schema schema) {
        return schema != Schema.PERSON;
    }

    /**
     * The names a name writes in quotes, as Russian and Ukrainian names do after the legal form and
     * owner ("OJSC 'Belaruskali'", "State Unitary Enterprise of the City of Sevastopol 'Sevastopol
     * Sea Port'"): each quoted run of words that leaves words outside the quotes and has a word
     * that is not a place or an everyday word ("Republic of Crimea" and "Ghost" are not names of
     * their own). A quote opens after a space or at the start and closes before a space,
     * punctuation or the end, so apostrophes ("Xi'an", "'Abd al-Rahman", "Martyrs' Brigade") open
     * nothing.
     */
    static List<String> quotedNames(String name) {
        if (!mayQuote(name)) {
            return List.of(); // nearly every name
        }
        List<String> out = new ArrayList<>(1);
        java.util.regex.Matcher m = QUOTED.matcher(name);
        while (m.find()) {
            String inner = m.group(1).strip();
            String outside = (name.substring(0, m.start()) + " " + name.substring(m.end())).strip();
            if (!inner.isEmpty() && words(outside) > 0 && nameOfItsOwn(inner)) {
                out.add(inner);
            }
        }
        return out;
    }

    /** Whether the name has a character that may open a quote. */
    private static boolean mayQuote(String name) {
        return name.indexOf('\'') >= 0 || name.indexOf('"') >= 0 || name.indexOf('\u2018') >= 0 || name.indexOf('\u201c') >= 0
                || name.indexOf('\u00ab') >= 0;
    }

    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile(
            "(?:^|(?<=\\s))['\"\u2018\u201c\u00ab](\\p{L}[^'\"\u2019\u201d\u00bb]*?)['\"\u2019\u201d\u00bb](?=$|[\\s,.;)])");

    /**
     * Quoted text that names something: a word that is neither a place nor an everyday word
     * ("Luhansk Guard"), or a place with an everyday word ("Sevastopol Sea Port"); not a place
     * alone ("Republic of Crimea"), nor everyday words alone ("Ghost", "Foreign Economic
     * Association").
     */
    private static boolean nameOfItsOwn(String text) {
        boolean place = false;
        boolean designator = false;
        boolean everyday = false;
        boolean distinctive = false;
        for (org.tradeguard.text.Token t : TokenSimilarity.PIPELINE.analyze(text).tokens()) {
            if (t.kind() != TokenKind.WORD) {
                continue;
            }
            if (TokenSimilarity.PIPELINE.isPlace(t.key())) {
                place = true;
            } else if (PLACE_DESIGNATORS.contains(t.key())) {
                designator = true;
            } else if (TokenSimilarity.PIPELINE.isGeneric(t.key())) {
                everyday = true;
            } else {
                distinctive = true;
            }
        }
        if (designator && !everyday) {
            return false; // "Republic of Crimea", "City of Sevastopol": a place
        }
        return distinctive || place && everyday;
    }

    /** Words that make a place name of a place ("Republic of Crimea", "City of Sevastopol"). */
    private static final Set<String> PLACE_DESIGNATORS = Set.of("republic", "respublika", "respubliki", "city", "region",
            "oblast", "oblasti", "krai", "kray", "district", "province", "federation", "territory", "autonomous", "state");

    /**
     * One word of at most {@link NameScorer#ACRONYM_MAX} upper-case letters and digits, not a place: an
     * acronym. Text in parentheses inside a name is another name only when it is one ("KOREA
     * KWANGSON (KKBC) BANKING"); otherwise it qualifies the name: "XAIC Tech (Xi'an) Industrial
     * Co., Ltd." is not named "Xi'an", nor "LEADER (HONG KONG) INTERNATIONAL" "HONG KONG". (The
     * length matters on lists written all in capitals: "(SHANGHAI)" is no acronym.)
     */
    private static boolean acronym(String s) {
        if (s.length() > NameScorer.ACRONYM_MAX) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && c != '-' && c != '.' && c != '&') {
                return false;
            }
        }
        return !TokenSimilarity.PIPELINE.isPlace(s.toLowerCase(java.util.Locale.ROOT));
    }

    /** The name's words, not counting legal forms, particles and words in parentheses. */
    private static int words(String name) {
        int words = 0;
        for (org.tradeguard.text.Token t : TokenSimilarity.PIPELINE.analyze(name).tokens()) {
            if (t.kind() == TokenKind.WORD) {
                words++;
            }
        }
        return words;
    }

    private static boolean containsAnd(String name) {
        for (int i = name.indexOf(' '); i >= 0 && i + 4 < name.length(); i = name.indexOf(' ', i + 1)) {
            if (name.regionMatches(true, i + 1, "and ", 0, 4)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern AND = java.util.regex.Pattern.compile("\\s+(?:and|&)\\s+",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The forms a query is screened in: as given, its parts as list names have them
     * ({@link #namesWithParts}), and, when one word stands outside the parentheses, with the
     * parentheses dropped: "AL-HARAMAIN (AFGHANISTAN BRANCH)" is the branch, not any "AL-HARAMAIN"
     * (a one-word name cannot confirm a longer listed one). With more words outside, the
     * parenthesised words already explain list words (see {@code NameScorer}).
     */
    List<String> queryForms(String name, boolean organisation) {
        if (name.indexOf('(') < 0 && name.indexOf('&') < 0 && !containsAnd(name) && (!organisation || !mayQuote(name))) {
            return List.of(name); // the common case, without the regular expressions
        }
        List<String> out = namesWithParts(List.of(name), organisation);
        if (name.indexOf('(') >= 0 && words(name) <= 1) {
            String flat = name.replace('(', ' ').replace(')', ' ').replaceAll("\\s+", " ").strip();
            if (!out.contains(flat)) {
                out.add(flat);
            }
        }
        return out;
    }

    /** Longer parenthesised text is a remark ("BRANCH LOCATED IN ..."), not another name. */
    static final int MAX_PARENTHESISED_WORDS = 3;

    /** Indexes the screenable entities (parties and assets; links, sanctions and addresses are skipped). */
    public static Screener build(Collection<Entity> entities) {
        return build(entities, List.of());
    }

    /**
     * Indexes the screenable {@code entities}; the words of {@code background} count towards word
     * rarity but are not screened against. Pass the lists not selected (the rest of the bundled
     * data), so a word weighs the same whichever lists are screened: rarity measured on one small
     * list overrates every word ("Institute" on 1,000 UN entries looks as rare as a surname).
     */
    public static Screener build(Collection<Entity> entities, Collection<Entity> background) {
        return new Screener(matchable(entities), matchable(background));
    }

    private static List<Entity> matchable(Collection<Entity> entities) {
        List<Entity> matchable = new ArrayList<>();
        for (Entity e : entities) {
            // an entity known only by aliases (an FtM delta may carry no `name`) is still screened
            if (e.schema().matchable() && (!e.get(Prop.NAME).isEmpty() || !e.get(Prop.ALIAS).isEmpty()
                    || !e.get(Prop.PREVIOUS_NAME).isEmpty())) {
                matchable.add(e);
            }
        }
        return matchable;
    }

    public int entityCount() {
        return entities.size();
    }

    public int nameCount() {
        return names.size();
    }

    /** Algorithm name plus the text pipeline and table versions. */
    public String version() {
        return version;
    }

    private float weight(Token t, boolean specific) {
        if (t.kind() == TokenKind.LEGAL_FORM) {
            return LEGAL_FORM_WEIGHT;
        }
        Integer f = documentFrequency.get(t.key());
        float idf = f == null ? maxIdf : Math.max(MIN_WORD_WEIGHT, (float) Math.log((corpusSize + 1) / (f + 0.5)));
        if (pipeline.isPlace(t.key())) {
            return Math.min(idf, PLACE_WEIGHT);
        }
        return !specific && pipeline.isGeneric(t.key()) ? Math.min(idf, GENERIC_WEIGHT) : idf;
    }

    /**
     * Screens one party. Hits at or above the cutoff, best first, at most {@code limit}. The name is
     * screened in each of its {@link #queryForms} ("FOREIGN TRADE BANK (FTB)" also as "FTB" and as
     * "FOREIGN TRADE BANK FTB"); each entity keeps its best hit.
     */
    public List<Hit> screen(ScreeningQuery query, ScreenOptions options) {
        List<String> names = queryForms(query.name(), organisation(query.schema()));
        if (names.size() <= 1) {
            return screenName(query, options);
        }
        Map<String, Hit> best = new HashMap<>();
        for (String name : names) {
            ScreeningQuery alternative = new ScreeningQuery(name, query.schema(), query.country(), query.birthDate(),
                    query.identifiers(), query.reference());
            for (Hit h : screenName(alternative, options)) {
                best.merge(h.entity().id(), h, (a, b) -> b.score() > a.score() ? b : a);
            }
        }
        return bestFirst(best, options.limit());
    }

    /** Each entity's best hit, best first, at most {@code limit}. */
    private static List<Hit> bestFirst(Map<String, Hit> best, int limit) {
        List<Hit> hits = new ArrayList<>(best.values());
        hits.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparing(h -> h.entity().id()));
        return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
    }

    private List<Hit> screenName(ScreeningQuery query, ScreenOptions options) {
        Schema schema = query.schema();
        if (schema == Schema.PERSON) {
            return screenName(query, options, pipeline.analyzePerson(query.name()), false, Among.ALL);
        }
        AnalyzedName analyzed = pipeline.analyze(query.name());
        boolean titles = schema == null && PreparedName.titlesAsWords(analyzed) != analyzed;
        boolean person = (schema == null || schema.compatibleWith(Schema.PERSON)) && hasLegalForm(analyzed);
        if (!titles && !person) {
            return screenName(query, options, analyzed, schema != null && organisation(schema), Among.ALL);
        }
        // a query that may name a person or an organisation, read each way, each entity keeping
        // the better reading: "General" is a rank in "General Qassem Soleimani" and a word of the
        // name in "General Technology Ltd"; "S A" is a legal form of an organisation only ("S A
        // Khan" is a person's initials)
        Map<String, Hit> best = new HashMap<>();
        List<List<Hit>> readings = new ArrayList<>();
        Among organisations = person ? Among.NOT_PERSONS : Among.ALL;
        readings.add(screenName(query, options, analyzed, schema != null && organisation(schema), organisations));
        if (titles) {
            readings.add(screenName(query, options, analyzed, true, organisations));
        }
        if (person) {
            readings.add(screenName(query, options, pipeline.analyzePerson(query.name()), false, Among.PERSONS));
        }
        for (List<Hit> hits : readings) {
            for (Hit h : hits) {
                best.merge(h.entity().id(), h, (a, b) -> b.score() > a.score() ? b : a);
            }
        }
        return bestFirst(best, options.limit());
    }

    private static boolean hasLegalForm(AnalyzedName analyzed) {
        for (Token t : analyzed.tokens()) {
            if (t.kind() == TokenKind.LEGAL_FORM) {
                return true;
            }
        }
        return false;
    }

    /** The entities a reading of a query is screened against. */
    enum Among { ALL, PERSONS, NOT_PERSONS }

    private List<Hit> screenName(ScreeningQuery query, ScreenOptions options, AnalyzedName analyzed, boolean titlesAsWords,
                                 Among among) {
        boolean personQuery = query.schema() == Schema.PERSON;
        boolean specific = personQuery || (query.schema() != null && !query.schema().isA(Schema.LEGAL_ENTITY));
        PreparedName q = new PreparedName(-1, NameKind.NAME, personQuery, specific, analyzed, this::weight, titlesAsWords);
        List<String> queryIds = new ArrayList<>();
        for (String raw : query.identifiers()) {
            String norm = Identifiers.normalize(raw);
            if (norm.length() >= Identifiers.MIN_LENGTH) {
                queryIds.add(norm);
            }
        }
        // candidates: entities found by identifier first, then by name; incompatible schemas never
        // take a place (a Person query gets the best persons, not the best organisations)
        int[] candidates = new int[CANDIDATE_ENTITIES + queryIds.size() * 8];
        int count = 0;
        Seen seen = this.seen.get();
        int stamp = seen.next();
        seen.placeCodes = placeCodes(q);
        seen.among = among;
        for (String id : queryIds) {
            int[] found = byIdentifier.get(id);
            if (found != null) {
                for (int e : found) {
                    if (count < candidates.length && compatible(query, e, seen) && seen.mark[e] != stamp) {
                        seen.mark[e] = stamp;
                        candidates[count++] = e;
                    }
                }
            }
        }
        int limit = Math.min(candidates.length, count + CANDIDATE_ENTITIES);
        count = addCandidates(q, query, CANDIDATE_NAMES, candidates, count, limit, seen, stamp, false);
        SimilarityMemo memo = SimilarityMemo.forQuery(q, keyOfWord, distinctKeys, wordSignatures);
        List<Scored> scored = new ArrayList<>();
        boolean alerted = scoreCandidates(q, query, queryIds, candidates, 0, count, false, options, memo, scored);
        if (!alerted && q.abjad) {
            // An abjad name's words, read as consonants, meet many listed names alike: among common
            // ones ("يحيى حقانی", Yahya Haqqani) the listed party may rank past the first
            // candidates. Nothing alerting among them, a wider pool is scored (clean names pay).
            int[] wider = java.util.Arrays.copyOf(candidates, candidates.length + WIDER_ENTITIES);
            int more = addCandidates(q, query, CANDIDATE_NAMES * WIDER_FACTOR, wider, count, wider.length, seen, stamp, true);
            scoreCandidates(q, query, queryIds, wider, count, more, true, options, memo, scored);
        }
        scored.sort((a, b) -> {
            int c = Float.compare(b.score, a.score);
            return c != 0 ? c : entities.get(a.entity).id().compareTo(entities.get(b.entity).id());
        });
        List<Hit> hits = new ArrayList<>(Math.min(scored.size(), options.limit()));
        for (int i = 0; i < scored.size() && i < options.limit(); i++) {
            Scored s = scored.get(i);
            if (options.explain()) {
                s = score(q, query, queryIds, s.entity, s.names, options.threshold(), true, memo);
            }
            double score = Math.round(s.score * 10000) / 10000.0;
            hits.add(new Hit(entities.get(s.entity), score, score >= options.threshold(), ALGORITHM,
                    s.name.analyzed.original(), s.explanation));
        }
        return hits;
    }

    /** Abjad queries with no alert: the names ranked ... */
    static final int WIDER_FACTOR = 3;
    /** ... and the further entities scored (see {@link #screenName}). */
    static final int WIDER_ENTITIES = 2 * CANDIDATE_ENTITIES;

    /**
     * Adds to {@code candidates[count, limit)} the entities of the {@code names} best-ranked names
     * not yet marked with {@code stamp}, and marks the names read until the candidates are found
     * as ranked: with {@code stamp}, or in the wider pool with {@code -stamp} (where not ranked
     * before), so that the candidates of the first pass are scored, and explained, on the same
     * names either way. Returns the new count.
     */
    private int addCandidates(PreparedName q, ScreeningQuery query, int names, int[] candidates, int count, int limit,
                              Seen seen, int stamp, boolean wider) {
        for (int nameId : index.rank(q, names)) {
            if (seen.rankedName[nameId] != stamp) {
                seen.rankedName[nameId] = wider ? -stamp : stamp;
            }
            if (count >= limit) {
                break;
            }
            int e = entityOfName[nameId];
            if (seen.mark[e] != stamp && compatible(query, e, seen)) {
                seen.mark[e] = stamp;
                candidates[count++] = e;
            }
        }
        return count;
    }

    /** Scores {@code candidates[from, to)} into {@code scored} (at the cutoff or above); whether one alerts. */
    private boolean scoreCandidates(PreparedName q, ScreeningQuery query, List<String> queryIds, int[] candidates, int from,
                                    int to, boolean wider, ScreenOptions options, SimilarityMemo memo, List<Scored> scored) {
        boolean alerted = false;
        Seen seen = this.seen.get();
        int ranked = wider ? WIDER_RANKED_NAMES : RANKED_NAMES;
        fetchNames(candidates, from, to, ranked, seen);
        for (int k = from; k < to; k++) {
            int e = candidates[k];
            int names = k < ALL_NAMES_ENTITIES || !anyRanked(e, seen, ranked) ? ALL_NAMES : ranked;
            Scored s = score(q, query, queryIds, e, names, options.threshold(), false, memo);
            if (s.score >= options.cutoff()) {
                scored.add(s);
                alerted |= s.score >= options.threshold();
            }
        }
        return alerted;
    }

    /**
     * Reads the names about to be scored, all of them before any is scored: they lie scattered over
     * the heap, and the scorer's first reads of one name wait on each other, while these, of many
     * names at once, do not and overlap. Scoring then finds them in the cache (1.05-1.07 in one JVM).
     * The sum is kept so that the reads are not compiled away.
     */
    private void fetchNames(int[] candidates, int from, int to, int ranked, Seen seen) {
        int sum = 0;
        for (int k = from; k < to; k++) {
            for (int nameId : namesOfEntity[candidates[k]]) {
                if (k < ALL_NAMES_ENTITIES || scores(ranked, nameId, seen)) {
                    PreparedName n = this.names.get(nameId);
                    sum += n.words;
                    if (n.tokens.length > 0 && n.tokenIds != null) {
                        sum += n.tokenIds[0] + (int) n.weights[0];
                    }
                }
            }
        }
        seen.fetched = sum;
    }

    /**
     * The query's words that name entity {@code e}'s own country (its country, nationality,
     * jurisdiction or flag), one bit per token index: a listed name leaves its country out when the
     * entry gives it ("MINISTRY OF PETROLEUM", Iran), so the query naming it adds nothing
     * ("Islamic Republic of Iran Ministry of Petroleum"); another country's name still costs.
     */
    private long ownCountry(String[] placeCodes, int e) {
        if (placeCodes == null || countries[e].length == 0) {
            return 0L;
        }
        long bits = 0L;
        for (int i = 0; i < placeCodes.length; i++) {
            for (String c : placeCodes[i] == null ? NO_COUNTRIES : countries[e]) {
                if (c.equalsIgnoreCase(placeCodes[i])) {
                    bits |= 1L << i;
                }
            }
        }
        return bits;
    }

    private static final String[] NO_COUNTRIES = {};

    /** The country code of each query word that names a country, by token index; null when none does. */
    private static String[] placeCodes(PreparedName q) {
        String[] codes = null;
        for (int i = 0; i < q.tokens.length && i < 64; i++) {
            if (PreparedName.has(q.places, i)) {
                String code = org.tradeguard.model.Countries.toCode(q.tokens[i].key()).orElse(null);
                if (code != null) {
                    codes = codes != null ? codes : new String[Math.min(q.tokens.length, 64)];
                    codes[i] = code;
                }
            }
        }
        return codes;
    }

    /** The entry's strong identifiers equal to query identifier {@code qid}, as supporting facts. */
    private static void addIdentifierFacts(Entity entity, String qid, List<FactCheck> facts) {
        for (String prop : Prop.STRONG_IDENTIFIERS) {
            for (String v : entity.get(prop)) {
                if (Identifiers.normalize(v).equals(qid)) {
                    // effect filled in by the caller, once the lift to IDENTIFIER_SCORE is known
                    facts.add(new FactCheck(prop, qid, v, FactCheck.Outcome.SUPPORTS, 0));
                }
            }
        }
    }

    /** Whether entity {@code e} has a strong identifier that normalises to {@code id} ({@link #byIdentifier}). */
    private boolean hasIdentifier(int e, String id) {
        int[] found = byIdentifier.get(id);
        if (found != null) {
            for (int x : found) {
                if (x == e) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Which names of a candidate are scored: all, or those ranked in the first pass, or in either pass. */
    static final int ALL_NAMES = 0;
    static final int RANKED_NAMES = 1;
    static final int WIDER_RANKED_NAMES = 2;

    /** Whether name {@code nameId} is scored, for {@code names} of {@link #ALL_NAMES} and the like. */
    private static boolean scores(int names, int nameId, Seen seen) {
        int r = seen.rankedName[nameId];
        return names == ALL_NAMES || r == seen.stamp || names == WIDER_RANKED_NAMES && r == -seen.stamp;
    }

    /** Whether the index ranked a name of entity {@code e} for the current query, as {@code names} reads the marks. */
    private boolean anyRanked(int e, Seen seen, int names) {
        for (int nameId : namesOfEntity[e]) {
            if (scores(names, nameId, seen)) {
                return true;
            }
        }
        return false;
    }

    private boolean compatible(ScreeningQuery query, int e, Seen seen) {
        if (seen.among != Among.ALL && (schemas[e] == Schema.PERSON) != (seen.among == Among.PERSONS)) {
            return false;
        }
        return query.schema() == null || query.schema().compatibleWith(schemas[e]);
    }

    /**
     * Per-thread state of the current query: marks, stamped instead of cleared between queries,
     * of the entities already taken as candidates and of the names the index ranked; and the
     * countries the query's words name ({@link #placeCodes(PreparedName)}).
     */
    private static final class Seen {
        final int[] mark;
        final int[] rankedName;
        int stamp;
        String[] placeCodes;
        /** The entities the current reading of the query may take as candidates. */
        Among among = Among.ALL;
        /** What {@link #fetchNames} read. */
        int fetched;

        Seen(int entities, int names) {
            mark = new int[entities];
            rankedName = new int[names];
        }

        /** A new stamp, always positive: a name ranked in the wider pool is marked with its negative. */
        int next() {
            if (stamp == Integer.MAX_VALUE) {
                java.util.Arrays.fill(mark, 0);
                java.util.Arrays.fill(rankedName, 0);
                stamp = 0;
            }
            return ++stamp;
        }
    }

    private final ThreadLocal<Seen> seen = ThreadLocal.withInitial(() -> new Seen(entityCount(), nameCount()));

    private static final class Scored {
        int entity;
        /** Which of the entity's names were scored: {@link #ALL_NAMES} and the like. */
        int names;
        float score;
        PreparedName name;
        MatchExplanation explanation;
    }

    private Scored score(PreparedName q, ScreeningQuery query, List<String> queryIds, int e, int names,
                         double threshold, boolean explain, SimilarityMemo memo) {
        PreparedName best = null;
        int bestId = -1;
        float bestScore = -1f;
        PreparedName bestStrong = null;
        float bestStrongScore = -1f;
        Seen seen = this.seen.get();
        long ownCountry = ownCountry(seen.placeCodes, e);
        for (int nameId : namesOfEntity[e]) {
            if (!scores(names, nameId, seen)) {
                continue; // not among the names the index ranked (see ALL_NAMES_ENTITIES)
            }
            PreparedName n = this.names.get(nameId);
            float s = NameScorer.score(q, n, memo, ownCountry);
            if (s > bestScore) {
                bestScore = s;
                best = n;
                bestId = nameId;
            }
            if (n.kind != NameKind.WEAK && s > bestStrongScore) {
                bestStrongScore = s;
                bestStrong = n;
            }
        }
        List<FactCheck> facts = explain ? new ArrayList<>() : null;
        boolean weakOnly = best != null && best.kind == NameKind.WEAK && bestStrongScore < threshold;
        if (weakOnly && bestScore >= WEAK_CONFIRM_MIN && weakWithPrimary[bestId] != null) {
            PreparedName joined = weakWithPrimary[bestId];
            float s = NameScorer.score(q, joined, memo, ownCountry);
            if (s >= threshold) {
                // the words the weak alias leaves over are the primary name's: confirmed
                if (facts != null) {
                    facts.add(new FactCheck(Prop.WEAK_ALIAS, query.name(), best.analyzed.original(), FactCheck.Outcome.SUPPORTS,
                            s - Math.min(bestScore, threshold - 0.01)));
                }
                weakOnly = false;
                best = joined;
                bestScore = s;
            }
        }
        double score = bestScore;
        score += dateEffect(query.birthDate(), dates[e], facts);
        score += countryEffect(query.country(), countries[e], facts);
        boolean idMatch = false;
        Entity entity = entities.get(e);
        for (String qid : queryIds) {
            // (the index of identifiers answers; the entry's values are read for an explanation only)
            if (hasIdentifier(e, qid)) {
                idMatch = true;
                if (facts != null) {
                    addIdentifierFacts(entity, qid, facts);
                }
            }
            if (!idMatch && Identifiers.looksLikeImo(qid) && !entity.get(Prop.IMO_NUMBER).isEmpty()) {
                score += IMO_CONFLICT;
                if (facts != null) {
                    facts.add(new FactCheck(Prop.IMO_NUMBER, qid, entity.first(Prop.IMO_NUMBER), FactCheck.Outcome.CONFLICTS, IMO_CONFLICT));
                }
            }
        }
        if (idMatch) {
            double lifted = Math.max(score, IDENTIFIER_SCORE);
            if (facts != null) {
                double effect = lifted - score;
                facts.replaceAll(f -> f.outcome() == FactCheck.Outcome.SUPPORTS && f.effect() == 0
                        ? new FactCheck(f.property(), f.queryValue(), f.listValue(), f.outcome(), effect) : f);
            }
            score = lifted;
        } else if (weakOnly) {
            double capped = Math.min(score, threshold - 0.01);
            if (facts != null && capped < score) {
                facts.add(new FactCheck(Prop.WEAK_ALIAS, query.name(), best.analyzed.original(), FactCheck.Outcome.NEUTRAL, capped - score));
            }
            score = capped;
        }
        Scored s = new Scored();
        s.entity = e;
        s.names = names;
        s.score = (float) Math.max(0, Math.min(1, score));
        s.name = best;
        if (explain && best != null) {
            NameScorer.Result r = NameScorer.explain(q, best, ownCountry);
            // the explanation is worked out afresh, without the query's memo: the two must agree
            assert r.score == bestScore : "memo score " + bestScore + " but explained " + r.score + ": " + query.name() + " / " + best.analyzed.original();
            s.explanation = new MatchExplanation(query.name(), best.analyzed.original(), best.kind.property,
                    Math.round(bestScore * 10000) / 10000.0, r.tokens, r.unmatchedQuery, r.unmatchedList, r.repeatedQuery, r.repeatedList, facts);
        }
        return s;
    }

    private static double dateEffect(PartialDate q, PartialDate[] listed, List<FactCheck> facts) {
        if (q == null || listed.length == 0) {
            return 0;
        }
        PartialDate near = null;
        for (PartialDate d : listed) {
            if (q.agreesWith(d)) {
                if (facts != null) {
                    facts.add(new FactCheck(Prop.BIRTH_DATE, q.toString(), d.toString(), FactCheck.Outcome.SUPPORTS, DOB_SUPPORT));
                }
                return DOB_SUPPORT;
            }
            if (Math.abs(q.year() - d.year()) <= 1) {
                near = d;
            }
        }
        double effect = near != null ? DOB_NEAR : DOB_CONFLICT;
        if (facts != null) {
            facts.add(new FactCheck(Prop.BIRTH_DATE, q.toString(), (near != null ? near : listed[0]).toString(),
                    FactCheck.Outcome.CONFLICTS, effect));
        }
        return effect;
    }

    private static double countryEffect(String q, String[] listed, List<FactCheck> facts) {
        if (q == null || listed.length == 0) {
            return 0;
        }
        for (String c : listed) {
            if (c.equalsIgnoreCase(q)) {
                if (facts != null) {
                    facts.add(new FactCheck(Prop.COUNTRY, q, c, FactCheck.Outcome.SUPPORTS, COUNTRY_SUPPORT));
                }
                return COUNTRY_SUPPORT;
            }
        }
        if (facts != null) {
            facts.add(new FactCheck(Prop.COUNTRY, q, String.join(",", listed), FactCheck.Outcome.CONFLICTS, COUNTRY_CONFLICT));
        }
        return COUNTRY_CONFLICT;
    }
}
