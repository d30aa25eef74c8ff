package org.tradeguard.matching;

import org.tradeguard.text.Token;

/**
 * Per-thread memo of query-token x list-word similarities for one query. List words repeat across
 * names and entities ("muhammad", "trading"), so each distinct list word is compared with the
 * query's tokens once per query, in two tiers: the spelling ({@link TokenSimilarity#byKey}) once
 * per key ("Mohamed", "Muhammad" and "Mohammad" share one), the words as written
 * ({@link TokenSimilarity#asWrittenToo}, cheap) once per text. Entries are stamped with a query
 * epoch instead of being cleared.
 */
final class SimilarityMemo {
    static final int MAX_QUERY_TOKENS = NameScorer.MAX_TOKENS;

    /** Per list word, its query epoch then its similarity to each query token: one cache line for the usual query. */
    private static final int STRIDE = MAX_QUERY_TOKENS + 1;
    /** By word (key and text): the similarities. */
    private int[] slots = new int[0];
    /** By key: the spelling similarities. */
    private int[] keySlots = new int[0];
    /** The key of each word. */
    private int[] keyOf;
    /** The list words' signatures, and the query's. */
    private WordSignatures words;
    private WordSignatures queryWords;
    private int epoch;
    private PreparedName query;
    /** The calling thread's comparison arrays, handed to the scorer with the memo. */
    final NameScorer.Scratch scratch = new NameScorer.Scratch();

    private static final ThreadLocal<SimilarityMemo> MEMO = ThreadLocal.withInitial(SimilarityMemo::new);

    /**
     * The calling thread's memo, reset for a new query over an index of words numbered by
     * {@code PreparedName.tokenIds}, word {@code w} having key number {@code keyOf[w]}, of {@code keys}.
     */
    static SimilarityMemo forQuery(PreparedName query, int[] keyOf, int keys, WordSignatures words) {
        SimilarityMemo m = MEMO.get();
        if (m.slots.length < keyOf.length * STRIDE || m.keySlots.length < keys * STRIDE) {
            m.slots = new int[keyOf.length * STRIDE];
            m.keySlots = new int[keys * STRIDE];
            m.epoch = 0;
        }
        m.epoch++;
        if (m.epoch == Integer.MAX_VALUE) {
            java.util.Arrays.fill(m.slots, 0);
            java.util.Arrays.fill(m.keySlots, 0);
            m.epoch = 1;
        }
        m.keyOf = keyOf;
        m.words = words;
        m.queryWords = WordSignatures.of(query.tokens, Math.min(query.tokens.length, MAX_QUERY_TOKENS));
        m.query = query;
        return m;
    }

    /**
     * The signatures of {@code name}'s words and their numbers in them (null: by token index), or
     * null where the name has no word numbers.
     */
    WordSignatures signatures(PreparedName name) {
        return name == query ? queryWords : name.tokenIds != null ? words : null;
    }

    /** Similarity of query token {@code qi} and token {@code j} of list name {@code n}. */
    float similarity(int qi, PreparedName n, int j) {
        int word = n.tokenIds[j];
        int base = word * STRIDE;
        if (slots[base] != epoch) {
            // the word itself is fetched only when its signature leaves a pair open: most lookups
            // are of words already compared, and most new words meet no query word at all
            Token t = null;
            int kb = keyOf[word] * STRIDE;
            int qn = Math.min(query.tokens.length, MAX_QUERY_TOKENS);
            if (keySlots[kb] != epoch) {
                for (int i = 0; i < qn; i++) {
                    float s = 0f;
                    if (TokenSimilarity.mayMeetByKey(queryWords, i, words, word)) {
                        t = t != null ? t : n.tokens[j];
                        s = TokenSimilarity.byKey(query.tokens[i], t);
                    }
                    keySlots[kb + 1 + i] = Float.floatToRawIntBits(s);
                }
                keySlots[kb] = epoch;
            }
            for (int i = 0; i < qn; i++) {
                float s = Float.intBitsToFloat(keySlots[kb + 1 + i]);
                if (TokenSimilarity.mayMeetAsWritten(queryWords, i, words, word, s)) {
                    t = t != null ? t : n.tokens[j];
                    s = TokenSimilarity.asWrittenToo(query.tokens[i], t, s);
                }
                slots[base + 1 + i] = Float.floatToRawIntBits(s);
            }
            slots[base] = epoch;
        }
        return Float.intBitsToFloat(slots[base + 1 + qi]);
    }
}
