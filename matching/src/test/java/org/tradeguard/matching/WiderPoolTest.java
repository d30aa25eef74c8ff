package org.tradeguard.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradeguard.model.Entity;
import org.tradeguard.model.Hit;
import org.tradeguard.model.Prop;
import org.tradeguard.model.Provenance;
import org.tradeguard.model.Schema;
import org.tradeguard.model.ScreeningQuery;
import org.tradeguard.model.Snapshot;

/**
 * An Arabic-script query that alerts on nothing among the first candidates is screened against a
 * wider pool: the listed party ranked behind many names that share its one indexed word is found.
 */
class WiderPoolTest {

    private static final Snapshot SNAP = new Snapshot("pool", "wider pool test", null, "0".repeat(64), "test");

    private static Entity person(String id, String name) {
        return Entity.builder(id, Schema.PERSON, new Provenance(SNAP, id, "")).add(Prop.NAME, name).build();
    }

    @Test
    void abjadQueryFindsAPartyRankedPastTheFirstCandidates() {
        List<Entity> all = new ArrayList<>();
        // "يحيى" reads as one consonant and is not indexed: only "حقانی" finds names, and these
        // (Muhammad being commoner than Yahya) rank first, more than the first candidates hold
        int decoys = Screener.CANDIDATE_ENTITIES + 40;
        for (int i = 0; i < decoys; i++) {
            all.add(person(String.format("decoy-%03d", i), "HAQQANI, Muhammad"));
        }
        all.add(person("target", "YAHYA HAQQANI"));
        // the real lists count for word rarity only: their own Yahya Haqqani is not screened
        Screener screener = Screener.build(all, BundledBackground.entities());

        List<Hit> hits = screener.screen(new ScreeningQuery("يحيى حقانی", Schema.PERSON, null, null, List.of(), null),
                ScreenOptions.defaults());

        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).entity().id()).isEqualTo("target");
        assertThat(hits.get(0).alert()).isTrue();
    }
}
