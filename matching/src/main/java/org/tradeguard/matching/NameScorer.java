package org.tradeguard.matching;

import org.tradeguard.text.EditDistance;
import org.tradeguard.text.NamePipeline;

import java.util.ArrayList;
import java.util.List;
import org.tradeguard.model.TokenMatch;
import org.tradeguard.text.Token;
import org.tradeguard.text.TokenKind;

/**
 * The name half of {@code tg-name-v1}: aligns query tokens with list tokens one-to-one (greedy, by
 * similarity), allowing two adjacent tokens on one side to meet one token on the other
 * ("Xi An" / "Xian", "Al Qaeda" / "Alqaeda"), then scores the alignment:
 *
 * <pre>
 *   queryCoverage = matched weight / (matched weight + weight of unmatched query tokens)
 *   listCoverage  = matched weight / total weight of the list name
 *   score         = queryCoverage * (0.6 + 0.4 * listCoverage)   for persons
 *   score         = queryCoverage * (0.4 + 0.6 * listCoverage)   for everything else
 * </pre>
 *
 * For persons, list-name parts the query left out count half (queries drop middle names and
 * patronymics); for organisations, a left-out word counts by its weight relative to the best
 * matched word, cubed (a missing generic word costs little, a missing distinctive one a lot).
 *
 * Weights are word rarity across the lists (IDF), so a missing middle name costs little and an
 * unexplained distinctive query word costs a lot; legal forms weigh little. Two gates keep
 * generic queries quiet: matched evidence below {@link #MIN_EVIDENCE} scales the score down
 * ("International Trade", "Ali"), and a one-word query cannot alert on a multi-word list name.
 * A comparison of the concatenated names catches names split differently by transliteration.
 */
final class NameScorer {
    private NameScorer() {}

    /**
     * Matched word weight (sum of IDF) needed for a full score. IDF is ln(N/df) over ~27k entities:
     * a word on one entity weighs ~10, "ali" ~4, "international" ~3. 6.5 lets one rare word
     * ("Granpect") or two ordinary ones through and holds back one common word.
     */
    static final float MIN_EVIDENCE = 6.5f;
    /**
     * A one-word query whose word met nothing at least this alike cannot alert (a phonetic match,
     * 0.88, is not enough on its own: "Campbell" sounds like "Kompel") ...
     */
    static final float ONE_WORD_FUZZY_MIN = 0.9f;
    /** ... it stays at most here. */
    static final float ONE_WORD_FUZZY_CAP = 0.75f;

    /**
     * Every word of the list name met at least {@code min} alike (legal forms aside): with 1, the
     * whole listed name was given; with {@link #FOUND}, it was found in the query.
     */
    private static boolean everyListWord(PreparedName n, int nn, boolean[] nUsed, float[] nSim, float min) {
        for (int j = 0; j < nn; j++) {
            if (PreparedName.has(n.wordTokens, j) && (!nUsed[j] || nSim[j] < min)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether, with no pair of words alike, only the names joined ({@link #joinedSimilarity}) can
     * still give a score: no query word in parentheses can explain a list word, and no two words
     * can share a stem ({@link #pairStems}: organisations, {@link PreparedName#stemmable} words).
     */
    private static boolean mayOnlyMeetJoined(PreparedName q, PreparedName n) {
        return q.qualifiers.length == 0 && (q.person || n.person || q.stemmable == 0L || n.stemmable == 0L);
    }

    /** A primary name joined with a weak alias: the query found a word of each part. */
    private static boolean meetsBothParts(PreparedName n, int nn, boolean[] nUsed, float[] nSim) {
        boolean primary = false;
        boolean weak = false;
        for (int j = 0; j < nn; j++) {
            if (nUsed[j] && nSim[j] >= FOUND && PreparedName.has(n.wordTokens, j)) {
                if (n.tokens[j].start() < n.weakFrom) {
                    primary = true;
                } else {
                    weak = true;
                }
            }
        }
        return primary && weak;
    }

    private static int shortestWord(PreparedName q, int qn) {
        int min = Integer.MAX_VALUE;
        for (int i = 0; i < qn; i++) {
            if (q.tokens[i].kind() == TokenKind.WORD) {
                min = Math.min(min, q.tokens[i].key().length());
            }
        }
        return min;
    }

    private static float bestWordSim(PreparedName q, int qn, boolean[] qUsed, float[] qSim) {
        float best = 0f;
        for (int i = 0; i < qn; i++) {
            if (qUsed[i] && PreparedName.has(q.wordTokens, i)) {
                best = Math.max(best, qSim[i]);
            }
        }
        return best;
    }

    /** Score ceiling for a one-word query against a longer organisation name: shown, never alerting. */
    static final float ONE_WORD_ORG_CAP = 0.79f;

    /** What an initial proves: "A. B." must not match every "Ali Baba". */
    static final float INITIAL_EVIDENCE = 1.0f;
    /** Score ceiling for a one-word query against a longer person's name ("Linda", "Ali", "Kim"). */
    static final float ONE_WORD_CAP = 0.70f;
    /** Concatenated-name similarity below this is ignored. */
    static final float MIN_JOINED = 0.88f;

    /**
     * Weight of a person's name parts that one side leaves out, relative to matched parts. Chosen
     * on the project's sets (eval/README.md): 0.5 / 0.42 / 0.4 / 0.35 gave cross-list recall
     * (uk->ofac) 0.868 / 0.874 / 0.890 / 0.901 and person false alerts 0.70% / 0.65% / 0.70% / 0.89%;
     * 0.4 keeps a margin under the 1% target.
     */
    static final float PERSON_MISSING_PART = 0.4f;
    /**
     * Weight of the query's extra name parts when every part of the listed person's name is met:
     * one authority adds the father's or the tribe's name ("REZAYI REZA, Ghasem" for "Qasem
     * Rezaei"). When each side has a part the other lacks, they name two people (brothers:
     * "ROTENBERG, Boris Romanovich" is not "ROTENBERG, Arkadiy Romanovich") and
     * {@link #PERSON_MISSING_PART} holds. Measured on 11-24 (twelfth session) against 0.4: both
     * sides at 0.35 raised five cross-list sets by 0.2-0.4 points but person false alerts from
     * 0.60% to 0.80% and US legislators' from 0.62% to 0.94%.
     */
    static final float PERSON_EXTRA_PART = 0.35f;

    /**
     * Weight of the query's extra words when the whole listed name was found in the query, every
     * word well matched, and the listed name is distinctive ({@link #WHOLE_NAME_EVIDENCE}): a
     * person's "KHAIRULLAH BARAKZAI KHUDAI NAZAR" for "BARAKZAI, Haji Khairullah" (one authority
     * adds the father's name); an organisation's "KHATAM OL ANBIA GHARARGAH SAZANDEGI NOOH" for
     * "Khatam al-Anbiya Construction Headquarters" (a project added), "سلسلة الذهب للصرافة" for
     * "Al Silsilah al Dhahaba" ("exchange" added). "Ali Hassan Yilmaz" does not contain "HASSAN,
     * Ali": two common words are not distinctive. For organisations the extra words' cost is
     * also relative to the best matched word (see {@code relativeCost}).
     */
    static final float EXTRA_PART = 0.2f;
    /**
     * Matched evidence (IDF sum) that makes a listed name distinctive enough for
     * {@link #EXTRA_PART} and for leftover pairing: two rare words, or three ordinary ones.
     */
    static final float WHOLE_NAME_EVIDENCE = 13f;
    /** A word must be at least this alike to count as found for {@link #EXTRA_PART}. */
    static final float FOUND = 0.88f;
    /**
     * Leftover pairing: when a person's name is otherwise well matched and one word on each side
     * is left over, the two are taken as the same name part romanised apart if their skeletons
     * agree ("Sayyid"/"Sayed", "Maoeldi"/"Mouldi") at this similarity ...
     */
    static final float LEFTOVER_SKELETON = 0.75f;
    /** ... or their spelling is at least this alike ("Zubaisi"/"Kubaysi" 0.71, "Ayed"/"Ayid" 0.75), at that similarity. */
    static final float LEFTOVER_EDIT = 0.7f;

    /**
     * Two organisation words of one stem ("Metallurgical"/"Metallurgy", "Combat"/"Combatant"):
     * a common beginning of at least {@link #STEM_MIN} letters covering {@link #STEM_SHARE} of the
     * shorter word, scored this.
     */
    static final float STEM = 0.85f;
    /** Similarity of a place and its Russian adjective ({@link PlaceAdjectives}): above a sound-alike. */
    static final float PLACE_ADJECTIVE = 0.89f;
    static final int STEM_MIN = 6;
    static final float STEM_SHARE = 0.8f;

    /** Two words joined against one ("Xi An" / "Xian") must be at least this alike, by spelling. */
    static final float COMPOUND_MIN = 0.88f;


    /** Result of one comparison; {@link #tokens} filled only when explaining. */
    static final class Result {
        float score;
        List<TokenMatch> tokens;
        List<String> unmatchedQuery;
        List<String> unmatchedList;
        /** Unmatched query words that cost nothing: they repeat the name ({@link PreparedName#redundant}). */
        List<String> repeatedQuery;
        /** Unmatched words of an organisation's list name that cost nothing, as above. */
        List<String> repeatedList;
    }

    static final int MAX_TOKENS = 24;

    /** Per-thread arrays for one comparison: scoring allocates nothing per candidate. */
    static final class Scratch {
        float[] sims = new float[0];
        int[] qi = new int[0];
        int[] ql = new int[0];
        int[] ni = new int[0];
        int[] nl = new int[0];
        boolean[] taken = new boolean[0];
        boolean[] qUsed = new boolean[MAX_TOKENS];
        boolean[] nUsed = new boolean[MAX_TOKENS];
        float[] qSim = new float[MAX_TOKENS];
        float[] nSim = new float[MAX_TOKENS];

        Scratch ensure(int cap, int tokens) {
            if (sims.length < cap) {
                sims = new float[cap];
                qi = new int[cap];
                ql = new int[cap];
                ni = new int[cap];
                nl = new int[cap];
                taken = new boolean[cap];
            }
            return this;
        }
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    static float score(PreparedName q, PreparedName n) {
        return compare(q, n, null, null, 0L);
    }

    /**
     * As {@link #score(PreparedName, PreparedName)}, looking word similarities up in the query's memo.
     *
     * @param ownCountry the query's words naming the listed party's own country, one bit per
     *                   token index ({@code Screener}): a name left out of the listed name that the
     *                   entry gives as its country ("Islamic Republic of Iran Ministry of
     *                   Petroleum" for Iran's MINISTRY OF PETROLEUM) costs nothing
     */
    static float score(PreparedName q, PreparedName n, SimilarityMemo memo, long ownCountry) {
        return compare(q, n, null, memo, ownCountry);
    }

    static Result explain(PreparedName q, PreparedName n, long ownCountry) {
        Result r = new Result();
        r.tokens = new ArrayList<>();
        r.unmatchedQuery = new ArrayList<>();
        r.repeatedQuery = new ArrayList<>();
        r.repeatedList = new ArrayList<>();
        r.unmatchedList = new ArrayList<>();
        r.score = compare(q, n, r, null, ownCountry);
        return r;
    }

    private static float compare(PreparedName q, PreparedName n, Result explain, SimilarityMemo memo, long ownCountry) {
        int qn = Math.min(q.tokens.length, MAX_TOKENS);
        int nn = Math.min(n.tokens.length, MAX_TOKENS);
        if (qn == 0 || nn == 0) {
            return 0f;
        }
        // candidate pairs: single-single, pair(q)-single(n), single(q)-pair(n), article-joined
        int cap = 6 * qn * nn + 2 * (qn + nn) * 2 + 8;
        Scratch sc = (memo != null ? memo.scratch : SCRATCH.get()).ensure(cap, Math.max(qn, nn));
        float[] sims = sc.sims;
        int[] qi = sc.qi;
        int[] ql = sc.ql;
        int[] ni = sc.ni;
        int[] nl = sc.nl;
        int c = 0;
        for (int i = 0; i < qn; i++) {
            for (int j = 0; j < nn; j++) {
                float s = memo != null && n.tokenIds != null ? memo.similarity(i, n, j)
                        : TokenSimilarity.similarity(q.tokens[i], n.tokens[j]);
                if (s < PLACE_ADJECTIVE
                        && (PreparedName.has(q.placeAdjectives, i) && PlaceAdjectives.baseOf(q.adjectiveBases[i], n.tokens[j].key())
                        || PreparedName.has(n.placeAdjectives, j) && PlaceAdjectives.baseOf(n.adjectiveBases[j], q.tokens[i].key()))) {
                    // a place and its adjective: one word, more than a spelling ("Volgograd"/"VOLGOGRADSKI")
                    // or a sound-alike ("Kazan" is KAZANSKI, not KAZENNY)
                    s = PLACE_ADJECTIVE;
                }
                if (s < TokenSimilarity.DOUBLED && q.singular != null && n.singular != null && q.singular[i] != 0
                        && q.singular[i] == n.singular[j] && TokenSimilarity.singularAndPlural(q.tokens[i].key(), n.tokens[j].key())) {
                    s = TokenSimilarity.DOUBLED; // one English word, singular and plural: "GUARDS"/"GUARD"
                }
                if (s > 0f && !((s == TokenSimilarity.INITIAL || s == TokenSimilarity.LIST_INITIAL)
                        && (namedAfterWord(q, i) || namedAfterWord(n, j)))) {
                    // (the "after" of "named after" is no word for an initial to abbreviate)
                    sims[c] = s; qi[c] = i; ql[c] = 1; ni[c] = j; nl[c] = 1; c++;
                }
            }
        }
        c = compounds(q, qn, n, nn, true, memo, sims, qi, ql, ni, nl, c);
        c = compounds(n, nn, q, qn, false, memo, sims, qi, ql, ni, nl, c);
        c = articles(q, qn, n, nn, true, sims, qi, ql, ni, nl, c);
        c = articles(n, nn, q, qn, false, sims, qi, ql, ni, nl, c);
        if (!q.person && !n.person) {
            c = acronyms(q, qn, n, nn, true, sims, qi, ql, ni, nl, c);
            c = acronyms(n, nn, q, qn, false, sims, qi, ql, ni, nl, c);
        }
        if (c == 0 && explain == null && mayOnlyMeetJoined(q, n) && joinedSimilarity(q, n) == 0f) {
            return 0f; // no word of one name meets a word of the other: most candidate names end here
        }

        boolean[] qUsed = sc.qUsed;
        boolean[] nUsed = sc.nUsed;
        float[] qSim = sc.qSim;
        float[] nSim = sc.nSim;
        java.util.Arrays.fill(qUsed, 0, qn, false);
        java.util.Arrays.fill(nUsed, 0, nn, false);
        java.util.Arrays.fill(qSim, 0, qn, 0f);
        java.util.Arrays.fill(nSim, 0, nn, 0f);
        // query words as the alignment counts them: a compound met as one word is one
        int qWords = q.words;
        boolean wholeInOneWord = false;
        boolean wholeAcronym = false;
        // greedy: repeatedly take the best remaining pair whose tokens are free
        boolean[] taken = sc.taken;
        java.util.Arrays.fill(taken, 0, c, false);
        while (true) {
            int best = -1;
            float bestScore = 0f;
            for (int k = 0; k < c; k++) {
                if (taken[k] || !free(qUsed, qi[k], ql[k]) || !free(nUsed, ni[k], nl[k])) {
                    continue;
                }
                // prefer higher similarity, then more weight covered
                float key = sims[k] * 1000f + weightOf(n, ni[k], nl[k]);
                if (key > bestScore) {
                    bestScore = key;
                    best = k;
                }
            }
            if (best < 0) {
                break;
            }
            taken[best] = true;
            if (ql[best] == 1 && nl[best] == 2 && nl[best] == n.words && sims[best] >= FOUND) {
                wholeInOneWord = true; // the query word is the listed name's two words joined
            }
            if (ql[best] == 1 && sims[best] == WHOLE_ACRONYM && wordsIn(n, ni[best], nl[best]) == n.words) {
                wholeInOneWord = true; // the query word is the acronym of every word of the listed name
                wholeAcronym = true;
            }
            // two query words met as one: "ولى الله" is the one name "Waliullah" (or several, as
            // an acronym: "Islamic Revolutionary Guard Corps" is "IRGC")
            qWords -= ql[best] - 1;
            for (int x = 0; x < ql[best]; x++) {
                qUsed[qi[best] + x] = true;
                qSim[qi[best] + x] = sims[best];
            }
            for (int x = 0; x < nl[best]; x++) {
                nUsed[ni[best] + x] = true;
                nSim[ni[best] + x] = sims[best];
            }
            if (explain != null) {
                explain.tokens.add(tokenMatch(q, qi[best], ql[best], n, ni[best], nl[best], sims[best]));
            }
        }

        if (n.weakFrom >= 0 && !meetsBothParts(n, nn, nUsed, nSim)) {
            return 0f; // the weak alias alone, or the primary name alone: scored on their own
        }
        if (n.person && q.person) {
            pairLeftovers(q, qn, n, nn, qUsed, nUsed, qSim, nSim, explain);
        } else if (!n.person && !q.person) {
            pairStems(q, qn, n, nn, qUsed, nUsed, qSim, nSim, explain);
            pairRewording(q, qn, n, nn, qUsed, nUsed, qSim, nSim, explain);
            repeatedWords(q, qn, qUsed, qSim, n, nn, true, explain);
            repeatedWords(n, nn, nUsed, nSim, q, qn, false, explain);
        }
        // a word the other side writes in parentheses is explained, not extra: "Ansar al-Shari'a AAS"
        // against "ANSAR AL-SHARI'A (AAS)", and the other way round
        explainByQualifiers(q, qn, qUsed, null, n, explain, true);
        explainByQualifiers(n, nn, nUsed, nSim, q, explain, false);
        float matched = 0f;
        float evidence = 0f;
        for (int j = 0; j < nn; j++) {
            if (nUsed[j]) {
                matched += n.weights[j] * nSim[j];
                if (PreparedName.has(n.wordTokens, j)) {
                    boolean initial = nSim[j] == TokenSimilarity.INITIAL || nSim[j] == TokenSimilarity.LIST_INITIAL;
                    evidence += initial ? INITIAL_EVIDENCE : n.weights[j] * nSim[j];
                }
            }
        }
        float matchedWeight = 0f;
        for (int j = 0; j < nn; j++) {
            if (nUsed[j]) {
                matchedWeight += n.weights[j];
            }
        }
        float sameQualifiers = sameQualifiers(q, n);
        if (sameQualifiers > 0f) {
            if (explain != null) {
                for (int k = 0; k < n.qualifiers.length; k++) {
                    int qk = java.util.Arrays.asList(q.qualifiers).indexOf(n.qualifiers[k]);
                    explain.tokens.add(qualifierMatch(q, q.qualifierTokens[qk], n, n.qualifierTokens[k], n.qualifierWeights[k]));
                }
            }
            // both names carry the same words in parentheses: part of the name, and met
            // ("LEADER (HONG KONG) INTERNATIONAL" / "LEADER (HONG KONG) INTERNATIONAL TRADING LIMITED")
            matched += sameQualifiers;
            matchedWeight += sameQualifiers;
            evidence += sameQualifiers;
        }
        // a namesake's name one side leaves out costs nothing, unless each side names another
        // one: "KOVROV PLANT NAMED AFTER V.A. DEGTYAREV" is the "Kovrov Plant", but "Plant named
        // after Kirov" is not the "PLANT NAMED AFTER LENIN"
        boolean otherNamesake = namesakeUnmet(q, qn, qUsed, qSim) && namesakeUnmet(n, nn, nUsed, nSim);
        long qFree = (otherNamesake ? q.redundant : q.redundant | q.namesakeNames) | respelt(q, qn, qUsed) | ownCountry;
        long nFree = (otherNamesake ? n.redundant : n.redundant | n.namesakeNames) | respelt(n, nn, nUsed);
        boolean designated = qWords <= 1 && n.words - n.respelt > 1 && !q.person && !n.person && !wholeInOneWord
                && designatedName(q, qn, qSim, n, nn, nUsed);
        if (designated) {
            // the words that only say it is an organisation are no part of the name left out
            // ("NPK URALVAGONZAVOD OAO" is named by "Uralvagonzavod", see DESIGNATED_CAP)
            nFree |= unmatchedWords(n, nn, nUsed);
        }
        float unmatchedQuery = 0f;
        for (int i = 0; i < qn; i++) {
            if (!qUsed[i]) {
                // (a word that repeats the name costs nothing, see PreparedName.redundant)
                boolean repeats = PreparedName.has(qFree, i);
                unmatchedQuery += repeats ? 0f : q.missingWeight(i);
                if (explain != null) {
                    (repeats ? explain.repeatedQuery : explain.unmatchedQuery).add(q.analyzed.cover(q.tokens[i]));
                }
            }
        }
        if (explain != null) {
            for (int j = 0; j < nn; j++) {
                if (!nUsed[j]) {
                    // (an organisation's word that repeats its name costs nothing, see relativeCost)
                    boolean repeats = !n.person && PreparedName.has(nFree, j);
                    (repeats ? explain.repeatedList : explain.unmatchedList).add(n.analyzed.cover(n.tokens[j]));
                }
            }
        }
        // a person's name parts one side leaves out count half on either side: one authority writes
        // "QASIM MOHAMED MAHDI AL-RIMI", the other "AL-RIMI, Qasim"
        // ... unless each side names another place: "Abu Umar al-Tunisi" is not "Abu Umar
        // al-Shishani", "AL-HARAMAIN: ALBANIA BRANCH" not the Ethiopia branch, nor (a direction)
        // "ISLAMIC STATE CENTRAL AFRICA PROVINCE" the West Africa one; every left-out word then
        // costs its full weight
        boolean otherPlace = unmatchedOf(q.places, qn, qUsed) && unmatchedOf(n.places, nn, nUsed);
        float missingQuery;
        if (n.person) {
            missingQuery = otherPlace ? unmatchedQuery
                    : (wholeListNameFound(n, nn, nUsed, nSim, q, qn, qUsed, evidence) ? EXTRA_PART
                    : everyListWord(n, nn, nUsed, nSim, 0f) ? PERSON_EXTRA_PART : PERSON_MISSING_PART) * unmatchedQuery;
        } else if (everyListWord(n, nn, nUsed, nSim, FOUND)) {
            // the whole listed organisation name is in the query: an added word costs by how
            // distinctive it is next to the best matched word, as a missing list word does below
            // ("MAKIN INSTITUTE" for "MAKIN", "Yas Air Kish" for "YAS AIR"); a distinctive listed
            // name found whole is named by the query whatever it adds (a project, a branch)
            // ... and a business word added to a listed name of three words or more costs half:
            // "SEVASTOPOL SEA TRADING PORT" is "Sevastopol Sea Port" (an added English word costs
            // in full: a "Kazan Helicopter Repair Plant" is not the KAZAN HELICOPTER PLANT)
            boolean whole = wholeListNameFound(n, nn, nUsed, nSim, q, qn, qUsed, evidence);
            long half = !whole && n.words >= BUSINESS_EXTRA_MIN_WORDS ? unmatchedBusinessWords(q, qn, qUsed) : 0L;
            missingQuery = relativeCost(q, qn, qUsed, qFree, half, bestMatchedWeight(n, nn, nUsed)) * (whole ? EXTRA_PART : 1f);
        } else {
            missingQuery = unmatchedQuery;
        }
        float qCov = matchedWeight + missingQuery == 0f ? 0f : matched / (matchedWeight + missingQuery);
        float nCov;
        if (n.person) {
            // a person's unmatched middle names and patronymics count half: queries leave them out
            float unmatchedList = n.totalWeight - matchedWeight;
            float denominator = matchedWeight + (otherPlace ? 1f : PERSON_MISSING_PART) * unmatchedList;
            nCov = denominator == 0f ? 0f : matched / denominator;
        } else {
            // an unmatched organisation word costs by how distinctive it is next to the best matched
            // word: "Aeroflot" explains "Aeroflot Russian Airlines", but "International Trading"
            // does not explain "Leader International Trading" (the rarest word is the one missing),
            // unless each side names another place (above)
            float missing = relativeCost(n, nn, nUsed, nFree, 0L, otherPlace ? 0f : bestMatchedWeight(n, nn, nUsed));
            if (!otherPlace && wholeQueryFound(q, qn, unmatchedQuery, n, nn, evidence)) {
                // the query is a distinctive run of the listed name: the rest qualifies it, "Central
                // Scientific Research Institute of Chemistry and Mechanics" in "STATE RESEARCH
                // CENTER OF THE RUSSIAN FEDERATION FGUP CENTRAL SCIENTIFIC RESEARCH INSTITUTE ..."
                missing *= EXTRA_PART;
            }
            nCov = matchedWeight + missing == 0f ? 0f : matched / (matchedWeight + missing);
        }
        // Persons often leave out middle names and second surnames, organisations rarely leave out
        // a distinctive word: "International Trading Co" must not match "Leader International
        // Trading Ltd" although it explains every word of the query.
        float score = n.person ? qCov * (0.6f + 0.4f * nCov) : qCov * (0.4f + 0.6f * nCov);

        float joined = joinedSimilarity(q, n);
        if (joined > score) {
            score = joined;
            evidence = Math.max(evidence, joined * Math.min(n.totalWeight, q.totalWeight));
        }
        boolean queryWordsMet = !unmatchedWord(q, qn, qUsed, ownCountry);
        // (a legal form the query adds takes nothing from an exact name of several words: "NORTH
        // DRILLING PJSC"; a one-word listed name with a legal form added still needs the evidence:
        // "Holding OOO" is not the listed alias "HOLDING")
        boolean exactAll = everyListWord(n, nn, nUsed, nSim, 1f) && (unmatchedQuery == 0f || queryWordsMet && n.words >= 2);
        if (evidence < MIN_EVIDENCE && !exactAll) {
            // an exact full match of a listed name is evidence whatever its words ("United Aircraft Corporation")
            score *= evidence / MIN_EVIDENCE;
        }
        float oneWord = q.words == 1 ? bestWordSim(q, qn, qUsed, qSim) : 1f;
        if (q.words == 1 && !wholeAcronym && (oneWord < ONE_WORD_FUZZY_MIN || oneWord == TokenSimilarity.ROMANISATION
                || oneWord == TokenSimilarity.RUSSIAN_SOUND
                || (oneWord < 1f && shortestWord(q, qn) <= TokenSimilarity.SHORT)
                || oneWord == TokenSimilarity.RUSSIAN_SPELLING && legalFormsDisagree(q, qn, n, nn))) {
            // one word met only approximately, or a short one not exactly: "COST Ltd" is not
            // "CST Limited", "Nike" not "NIK", "MZKT" not "MTSKT"; nor a word with other vowels
            // alone ("Midland" is not "Medialand"), nor a short one as Russian writes its sound
            // ("Micron" may be another firm than MIKRON); nor a word spelled the Russian way by a firm of
            // another country ("Allianz B.V." is not "OOO ALYANS", "SINEZIS OOO" is "LLC Synesis"):
            // that takes more words of the same name. (An acronym of every word of the listed name
            // is no approximation: "ERPAC" is "EJERCITO REVOLUCIONARIO POPULAR ANTITERRORISTA DE
            // COLOMBIA" as that name is "ERPAC".)
            score = Math.min(score, ONE_WORD_FUZZY_CAP);
        }
        if (n.words == 1 && qWords > 1) {
            // the same the other way round: a one-word listed name met only by sound inside a longer
            // query ("IRANIAN POLICE" is not "PJSC Polyus", "STAR SAPPHIRE" not "SADRA", "Micron
            // Technology" not MIKRON); found
            // exactly it names the party whatever the query adds ("Polyus Gold PJSC")
            float listWord = bestWordSim(n, nn, nUsed, nSim);
            if (listWord > 0f && (listWord < ONE_WORD_FUZZY_MIN || listWord == TokenSimilarity.RUSSIAN_SOUND)) {
                score = Math.min(score, ONE_WORD_FUZZY_CAP);
            }
        }
        if (qWords <= 1 && n.words - n.respelt > 1 && (q.person || n.person || !wholeInOneWord)) {
            if (designated) {
                // ... but the one distinctive word of a name whose other words only say it is an
                // organisation names it: "Rostec" is "STATE CORPORATION ROSTEC", "Structura" is
                // "COMPANY GROUP STRUCTURA LLC"
                score = Math.min(score, DESIGNATED_CAP);
            } else {
                // one word cannot confirm a longer name: "Linda" is not "LINDA, Maria Teresa", "Cosmo"
                // is not "COSMO RESOURCES PTE LTD"; lists carry the short names they mean as aliases.
                // (An organisation's one word that is the listed name's words joined names it whole:
                // "FUTUREBANK" is "Future Bank".)
                score = Math.min(score, q.person || n.person ? ONE_WORD_CAP : ONE_WORD_ORG_CAP);
            }
        }
        return Math.max(0f, Math.min(1f, score));
    }

    /**
     * Marks as used the words of {@code a} that equal a parenthesised word of {@code b}, and sets
     * their similarity when {@code sim} is given (list words: they then count as matched). A query
     * word so marked is simply not extra.
     */
    private static void explainByQualifiers(PreparedName a, int an, boolean[] used, float[] sim, PreparedName b,
                                            Result explain, boolean aIsQuery) {
        if (b.qualifiers.length == 0) {
            return;
        }
        for (int i = 0; i < an; i++) {
            if (!used[i] && PreparedName.has(a.wordTokens, i)) {
                for (int k = 0; k < b.qualifiers.length; k++) {
                    if (b.qualifiers[k].equals(a.tokens[i].key())) {
                        used[i] = true;
                        if (sim != null) {
                            sim[i] = 1f;
                        }
                        if (explain != null) {
                            explain.tokens.add(aIsQuery ? qualifierMatch(a, a.tokens[i], b, b.qualifierTokens[k], 0f)
                                    : qualifierMatch(b, b.qualifierTokens[k], a, a.tokens[i], a.weights[i]));
                        }
                        break;
                    }
                }
            }
        }
    }

    /**
     * The weight of the list name's parenthesised words when the query has the very same ones (as
     * a set of keys), else 0.
     */
    private static float sameQualifiers(PreparedName q, PreparedName n) {
        if (q.qualifiers.length == 0 || q.qualifiers.length != n.qualifiers.length) {
            return 0f;
        }
        float w = 0f;
        for (int k = 0; k < n.qualifiers.length; k++) {
            if (!java.util.Arrays.asList(q.qualifiers).contains(n.qualifiers[k])) {
                return 0f;
            }
            w += n.qualifierWeights[k];
        }
        return w;
    }

    /** A word met by a parenthesised word of the other name: method {@link TokenSimilarity#QUALIFIER}. */
    private static TokenMatch qualifierMatch(PreparedName q, Token qt, PreparedName n, Token nt, float weight) {
        return new TokenMatch(q.analyzed.original().substring(qt.start(), qt.end()), qt.start(), qt.end(),
                n.analyzed.original().substring(nt.start(), nt.end()), nt.start(), nt.end(), TokenSimilarity.QUALIFIER,
                1.0, Math.round(weight * 1000) / 1000.0);
    }

    /** Whether token {@code k} of {@code x} is the "named" or "after" of "named after" ({@link PreparedName#namesake}). */
    private static boolean namedAfterWord(PreparedName x, int k) {
        return PreparedName.has(x.namesake, k) && x.tokens[k].key().length() > 1;
    }

    /**
     * Words that say only that a name is an organisation's, of a state or a group: a listed name
     * whose other words are these is named by its one distinctive word ({@link #designatedName}).
     * Not business words ("Energy", "Trade Bank"): "Amsterdam" is not "AMSTERDAM TRADE BANK NV".
     */
    static final java.util.Set<String> DESIGNATORS = java.util.Set.of("state", "corporation", "company", "group",
            "holding", "holdings", "concern", "enterprise", "enterprises",
            // a bank named by its one word ("AGROSOYUZ" is "COMMERCIAL BANK AGROSOYUZ", "NOVIKOMBANK"
            // "JOINT STOCK COMMERCIAL BANK NOVIKOMBANK"), an armed group's division or movement
            // ("FATEMIYOUN" is "FATEMIYOUN DIVISION")
            "bank", "commercial", "joint", "stock", "division", "movement",
            // and the Russian abbreviations of the same: scientific production association /
            // enterprise / corporation (NPO, NPP, NPK), (special, central, experimental) design
            // bureau (KB, SKB, TsKB, OKB), (central) research institute (NII, TsNII), group of
            // companies or state corporation (GK)
            "npo", "npp", "npk", "kb", "skb", "tskb", "okb", "nii", "tsnii", "gk");
    /** Shortest one word that names a designated organisation: "Dana" is not "DANA HOLDINGS LIMITED". */
    static final int DESIGNATED_MIN = 5;
    /** Score ceiling for one word naming a designated organisation: it alerts, below a whole name. */
    static final float DESIGNATED_CAP = 0.9f;

    /**
     * The query's one word, {@link #DESIGNATED_MIN} letters at least, meets a word of the listed
     * organisation name exactly, and every other word of that name is a {@link #DESIGNATORS} word.
     */
    private static boolean designatedName(PreparedName q, int qn, float[] qSim, PreparedName n, int nn, boolean[] nUsed) {
        boolean found = false;
        for (int i = 0; i < qn; i++) {
            if (PreparedName.has(q.wordTokens, i)) {
                if (qSim[i] < 1f || q.tokens[i].key().length() < DESIGNATED_MIN) {
                    return false;
                }
                found = true;
            }
        }
        if (!found) {
            return false;
        }
        for (int j = 0; j < nn; j++) {
            if (!nUsed[j] && PreparedName.has(n.wordTokens, j) && !DESIGNATORS.contains(n.tokens[j].key())) {
                return false;
            }
        }
        return true;
    }

    /** True when a word of {@code x} (not a legal form, title or stop word, nor one of {@code except}) was left unmatched. */
    private static boolean unmatchedWord(PreparedName x, int xn, boolean[] used, long except) {
        for (int k = 0; k < xn; k++) {
            if (!used[k] && PreparedName.has(x.wordTokens, k) && !PreparedName.has(except, k)) {
                return true;
            }
        }
        return false;
    }

    /** Both names give a legal form, and none of one is a legal form of the other ("B.V." against "OOO"). */
    private static boolean legalFormsDisagree(PreparedName q, int qn, PreparedName n, int nn) {
        boolean qForm = false;
        boolean nForm = false;
        for (int i = 0; i < qn; i++) {
            if (q.tokens[i].kind() == TokenKind.LEGAL_FORM) {
                qForm = true;
                for (int j = 0; j < nn; j++) {
                    if (n.tokens[j].kind() == TokenKind.LEGAL_FORM && NamePipeline.sameLegalFamily(n.tokens[j].key(), q.tokens[i].key())) {
                        return false;
                    }
                }
            }
        }
        for (int j = 0; j < nn && qForm && !nForm; j++) {
            nForm = n.tokens[j].kind() == TokenKind.LEGAL_FORM;
        }
        return qForm && nForm;
    }

    /**
     * Whether a word of the namesake's name of {@code x} was left unmatched, or met only by the
     * other name's initial: "M.M. GROMOV" does not name V.M. MYASISHCHEV because an M meets
     * Myasishchev.
     */
    private static boolean namesakeUnmet(PreparedName x, int xn, boolean[] used, float[] sim) {
        long bits = x.namesakeNames;
        for (int k = 0; bits != 0L && k < xn; k++) {
            if (PreparedName.has(bits, k) && (!used[k] || x.tokens[k].key().length() > 1
                    && (sim[k] == TokenSimilarity.INITIAL || sim[k] == TokenSimilarity.LIST_INITIAL))) {
                return true;
            }
        }
        return false;
    }

    /** True when a token of {@code bits} (one bit per token index) was left unmatched. */
    private static boolean unmatchedOf(long bits, int xn, boolean[] used) {
        for (int k = 0; bits != 0L && k < xn; k++) {
            if (!used[k] && PreparedName.has(bits, k)) {
                return true;
            }
        }
        return false;
    }

    private static float bestMatchedWeight(PreparedName n, int nn, boolean[] nUsed) {
        float best = 0f;
        for (int j = 0; j < nn; j++) {
            if (nUsed[j] && n.weights[j] > best) {
                best = n.weights[j];
            }
        }
        return best;
    }

    /**
     * Weight of the unmatched tokens of {@code x}, each by its weight relative to {@code best},
     * cubed; words in {@code free} cost nothing (those that repeat the name, {@link PreparedName#redundant},
     * and a namesake's name the other side leaves out), words in {@code half} half.
     */
    private static float relativeCost(PreparedName x, int xn, boolean[] used, long free, long half, float best) {
        float missing = 0f;
        for (int k = 0; k < xn; k++) {
            if (!used[k] && !PreparedName.has(free, k)) {
                float w = x.missingWeight(k);
                float r = best == 0f ? 1f : Math.min(1f, w / best);
                missing += w * r * r * r * (PreparedName.has(half, k) ? BUSINESS_EXTRA_PART : 1f);
            }
        }
        return missing;
    }

    /**
     * The unmatched words of {@code x} whose {@link PreparedName#respelling twin} is matched, one
     * bit per token index: a name that gives one word two ways ("TEKNODINAMIKA JSC -
     * Technodinamika") is met by either.
     */
    private static long respelt(PreparedName x, int xn, boolean[] used) {
        if (x.respelling == null) {
            return 0L;
        }
        long bits = 0L;
        for (int k = 0; k < xn && k < x.respelling.length; k++) {
            int twin = x.respelling[k];
            if (!used[k] && twin >= 0 && twin < xn && used[twin]) {
                bits |= 1L << k;
            }
        }
        return bits;
    }

    /** Smallest listed organisation name (in words) to which an added business word costs {@link #BUSINESS_EXTRA_PART}. */
    static final int BUSINESS_EXTRA_MIN_WORDS = 3;
    /** Part of its cost a business word ({@code generic-words.txt}) added to a whole listed name costs. */
    static final float BUSINESS_EXTRA_PART = 0.5f;

    /** The unmatched words of {@code x}, one bit per token index. */
    private static long unmatchedWords(PreparedName x, int xn, boolean[] used) {
        long bits = 0L;
        for (int k = 0; k < xn && k < 64; k++) {
            if (!used[k] && PreparedName.has(x.wordTokens, k)) {
                bits |= 1L << k;
            }
        }
        return bits;
    }

    /** The unmatched business words of {@code x} ({@link org.tradeguard.text.NamePipeline#isBusinessWord}), one bit per token index. */
    private static long unmatchedBusinessWords(PreparedName x, int xn, boolean[] used) {
        long bits = unmatchedWords(x, xn, used);
        for (int k = 0; bits != 0L && k < xn && k < 64; k++) {
            if (PreparedName.has(bits, k) && !TokenSimilarity.PIPELINE.isBusinessWord(x.tokens[k].key())) {
                bits &= ~(1L << k);
            }
        }
        return bits;
    }

    /**
     * An organisation word written twice is named once: a repeat of a matched word is matched as
     * it is ("State Unitary Enterprise of the City of Sevastopol 'Sevastopol Sea Port'" against
     * "SEVASTOPOL SEA TRADING PORT").
     */
    private static void repeatedWords(PreparedName x, int xn, boolean[] used, float[] sim, PreparedName other, int on,
                                      boolean xIsQuery, Result explain) {
        if (!x.repeats) {
            return; // nearly every name
        }
        for (int k = 0; k < xn; k++) {
            if (used[k] || !PreparedName.has(x.wordTokens, k) || x.tokens[k].key().length() < 3) {
                continue; // (an initial repeated is another word: "M.T.T.")
            }
            for (int m = 0; m < xn; m++) {
                if (used[m] && m != k && PreparedName.has(x.wordTokens, m) && x.tokens[m].key().equals(x.tokens[k].key())) {
                    used[k] = true;
                    sim[k] = sim[m];
                    if (explain != null) {
                        // explained by the other name's word of that key, met once already
                        for (int o = 0; o < on; o++) {
                            if (other.tokens[o].key().equals(x.tokens[k].key())) {
                                explain.tokens.add(xIsQuery ? tokenMatch(x, k, 1, other, o, 1, sim[k])
                                        : tokenMatch(other, o, 1, x, k, 1, sim[k]));
                                break;
                            }
                        }
                    }
                    break;
                }
            }
        }
    }

    /** Pairs left-over organisation words of one stem, see {@link #STEM}. */
    private static void pairStems(PreparedName q, int qn, PreparedName n, int nn, boolean[] qUsed, boolean[] nUsed,
                                  float[] qSim, float[] nSim, Result explain) {
        // (each test below needs two stemmable words)
        for (int i = 0; i < qn; i++) {
            if (qUsed[i] || !PreparedName.has(q.stemmable, i)) {
                continue;
            }
            Token a = q.tokens[i];
            for (int j = 0; j < nn; j++) {
                if (nUsed[j] || !PreparedName.has(n.stemmable, j)) {
                    continue;
                }
                Token b = n.tokens[j];
                if (a.transliterated() != b.transliterated()) {
                    continue;
                }
                // by key ("Eng." keyed "engineering" / "Engineers") or, for a translated word, as
                // written: it keeps its stem ("Combatant", keyed "fighting" / "Combat")
                if (sameStem(a.key(), b.key())
                        || (TokenSimilarity.translated(a) || TokenSimilarity.translated(b)) && sameStem(a.text(), b.text())
                        || org.tradeguard.text.NamePipeline.sameRussianAdjective(a.key(), b.key())) {
                    meet(q, i, qUsed, qSim, n, j, nUsed, nSim, STEM, explain);
                    break;
                }
            }
        }
    }

    /**
     * One activity word put for another ({@link #pairRewording}) counts as met this alike: half
     * its weight, so the name still alerts only when the words around it are all met.
     */
    static final float REWORDED = 0.5f;
    /**
     * Two words of one kind of body ({@code body-words.txt}) count as met this alike: nearer than
     * two activity words, since they are often two translations of one word (jam'iyya is a society
     * and a foundation), yet short of a match.
     */
    static final float REWORDED_BODY = 0.6f;
    /** Fewest other words of the listed name, found, around a {@link #REWORDED} pair. */
    static final int REWORDED_MIN_FOUND = 3;

    /**
     * Pairs the one word left over on each side of an organisation's names, when both say that a
     * firm does something without saying what ({@code activity-words.txt}: technology,
     * development, industry, trading ...) and at least {@link #REWORDED_MIN_FOUND} other words of
     * the listed name were found: "NATIONAL AEROSPACE TECHNOLOGY ADMINISTRATION" is the "NATIONAL
     * AEROSPACE DEVELOPMENT ADMINISTRATION" reworded. A sector, a place, a direction or a fancy
     * word put for another names another firm ("GOLDEN STAR OIL TRADING" is not GOLDEN STAR GAS
     * TRADING, "ISLAMIC STATE CENTRAL AFRICA PROVINCE" not the WEST AFRICA one), as does a
     * distinctive word ("Tehran Helicopter Manufacturing Company" is not TEHRAN AIRCRAFT ...).
     * The same holds for two words of one kind of body ({@code body-words.txt}): the "REVIVAL OF
     * ISLAMIC HERITAGE FOUNDATION" is the "... SOCIETY", the "Law Enforcement Command of the
     * Islamic Republic of Iran" its "LAW ENFORCEMENT FORCES".
     */
    private static void pairRewording(PreparedName q, int qn, PreparedName n, int nn, boolean[] qUsed, boolean[] nUsed,
                                      float[] qSim, float[] nSim, Result explain) {
        int qi = onlyLeftOver(q, qn, qUsed);
        int nj = qi < 0 ? -1 : onlyLeftOver(n, nn, nUsed);
        if (nj < 0) {
            return;
        }
        String a = q.tokens[qi].key();
        String b = n.tokens[nj].key();
        boolean body = TokenSimilarity.PIPELINE.sameBodyKind(a, b);
        if (!body && !(TokenSimilarity.PIPELINE.isActivityWord(a) && TokenSimilarity.PIPELINE.isActivityWord(b))) {
            return;
        }
        int found = 0;
        for (int j = 0; j < nn; j++) {
            if (nUsed[j] && nSim[j] >= FOUND && PreparedName.has(n.wordTokens, j)) {
                found++;
            }
        }
        if (found < REWORDED_MIN_FOUND) {
            return;
        }
        meet(q, qi, qUsed, qSim, n, nj, nUsed, nSim, body ? REWORDED_BODY : REWORDED, explain);
    }

    /** Marks query word {@code i} and list word {@code j} as met at {@code sim}, one by the other. */
    private static void meet(PreparedName q, int i, boolean[] qUsed, float[] qSim, PreparedName n, int j, boolean[] nUsed,
                             float[] nSim, float sim, Result explain) {
        qUsed[i] = true;
        qSim[i] = sim;
        nUsed[j] = true;
        nSim[j] = sim;
        if (explain != null) {
            explain.tokens.add(tokenMatch(q, i, 1, n, j, 1, sim));
        }
    }

    /** The index of the one word of {@code x} left unmatched, or -1 when there is none or more than one. */
    private static int onlyLeftOver(PreparedName x, int xn, boolean[] used) {
        int left = -1;
        for (int k = 0; k < xn; k++) {
            if (!used[k] && PreparedName.has(x.wordTokens, k)) {
                if (left >= 0) {
                    return -1;
                }
                left = k;
            }
        }
        return left;
    }

    /** A common beginning of at least {@link #STEM_MIN} letters covering {@link #STEM_SHARE} of the shorter word. */
    private static boolean sameStem(String a, String b) {
        int shorter = Math.min(a.length(), b.length());
        if (shorter < STEM_MIN) {
            return false;
        }
        int common = 0;
        while (common < shorter && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return common >= STEM_MIN && common >= STEM_SHARE * shorter;
    }

    /**
     * Every word of a listed person's name found in the query (at least {@link #FOUND}), two words
     * or more, distinctive ones ({@link #WHOLE_NAME_EVIDENCE}), and no more extra query words than
     * found ones.
     */
    private static boolean wholeListNameFound(PreparedName n, int nn, boolean[] nUsed, float[] nSim,
                                              PreparedName q, int qn, boolean[] qUsed, float evidence) {
        if (n.words < 2 || evidence < WHOLE_NAME_EVIDENCE) {
            return false;
        }
        if (!everyListWord(n, nn, nUsed, nSim, FOUND)) {
            return false;
        }
        int extra = 0;
        for (int i = 0; i < qn; i++) {
            if (!qUsed[i] && q.tokens[i].kind() == TokenKind.WORD) {
                extra++;
            }
        }
        return extra <= n.words;
    }

    /**
     * The query's words (at least {@link #WHOLE_QUERY_WORDS}, every one met) are a run of the
     * listed organisation name's words, key for key and in order (stop words and legal forms
     * aside), with {@link #WHOLE_NAME_EVIDENCE}: the query names a distinctive part of the listed
     * name. Three ordinary words ("Research Institute of Chemistry") have too little evidence;
     * words found apart or out of order ("International Trade" in "Trade Bank International") do
     * not count.
     */
    private static boolean wholeQueryFound(PreparedName q, int qn, float unmatchedQuery, PreparedName n, int nn, float evidence) {
        if (unmatchedQuery > 0f || q.words < WHOLE_QUERY_WORDS || evidence < WHOLE_NAME_EVIDENCE) {
            return false;
        }
        for (int start = 0; start < nn; start++) {
            int j = start;
            boolean run = true;
            for (int i = 0; i < qn && run; i++) {
                if (!PreparedName.has(q.wordTokens, i)) {
                    continue;
                }
                while (j < nn && !PreparedName.has(n.wordTokens, j)) {
                    j++;
                }
                run = j < nn && n.tokens[j].key().equals(q.tokens[i].key());
                j++;
            }
            if (run) {
                return true;
            }
        }
        return false;
    }

    /** Fewest query words for {@link #wholeQueryFound}. */
    static final int WHOLE_QUERY_WORDS = 3;

    /**
     * Pairs one word left over in a well-matched listed person's name (at least two other words
     * found, {@link #WHOLE_NAME_EVIDENCE} of evidence) with one left-over query word, the most
     * alike pair, when they are plausibly one name part romanised apart; see
     * {@link #LEFTOVER_SKELETON} and {@link #LEFTOVER_EDIT}. Other left-over words stay unmatched
     * ("ESSID, Sami Ben Khemais" / "SAMI BEN KHAMIS BEN SALEH ELSSEID": Essid and Elsseid).
     */
    private static void pairLeftovers(PreparedName q, int qn, PreparedName n, int nn, boolean[] qUsed, boolean[] nUsed,
                                      float[] qSim, float[] nSim, Result explain) {
        int found = 0;
        float evidence = 0f;
        boolean leftover = false;
        for (int j = 0; j < nn; j++) {
            if (!PreparedName.has(n.wordTokens, j)) {
                continue;
            }
            if (!nUsed[j]) {
                leftover = true;
            } else if (nSim[j] >= FOUND) {
                found++;
                evidence += n.weights[j] * nSim[j];
            }
        }
        if (!leftover || found < 2 || evidence < WHOLE_NAME_EVIDENCE) {
            return;
        }
        // the most alike pair of left-over parts
        int qi = -1;
        int ni = -1;
        float sim = 0f;
        for (int j = 0; j < nn; j++) {
            if (nUsed[j] || !PreparedName.has(n.wordTokens, j)) {
                continue;
            }
            for (int i = 0; i < qn; i++) {
                if (!qUsed[i] && PreparedName.has(q.wordTokens, i)) {
                    float x = leftoverSimilarity(q.tokens[i], n.tokens[j]);
                    if (x > sim) {
                        sim = x;
                        qi = i;
                        ni = j;
                    }
                }
            }
        }
        if (sim <= 0f) {
            return;
        }
        meet(q, qi, qUsed, qSim, n, ni, nUsed, nSim, sim, explain);
    }

    private static float leftoverSimilarity(Token a, Token b) {
        if (a.transliterated() != b.transliterated() || a.key().length() < 3 || b.key().length() < 3) {
            return 0f;
        }
        if (a.skeleton().equals(b.skeleton()) && a.skeleton().length() >= 2) {
            return LEFTOVER_SKELETON;
        }
        int max = Math.max(a.key().length(), b.key().length());
        int limit = (int) (max * (1f - LEFTOVER_EDIT));
        int d = EditDistance.osa(a.key(), b.key(), limit + 1);
        return d <= limit ? 1f - (float) d / max : 0f;
    }

    /**
     * Two adjacent word tokens of {@code a} concatenated, against one word token of {@code b}; where
     * a separate article stands between them, also with the article written in ("Salah al-Din" /
     * "Salahaldin").
     */
    private static int compounds(PreparedName a, int an, PreparedName b, int bn, boolean aIsQuery, SimilarityMemo memo,
                                 float[] sims, int[] qi, int[] ql, int[] ni, int[] nl, int c) {
        int longest = b.maxKeyLength + 2;
        if (a.minPairLength > longest) {
            return c; // every pair is too long for every word of b: most names end here
        }
        WordSignatures bWords = memo != null ? memo.signatures(b) : null;
        int[] bIds = aIsQuery ? b.tokenIds : null;
        for (int i = 0; i + 1 < an; i++) {
            // (a pair longer by more than two letters than every word of b meets none: most end here)
            String joined = a.pairKeys[i];
            if (joined != null && joined.length() <= longest) {
                c = compound(a, i, joined, a.pairSkeletons[i], b, bn, aIsQuery, bWords, bIds, sims, qi, ql, ni, nl, c);
            }
            joined = a.altPairKey(i);
            if (joined != null && joined.length() <= longest) {
                c = compound(a, i, joined, a.altPairSkeletons[i], b, bn, aIsQuery, bWords, bIds, sims, qi, ql, ni, nl, c);
            }
        }
        return c;
    }

    /**
     * An organisation word of one name ({@link #ACRONYM_MIN} to {@link #ACRONYM_MAX} letters, not a
     * dictionary or business word) that spells the initials of as many consecutive words of the
     * other, legal forms aside: "IRGC AEROSPACE FORCE" / "ISLAMIC REVOLUTIONARY GUARD CORPS
     * AEROSPACE FORCE". Scored {@link #ACRONYM}, under {@link #FOUND}: an acronym alone is never
     * the whole of a longer name ("ABC" is not any "Alpha Beta Corp").
     */
    private static int acronyms(PreparedName a, int an, PreparedName b, int bn, boolean aIsQuery,
                                float[] sims, int[] qi, int[] ql, int[] ni, int[] nl, int c) {
        if (a.acronymTokens == 0L || b.words < ACRONYM_MIN) {
            return c;
        }
        for (int i = 0; i < an; i++) {
            if (!PreparedName.has(a.acronymTokens, i)) {
                continue;
            }
            String k = a.tokens[i].text();
            int len = k.length();
            // the acronym is all of its name and spells all of the other: the same name, abbreviated
            float sim = a.words == 1 && len == b.words && len >= WHOLE_ACRONYM_MIN ? WHOLE_ACRONYM : ACRONYM;
            if (a.words == 1 && len >= WHOLE_ACRONYM_MIN && k.equals(b.companyInitials) && c < sims.length) {
                // the same with the "c" of the other's "company" or "corporation": "NIOPDC" is
                // "NATIONAL IRANIAN OIL PRODUCTS DISTRIBUTION COMPANY"
                sims[c] = WHOLE_ACRONYM;
                int[] run = PreparedName.companySpan(b.tokens);
                int from = run[0];
                int span = run[1] - run[0] + 1;
                if (aIsQuery) {
                    qi[c] = i; ql[c] = 1; ni[c] = from; nl[c] = span;
                } else {
                    qi[c] = from; ql[c] = span; ni[c] = i; nl[c] = 1;
                }
                c++;
                continue;
            }
            for (int j = nextSpelled(b, k, 0, bn); j >= 0 && c < sims.length; j = nextSpelled(b, k, j + 1, bn)) {
                sims[c] = sim;
                if (aIsQuery) {
                    qi[c] = i; ql[c] = 1; ni[c] = j; nl[c] = len;
                } else {
                    qi[c] = j; ql[c] = len; ni[c] = i; nl[c] = 1;
                }
                c++;
            }
        }
        return c;
    }

    /** The words of {@code x} among its tokens {@code from .. from+len-1}. */
    private static int wordsIn(PreparedName x, int from, int len) {
        int words = 0;
        for (int k = from; k < from + len; k++) {
            if (PreparedName.has(x.wordTokens, k)) {
                words++;
            }
        }
        return words;
    }

    /** The first token index from {@code from} where {@code acronym} spells the initials of {@code b}'s words, or -1. */
    private static int nextSpelled(PreparedName b, String acronym, int from, int bn) {
        if (b.initialMasks == null) {
            int j = b.initials.indexOf(acronym, from);
            return j >= 0 && j + acronym.length() <= bn ? j : -1;
        }
        for (int j = from; j + acronym.length() <= bn; j++) {
            if (b.spells(acronym, j)) {
                return j;
            }
        }
        return -1;
    }

    /** A word that may be an acronym: {@link #ACRONYM_MIN} to {@link #ACRONYM_MAX} letters, not a known name, dictionary or business word. */
    static boolean mayBeAcronym(Token t) {
        String k = t.text();
        int len = k.length();
        if (len < ACRONYM_MIN || len > ACRONYM_MAX || t.known() || t.transliterated()) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (k.charAt(i) < 'a' || k.charAt(i) > 'z') {
                return false;
            }
        }
        return !TokenSimilarity.PIPELINE.isGeneric(t.key());
    }


    /** Similarity of an acronym to the words it spells; see {@link #acronyms}. */
    static final float ACRONYM = 0.86f;
    static final int ACRONYM_MIN = 3;
    static final int ACRONYM_MAX = 6;
    /**
     * An acronym that is the whole of its name and spells every word of the other: the same name
     * written short ("OJSC NIIEVM" for "OAO Nauchno-Issledovatelskiy Institut Elektronnykh
     * Vychislitelnykh Mashin"), as alike as a typo of one word. Five letters at least: many
     * names of three or four words spell a listed acronym of four ("NSPK") by chance.
     */
    static final float WHOLE_ACRONYM = 0.92f;
    static final int WHOLE_ACRONYM_MIN = 5;

    /**
     * Tokens {@code i} and {@code i + 1} of {@code a}, joined as {@code joined}, against each word of
     * {@code b}. Where {@code bWords} is given, b's words are first read from their signatures
     * (numbered by {@code bIds}, or by token index where that is null): most are of another length.
     */
    private static int compound(PreparedName a, int i, String joined, String ps, PreparedName b, int bn, boolean aIsQuery,
                                WordSignatures bWords, int[] bIds, float[] sims, int[] qi, int[] ql, int[] ni, int[] nl, int c) {
        Token t1 = a.tokens[i];
        int length = joined.length();
        char first = joined.charAt(0) == 'q' ? 'k' : joined.charAt(0); // as the signatures read it
        for (int j = 0; j < bn && c < sims.length; j++) {
            if (bWords != null) {
                int w = bIds != null ? bIds[j] : j;
                int flags = bWords.flags(w);
                int ol = bWords.length(w);
                boolean sameScript = ((flags & WordSignatures.TRANSLITERATED) != 0) == t1.transliterated();
                if ((flags & WordSignatures.WORD) == 0 || ol < length - 2
                        || sameScript && (ol > length + 2 || bWords.first(w) != first)) {
                    continue; // as below: in one script, a compound meets only a word of its length and first letter
                }
            }
            Token o = b.tokens[j];
            int ol = o.key().length();
            boolean sameScript = t1.transliterated() == o.transliterated();
            if (o.kind() != TokenKind.WORD || ol < joined.length() - 2 || (sameScript && ol > joined.length() + 2)) {
                continue;
            }
            // a compound must be spelled alike, not merely sound alike: "ul"+"hind" is not "Linda";
            // across scripts only the skeleton is reliable (Arabic "nsr"+"allh" is "Nasrallah")
            float s = joined.equals(o.key()) ? 1f
                    : sameScript && joined.charAt(0) == o.key().charAt(0) ? compoundSimilarity(joined, o.key()) : 0f;
            // only for abjads: Han and Hangul syllables joined by sound meet unrelated Latin words.
            // Read letter by letter as a single word is ("امین الله" / "Aminullah"), else by skeleton
            String os = o.skeleton();
            if (s < COMPOUND_MIN && !sameScript && (t1.abjad() || o.abjad()) && !os.isEmpty()
                    && ps.charAt(0) == os.charAt(0) && ps.charAt(ps.length() - 1) == os.charAt(os.length() - 1)) {
                // (the first and last consonants agree: most pairs end here, before the alignment)
                if (t1.abjad() ? TokenSimilarity.abjadAligns(joined, o.key()) : TokenSimilarity.abjadAligns(o.key(), joined)) {
                    s = TokenSimilarity.TRANSLIT_PHONETIC;
                } else if (ps.equals(os) && os.length() >= 3) {
                    s = TokenSimilarity.PHONETIC;
                }
            }
            if (s >= COMPOUND_MIN) {
                c = pair(s, i, 2, j, aIsQuery, sims, qi, ql, ni, nl, c);
            }
        }
        return c;
    }

    /**
     * Records candidate pair {@code c}: {@code len} tokens of {@code a} from {@code i} against token
     * {@code j} of {@code b}, laid out as query/list whichever side {@code a} is. Returns c + 1.
     */
    private static int pair(float s, int i, int len, int j, boolean aIsQuery,
                            float[] sims, int[] qi, int[] ql, int[] ni, int[] nl, int c) {
        sims[c] = s;
        if (aIsQuery) {
            qi[c] = i; ql[c] = len; ni[c] = j; nl[c] = 1;
        } else {
            qi[c] = j; ql[c] = 1; ni[c] = i; nl[c] = len;
        }
        return c + 1;
    }

    /**
     * A word of {@code a} written after a separate article against a word of {@code b} with the
     * article joined: "al-Din" / "Eldin", "al-Dine" / "Eddine" (the article assimilated). The
     * separate article on one side is what makes the joined letters an article: "Albert" alone
     * is not "al-Bert". Without one, a long word after the joined article may still be the other
     * name's word, a little less surely ({@link #ARTICLE_DROPPED}): one authority writes
     * "ELKADDAFI, Saadi", the other "SAADI QADHAFI" ("Albright" is not "Bright" by much).
     */
    private static int articles(PreparedName a, int an, PreparedName b, int bn, boolean aIsQuery,
                                float[] sims, int[] qi, int[] ql, int[] ni, int[] nl, int c) {
        if (b.bare == 0L || a.articled == 0L && b.longBare == 0L) {
            return c; // most names have no word with an article joined
        }
        for (int i = 0; i < an; i++) {
            boolean articled = PreparedName.has(a.articled, i);
            if (!articled && (b.longBare == 0L || a.tokens[i].kind() != TokenKind.WORD || PreparedName.has(a.bare, i))) {
                continue;
            }
            long js = articled ? b.bare : b.longBare;
            for (int j = 0; j < bn && c < sims.length; j++) {
                if (!PreparedName.has(js, j)) {
                    continue;
                }
                Token bare = b.withoutArticle[j];
                if (!articled && bare.key().charAt(0) != a.tokens[i].key().charAt(0) && !bare.skeleton().equals(a.tokens[i].skeleton())) {
                    continue; // (words that begin otherwise meet at PHONETIC only by sound: most pairs end here)
                }
                float s = aIsQuery ? TokenSimilarity.similarity(a.tokens[i], bare) : TokenSimilarity.similarity(bare, a.tokens[i]);
                if (s >= TokenSimilarity.PHONETIC) {
                    c = pair(articled ? s : s * ARTICLE_DROPPED, i, 1, j, aIsQuery, sims, qi, ql, ni, nl, c);
                }
            }
        }
        return c;
    }

    /** A word met only once the article joined to the other side's word is left out counts this much of its similarity. */
    static final float ARTICLE_DROPPED = 0.9f;
    /** Fewest letters of a word with an article joined ("elsayed") for it to meet a word written with no article. */
    static final int ARTICLE_DROPPED_MIN = 7;

    /**
     * Spelling similarity of a compound by edit distance where it can reach {@link #COMPOUND_MIN},
     * else 0: below nine letters only equal strings can, so most pairs need no distance at all.
     */
    private static float compoundSimilarity(String joined, String other) {
        int max = Math.max(joined.length(), other.length());
        int allowed = (int) (max * (1f - COMPOUND_MIN) + 1e-4f);
        if (allowed == 0 || Math.abs(joined.length() - other.length()) > allowed) {
            return 0f;
        }
        int d = EditDistance.osa(joined, other, allowed + 1);
        return d <= allowed ? 1f - (float) d / max : 0f;
    }


    private static float joinedSimilarity(PreparedName q, PreparedName n) {
        if (q.words == n.words) {
            // same number of words: the token alignment has judged each word; joining them would
            // only smear "Maria"/"Mario" into one long similar string
            return 0f;
        }
        int max = Math.max(q.joinedLength, n.joinedLength);
        if (max < 6 || max > 60 || Math.abs(q.joinedLength - n.joinedLength) > max / 8 + 1) {
            return 0f;
        }
        String a = q.joined;
        String b = n.joined;
        float best = 0f;
        int limit = max / 8 + 2;
        int d = EditDistance.osa(a, b, limit);
        if (d < limit) {
            best = 1f - (float) d / max;
        }
        d = EditDistance.osa(q.joinedSorted, n.joinedSorted, limit);
        if (d < limit) {
            best = Math.max(best, 1f - (float) d / max);
        }
        // a joined match is weaker evidence than a token alignment of the same quality
        return best >= MIN_JOINED ? best * 0.95f : 0f;
    }

    private static boolean free(boolean[] used, int from, int len) {
        for (int x = from; x < from + len; x++) {
            if (used[x]) {
                return false;
            }
        }
        return true;
    }

    private static float weightOf(PreparedName n, int from, int len) {
        float w = 0f;
        for (int x = from; x < from + len; x++) {
            w += n.weights[x];
        }
        return w;
    }

    private static TokenMatch tokenMatch(PreparedName q, int qi, int ql, PreparedName n, int ni, int nl, float sim) {
        Token q0 = q.tokens[qi];
        Token q1 = q.tokens[qi + ql - 1];
        Token n0 = n.tokens[ni];
        Token n1 = n.tokens[ni + nl - 1];
        String method = (ql > 2 || nl > 2) ? TokenSimilarity.ACRONYM_METHOD
                : (ql > 1 || nl > 1) ? TokenSimilarity.COMPOUND
                : sim == REWORDED ? TokenSimilarity.REWORDED_METHOD : TokenSimilarity.method(q0, n0, sim);
        return new TokenMatch(q.analyzed.original().substring(q0.start(), q1.end()), q0.start(), q1.end(),
                n.analyzed.original().substring(n0.start(), n1.end()), n0.start(), n1.end(), method,
                Math.round(sim * 1000) / 1000.0, Math.round(weightOf(n, ni, nl) * 1000) / 1000.0);
    }
}
