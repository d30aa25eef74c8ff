package org.tradeguard.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random names, mixing scripts, combining marks, surrogate pairs, right-to-left text and
 * punctuation. Invariants: no exception, no empty token, offsets inside the string and never
 * going backwards, folding idempotent (a token's folded text analyses to itself), and the
 * same name always gives the same tokens (index side = query side).
 */
class PipelineInvariantsTest {

    static final long SEED = Long.getLong("tg.seed", 20261123L);

    private static final int[][] RANGES = {
        {'a', 'z'}, {'A', 'Z'}, {'0', '9'}, {0xC0, 0x17F}, // Latin + Latin-1/Extended-A
        {0x300, 0x36F}, // combining marks
        {0x391, 0x3C9}, // Greek
        {0x410, 0x44F}, // Cyrillic
        {0x5D0, 0x5EA}, // Hebrew (RTL)
        {0x621, 0x64A}, // Arabic (RTL)
        {0x4E00, 0x4E50}, // Han
        {0xAC00, 0xAC50}, // Hangul
        {0x30A1, 0x30F6}, // Katakana
        {0x1F600, 0x1F64F}, // emoji (surrogate pairs)
        {0x1D400, 0x1D433}, // mathematical letters (surrogate pairs, NFKC to Latin)
        {' ', ' '}, {'-', '-'}, {'\'', '\''}, {'.', '.'}, {',', ','}, {0x200F, 0x200F}, // RLM
    };

    static String randomName(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + r.nextInt(30);
        for (int i = 0; i < n; i++) {
            int[] range = RANGES[r.nextInt(RANGES.length)];
            sb.appendCodePoint(range[0] + r.nextInt(range[1] - range[0] + 1));
        }
        return sb.toString();
    }

    @Test
    void invariantsHoldOnRandomNames() {
        Random r = new Random(SEED);
        NamePipeline p = NamePipeline.standard();
        for (int i = 0; i < 20_000; i++) {
            String name = randomName(r);
            String context = "seed " + SEED + " case " + i + " name '" + name + "'";
            AnalyzedName a = p.analyze(name);
            int lastStart = 0;
            for (Token t : a.tokens()) {
                assertThat(t.text()).as(context).isNotEmpty();
                assertThat(t.key()).as(context).isNotEmpty();
                assertThat(t.text()).as(context).matches("[a-z0-9]+");
                assertThat(t.start()).as(context).isGreaterThanOrEqualTo(lastStart);
                assertThat(t.end()).as(context).isLessThanOrEqualTo(name.length()).isGreaterThan(t.start());
                lastStart = t.start();
            }
            assertThat(keys(p.analyze(name))).as(context + " deterministic").isEqualTo(keys(a));
            for (Token t : a.tokens()) {
                AnalyzedName again = p.analyze(t.text());
                assertThat(String.join("", texts(again))).as(context + " folding idempotent on token '" + t.text() + "'")
                        .isEqualTo(t.text());
            }
        }
    }

    private static List<String> keys(AnalyzedName a) {
        List<String> out = new ArrayList<>();
        for (Token t : a.tokens()) {
            out.add(t.key() + "/" + t.kind());
        }
        return out;
    }

    private static List<String> texts(AnalyzedName a) {
        List<String> out = new ArrayList<>();
        for (Token t : a.tokens()) {
            out.add(t.text());
        }
        return out;
    }
}
