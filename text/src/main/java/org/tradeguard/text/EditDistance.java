package org.tradeguard.text;

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
public final class EditDistance {
    private EditDistance() {}

    private static final ThreadLocal<int[][]> ROWS = ThreadLocal.withInitial(() -> new int[3][64]);

    /** Distance between a and b; returns {@code limit} when it is at least that (early exit). */
    public static int osa(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        if (n == 0) {
            return Math.min(m, limit);
        }
        if (m == 0) {
            return Math.min(n, limit);
        }
        int[][] rows = ROWS.get();
        if (rows[0].length < m + 1) {
            rows = new int[3][m + 1];
            ROWS.set(rows);
        }
        int[] prev2 = rows[0];
        int[] prev = rows[1];
        int[] cur = rows[2];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                char cb = b.charAt(j - 1);
                int cost = ca == cb ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
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
