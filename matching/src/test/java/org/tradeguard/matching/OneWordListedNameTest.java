package org.tradeguard.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tradeguard.model.Entity;
import org.tradeguard.model.Hit;
import org.tradeguard.model.Schema;
import org.tradeguard.model.ScreeningQuery;

/**
 * A listed name of one word found in a longer query: found exactly it names the party whatever
 * the query adds, met only by sound it does not ("IRANIAN POLICE" is not "PJSC Polyus").
 * Screened against the bundled UK list alone (the others as background for word weights): there
 * the listed names below are candidates; among every list other names crowd them out, which is
 * why these are not rows of match-cases.tsv.
 */
class OneWordListedNameTest {

    static Screener uk;

    @BeforeAll
    static void index() {
        List<Entity> screened = new ArrayList<>();
        List<Entity> background = new ArrayList<>();
        for (Entity e : BundledBackground.entities()) {
            (e.id().startsWith("uk-") ? screened : background).add(e);
        }
        uk = Screener.build(screened, background);
    }

    private static Hit hit(String query, String id) {
        ScreenOptions o = ScreenOptions.defaults().withCutoff(0.0).withLimit(60);
        return uk.screen(new ScreeningQuery(query, Schema.ORGANIZATION, null, null, List.of(), null), o).stream()
                .filter(h -> h.entity().id().equals(id)).findFirst().orElse(null);
    }

    @ParameterizedTest(name = "{0} / {1}: alert {2}")
    @CsvSource(delimiter = '|', textBlock = """
            IRANIAN POLICE                                     | uk-RUS1844 | false
            PUBLIC JOINT STOCK COMPANY MODERN COMMERCIAL FLEET | uk-SYR0388 | false
            STAR SAPPHIRE CO. LTD.                             | uk-INU0076 | false
            Polyus Gold PJSC                                   | uk-RUS1844 | true
            Velada Syria LLC                                   | uk-SYR0388 | true
            """)
    void aOneWordListedNameMetBySoundDoesNotAlert(String query, String id, boolean alert) {
        Hit h = hit(query, id);
        assertThat(h).as("%s is a candidate for %s", id, query).isNotNull();
        assertThat(h.alert()).as("%s / %s: score %s", query, id, h.score()).isEqualTo(alert);
    }
}
