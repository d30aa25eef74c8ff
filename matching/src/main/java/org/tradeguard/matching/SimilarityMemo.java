package org.tradeguard.matching;

import org.tradeguard.text.Token;

/**
 * Per-thread memo of query-token x list-word similarities for one query. List words repeat across
 * names and entities ("muhammad", "trading"), so each distinct list word is compared with the
 * query's tokens once per query. Entries are stamped with a query epoch instead of being cleared.
 */
final class SimilarityMemo {
    static final int MAX_QUERY_TOKENS = NameScorer.MAX_TOKENS;

    private int[] stamp = new int[0];
    private float[] sims = new float[0];
    private int epoch;
    private PreparedName query;

    private static final ThreadLocal<SimilarityMemo> MEMO = ThreadLocal.withInitial(SimilarityMemo::new);

    /** The calling thread's memo, reset for a new query over an index of {@code distinctTokens} words. */
    static SimilarityMemo forQuery(PreparedName query, int distinctTokens) {
        SimilarityMemo m = MEMO.get();
        if (m.stamp.length < distinctTokens) {
            m.stamp = new int[distinctTokens];
            m.sims = new float[distinctTokens * MAX_QUERY_TOKENS];
            m.epoch = 0;
        }
        m.epoch++;
        if (m.epoch == Integer.MAX_VALUE) {
            java.util.Arrays.fill(m.stamp, 0);
            m.epoch = 1;
        }
        m.query = query;
        return m;
    }

    /** Similarity of query token {@code qi} and list token {@code t} with interned id {@code id}. */
    float similarity(int qi, int id, Token t) {
        int base = id * MAX_QUERY_TOKENS;
        if (stamp[id] != epoch) {
            int qn = Math.min(query.tokens.length, MAX_QUERY_TOKENS);
            for (int i = 0; i < qn; i++) {
                sims[base + i] = TokenSimilarity.similarity(query.tokens[i], t);
            }
            stamp[id] = epoch;
        }
        return sims[base + qi];
    }
}
