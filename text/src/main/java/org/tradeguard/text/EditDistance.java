package org.tradeguard.text;

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
public final class EditDistance {
    private EditDistance() {}

    /** Per-thread rows of the table and the two strings' letters: a distance allocates nothing. */
    private static final class Scratch {
        int[] prev2 = new int[64];
        int[] prev = new int[64];
        int[] cur = new int[64];
        char[] a = new char[64];
        char[] b = new char[64];

        Scratch ensure(int n, int m) {
            if (prev.length < m + 1) {
                prev2 = new int[m + 1];
                prev = new int[m + 1];
                cur = new int[m + 1];
            }
            if (a.length < n) {
                a = new char[n];
            }
            if (b.length < m) {
                b = new char[m];
            }
            return this;
        }
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /**
     * Distance between a and b; returns {@code limit} when it is at least that. Only the band of
     * cells within {@code limit} of the diagonal is computed (a cell further off is at least
     * {@code limit}), values are capped at the limit, and a row entirely at the limit ends it.
     */
    public static int osa(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        if (limit <= 0 || Math.abs(n - m) >= limit) {
            return limit; // the distance is at least the difference in length
        }
        if (n == 0 || m == 0) {
            return Math.max(n, m); // (under the limit: the lengths differ by less)
        }
        Scratch s = SCRATCH.get().ensure(n, m);
        char[] ca = s.a;
        char[] cb = s.b;
        a.getChars(0, n, ca, 0);
        b.getChars(0, m, cb, 0);
        int[] prev2 = s.prev2;
        int[] prev = s.prev;
        int[] cur = s.cur;
        for (int j = 0; j <= m; j++) {
            prev[j] = Math.min(j, limit);
        }
        for (int i = 1; i <= n; i++) {
            int lo = Math.max(1, i - limit + 1);
            int hi = Math.min(m, i + limit - 1);
            // the cells bordering the band, read by this row and the next two
            cur[lo - 1] = lo == 1 ? Math.min(i, limit) : limit;
            if (hi < m) {
                cur[hi + 1] = limit;
            }
            int rowMin = lo == 1 ? cur[0] : limit;
            char x = ca[i - 1];
            for (int j = lo; j <= hi; j++) {
                char y = cb[j - 1];
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (x == y ? 0 : 1));
                if (i > 1 && j > 1 && x == cb[j - 2] && ca[i - 2] == y) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                v = Math.min(v, limit);
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin >= limit) {
                return limit;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[m], limit);
    }
}
