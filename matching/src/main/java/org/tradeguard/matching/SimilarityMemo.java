package org.tradeguard.matching;

import org.tradeguard.text.Token;

/**
 * Per-thread memo of query-token x list-word similarities for one query. List words repeat across
 * names and entities ("muhammad", "trading"), so each distinct list word is compared with the
 * query's tokens once per query. Entries are stamped with a query epoch instead of being cleared.
 */
final class SimilarityMemo {
    static final int MAX_QUERY_TOKENS = NameScorer.MAX_TOKENS;

    /** Per list word, its query epoch then its similarity to each query token: one cache line for the usual query. */
    private static final int STRIDE = MAX_QUERY_TOKENS + 1;
    private int[] slots = new int[0];
    private int epoch;
    private PreparedName query;
    /** The calling thread's comparison arrays, handed to the scorer with the memo. */
    final NameScorer.Scratch scratch = new NameScorer.Scratch();

    private static final ThreadLocal<SimilarityMemo> MEMO = ThreadLocal.withInitial(SimilarityMemo::new);

    /** The calling thread's memo, reset for a new query over an index of {@code distinctTokens} words. */
    static SimilarityMemo forQuery(PreparedName query, int distinctTokens) {
        SimilarityMemo m = MEMO.get();
        if (m.slots.length < distinctTokens * STRIDE) {
            m.slots = new int[distinctTokens * STRIDE];
            m.epoch = 0;
        }
        m.epoch++;
        if (m.epoch == Integer.MAX_VALUE) {
            java.util.Arrays.fill(m.slots, 0);
            m.epoch = 1;
        }
        m.query = query;
        return m;
    }

    /** Similarity of query token {@code qi} and token {@code j} of list name {@code n}. */
    float similarity(int qi, PreparedName n, int j) {
        int base = n.tokenIds[j] * STRIDE;
        if (slots[base] != epoch) {
            // (the token itself is fetched only here: most lookups are of words already compared)
            Token t = n.tokens[j];
            int qn = Math.min(query.tokens.length, MAX_QUERY_TOKENS);
            for (int i = 0; i < qn; i++) {
                slots[base + 1 + i] = Float.floatToRawIntBits(TokenSimilarity.similarity(query.tokens[i], t));
            }
            slots[base] = epoch;
        }
        return Float.intBitsToFloat(slots[base + 1 + qi]);
    }
}
