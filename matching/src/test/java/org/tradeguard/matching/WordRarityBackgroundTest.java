package org.tradeguard.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradeguard.model.Entity;
import org.tradeguard.model.Hit;
import org.tradeguard.model.Schema;
import org.tradeguard.model.ScreeningQuery;

/** Word rarity counts the background lists too, so a score does not depend on which lists are screened. */
class WordRarityBackgroundTest {

    private static double score(Screener s, String query, Schema schema, String id) {
        ScreenOptions o = ScreenOptions.defaults().withCutoff(0.0).withLimit(60);
        return s.screen(new ScreeningQuery(query, schema, null, null, List.of(), null), o).stream()
                .filter(h -> h.entity().id().equals(id)).mapToDouble(Hit::score).findFirst().orElse(-1);
    }

    @Test
    void oneListWithTheOthersAsBackgroundScoresAsAllLists() {
        List<Entity> un = new ArrayList<>();
        List<Entity> rest = new ArrayList<>();
        for (Entity e : BundledBackground.entities()) {
            (e.id().startsWith("un-") ? un : rest).add(e);
        }
        Screener all = Screener.build(BundledBackground.entities());
        Screener unWithBackground = Screener.build(un, rest);
        Screener unAlone = Screener.build(un);
        // MAKIN (un-IRe.039), with a generic word added by the query
        double inAll = score(all, "Makin Institute", Schema.ORGANIZATION, "un-IRe.039");
        assertThat(inAll).isPositive();
        assertThat(score(unWithBackground, "Makin Institute", Schema.ORGANIZATION, "un-IRe.039")).isEqualTo(inAll);
        // on the UN list alone "Institute" looks nearly as rare as "Makin": the score differs
        assertThat(score(unAlone, "Makin Institute", Schema.ORGANIZATION, "un-IRe.039")).isNotEqualTo(inAll);
        assertThat(unWithBackground.entityCount()).isEqualTo(unAlone.entityCount());
    }
}
