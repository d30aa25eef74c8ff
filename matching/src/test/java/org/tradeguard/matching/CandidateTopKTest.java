package org.tradeguard.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The candidate stage's selection of the best names: the same ids, in the same order, as a full sort. */
class CandidateTopKTest {

    @Test
    void sameAsSortingEverything() {
        SplittableRandom random = new SplittableRandom(20261124L);
        for (int round = 0; round < 5_000; round++) {
            int n = random.nextInt(0, 600);
            int k = random.nextInt(0, 200);
            long[] packed = new long[n + random.nextInt(5)]; // (the scratch array may be longer)
            int[] ids = random.ints(0, 1_000_000).distinct().limit(n).toArray();
            for (int i = 0; i < n; i++) {
                // few distinct scores: ties are ordered by the lower id
                float score = random.nextInt(8) * 0.5f;
                packed[i] = ((long) Float.floatToIntBits(score) << 32) | (Integer.MAX_VALUE - ids[i]);
            }
            long[] expectedOrder = Arrays.copyOf(packed, n);
            Arrays.sort(expectedOrder);
            int m = Math.min(k, n);
            int[] expected = new int[m];
            for (int i = 0; i < m; i++) {
                expected[i] = Integer.MAX_VALUE - (int) (expectedOrder[n - 1 - i] & 0xFFFFFFFFL);
            }
            assertThat(CandidateIndex.topK(packed, n, k)).as("n=%d k=%d", n, k).containsExactly(expected);
        }
    }
}
