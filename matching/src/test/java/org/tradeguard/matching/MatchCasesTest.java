package org.tradeguard.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradeguard.model.Entity;
import org.tradeguard.model.Hit;
import org.tradeguard.model.Prop;
import org.tradeguard.model.Provenance;
import org.tradeguard.model.Schema;
import org.tradeguard.model.ScreeningQuery;
import org.tradeguard.model.Snapshot;

/**
 * Table-driven matching behaviour (match-cases.tsv): each case's candidate is indexed as an extra
 * entity beside every bundled list, and the query must alert on it (match) or must not (no).
 */
class MatchCasesTest {

    /**
     * @param match     the query must alert on the candidate
     * @param knownMiss it should, but does not yet: the test checks it still misses, so a fix is
     *                  noticed and the row turned into a plain match
     * @param knownFalseAlert it should not, but does: checked the same way
     */
    record Case(int line, String category, String query, String candidate, Schema schema, boolean match,
                boolean knownMiss, boolean knownFalseAlert, String note) {
        String id() {
            return "case-" + line;
        }

        @Override
        public String toString() {
            return line + " " + category + ": '" + query + "' vs '" + candidate + "' -> "
                        + (knownMiss ? "known_miss" : knownFalseAlert ? "known_false_alert" : match ? "match" : "no");
        }
    }

    static List<Case> cases;
    /** Every case's score, written to target/match-case-scores.tsv for tuning the threshold. */
    static final List<String> SCORES = java.util.Collections.synchronizedList(new ArrayList<>());

    @org.junit.jupiter.api.AfterAll
    static void writeScores() throws IOException {
        java.nio.file.Files.write(java.nio.file.Path.of("target", "match-case-scores.tsv"), SCORES, StandardCharsets.UTF_8);
    }
    static Screener screener;

    static List<Case> load() throws IOException {
        List<Case> out = new ArrayList<>();
        try (InputStream in = MatchCasesTest.class.getResourceAsStream("match-cases.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            boolean header = true;
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (!List.of("match", "no", "known_miss", "known_false_alert").contains(f[4])) {
                    throw new IllegalStateException("match-cases.tsv line " + (i + 1)
                            + ": expect must be match, no, known_miss or known_false_alert, got " + f[4]);
                }
                out.add(new Case(i + 1, f[0], f[1], f[2], Schema.parse(f[3]).orElseThrow(), f[4].equals("match"),
                        f[4].equals("known_miss"), f[4].equals("known_false_alert"), f.length > 5 ? f[5] : ""));
            }
        }
        return out;
    }

    static Stream<Arguments> matchCases() throws IOException {
        return load().stream().map(Arguments::of);
    }

    @BeforeAll
    static void index() throws IOException {
        cases = load();
        Snapshot snap = new Snapshot("cases", "match cases", null, "0".repeat(64), "match-cases.tsv");
        List<Entity> all = new ArrayList<>(BundledBackground.entities());
        for (Case c : cases) {
            all.add(Entity.builder(c.id(), c.schema(), new Provenance(snap, c.id(), c.candidate()))
                    .add(Prop.NAME, c.candidate()).dataset("cases").build());
        }
        screener = Screener.build(all);
    }

    @Test
    void tableIsBalancedAndLargeEnough() {
        long matches = cases.stream().filter(c -> c.match() || c.knownMiss()).count();
        long non = cases.size() - matches;
        assertThat(cases).hasSizeGreaterThanOrEqualTo(300);
        assertThat(non).as("at least as many non-matches as matches").isGreaterThanOrEqualTo(matches);
        assertThat(cases.stream().map(Case::category).distinct().toList())
                .contains("legal_form", "typo", "person", "script", "vessel");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matchCases")
    void matchesAsTheTableSays(Case c) {
        ScreenOptions o = ScreenOptions.defaults().withCutoff(0.0).withLimit(60).withExplain(true);
        List<Hit> hits = screener.screen(new ScreeningQuery(c.query(), c.schema(), null, null, List.of(), null), o);
        Hit own = hits.stream().filter(h -> h.entity().id().equals(c.id())).findFirst().orElse(null);
        String seen = own == null ? "candidate not returned" : "score " + own.score() + " " + own.explanation();
        SCORES.add(c.line() + "\t" + (c.knownMiss() ? "known_miss" : c.knownFalseAlert() ? "known_false_alert" : c.match() ? "match" : "no") + "\t" + (own == null ? 0.0 : own.score()) + "\t" + c.query() + "\t" + c.candidate());
        if (c.knownFalseAlert()) {
            assertThat(own != null && own.alert()).as(c + " no longer alerts: make it a plain 'no' row. " + seen).isTrue();
        } else if (c.knownMiss()) {
            assertThat(own == null || !own.alert()).as(c + " now matches: make it a plain 'match' row. " + seen).isTrue();
        } else if (c.match()) {
            assertThat(own).as(c + ": " + seen).isNotNull();
            assertThat(own.alert()).as(c + ": " + seen).isTrue();
        } else {
            assertThat(own == null || !own.alert()).as(c + ": " + seen).isTrue();
        }
    }
}
