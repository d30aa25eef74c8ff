package org.tradeguard.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTest {

    @ParameterizedTest(name = "{0} / {1} = {2}")
    @CsvSource({
            "granpect, granpekt, 1",
            "muhammad, mohammed, 2",
            "ab, ba, 1",                 // an adjacent transposition is one edit
            "ca, abc, 3",                // optimal string alignment: no edit of a transposed pair
            "tianjin, tianjin, 0",
            "'', abc, 3",
            "abc, '', 3",
            "xian, xianlongde, 6",
    })
    void distances(String a, String b, int expected) {
        assertThat(EditDistance.osa(a, b, 100)).isEqualTo(expected);
        assertThat(EditDistance.osa(b, a, 100)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} / {1} limit {2} = {3}")
    @CsvSource({
            "granpect, granpekt, 1, 1",   // at the limit: the limit
            "granpect, granpekt, 2, 1",
            "abcdef, uvwxyz, 3, 3",
            "short, muchlongerword, 4, 4", // lengths apart by the limit or more
            "abc, abc, 0, 0",
    })
    void capsAtTheLimit(String a, String b, int limit, int expected) {
        assertThat(EditDistance.osa(a, b, limit)).isEqualTo(expected);
    }

    /** Seeded random strings over a small alphabet (many near-misses), all limits: as the plain full table. */
    @Test
    void agreesWithTheFullTable() {
        SplittableRandom random = new SplittableRandom(20261124L);
        for (int round = 0; round < 20_000; round++) {
            String a = randomWord(random);
            String b = random.nextInt(3) == 0 ? mutate(a, random) : randomWord(random);
            int full = reference(a, b);
            for (int limit = 0; limit <= 12; limit++) {
                assertThat(EditDistance.osa(a, b, limit))
                        .as("osa(%s, %s, %d), distance %d", a, b, limit, full)
                        .isEqualTo(Math.min(full, limit));
            }
        }
    }

    private static String randomWord(SplittableRandom random) {
        int n = random.nextInt(0, 14);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append("abcde".charAt(random.nextInt(5)));
        }
        return sb.toString();
    }

    private static String mutate(String a, SplittableRandom random) {
        StringBuilder sb = new StringBuilder(a);
        int edits = random.nextInt(1, 4);
        for (int e = 0; e < edits && sb.length() > 1; e++) {
            int i = random.nextInt(sb.length() - 1);
            switch (random.nextInt(4)) {
                case 0 -> sb.deleteCharAt(i);
                case 1 -> sb.insert(i, 'x');
                case 2 -> sb.setCharAt(i, 'y');
                default -> {
                    char c = sb.charAt(i);
                    sb.setCharAt(i, sb.charAt(i + 1));
                    sb.setCharAt(i + 1, c);
                }
            }
        }
        return sb.toString();
    }

    /** The textbook optimal-string-alignment table, in full. */
    private static int reference(String a, String b) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[n][m];
    }
}
