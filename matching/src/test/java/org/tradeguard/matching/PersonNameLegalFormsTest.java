package org.tradeguard.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tradeguard.model.Entity;
import org.tradeguard.model.Hit;
import org.tradeguard.model.Prop;
import org.tradeguard.model.Provenance;
import org.tradeguard.model.Schema;
import org.tradeguard.model.ScreeningQuery;
import org.tradeguard.model.Snapshot;

/**
 * A person's name has no legal form: initials that would spell one ("S. A." for "S.A.", "A. O."
 * for the Russian "AO"), or a name part that would ("Doo" for the Serbian "d.o.o.", "Too" for the
 * Kazakh "TOO"), are the person's. A query of no known kind is read both ways: as an
 * organisation's name against organisations, as a person's against persons.
 */
class PersonNameLegalFormsTest {

    static Screener screener;

    @BeforeAll
    static void index() {
        Snapshot snap = new Snapshot("cases", "person name cases", null, "0".repeat(64), "PersonNameLegalFormsTest");
        List<Entity> listed = List.of(
                entity(snap, "p-gizunov", Schema.PERSON, "GIZUNOV, Sergey Aleksandrovich"),
                entity(snap, "p-orlov", Schema.PERSON, "ORLOV, Anatoly Olegovich"),
                entity(snap, "p-too", Schema.PERSON, "TOO, Kiprono Kimutai"),
                entity(snap, "p-kim", Schema.PERSON, "KIM, Jong Il"),
                entity(snap, "o-virmavia", Schema.ORGANIZATION, "VIRMAVIA OU"),
                entity(snap, "o-gizunov", Schema.ORGANIZATION, "GIZUNOV TRADING S.A."));
        screener = Screener.build(listed, BundledBackground.entities());
    }

    private static Entity entity(Snapshot snap, String id, Schema schema, String name) {
        return Entity.builder(id, schema, new Provenance(snap, id, name)).add(Prop.NAME, name).dataset("cases").build();
    }

    private static double score(String query, Schema schema, String id) {
        ScreenOptions o = ScreenOptions.defaults().withCutoff(0.0).withLimit(20);
        return screener.screen(new ScreeningQuery(query, schema, null, null, List.of(), null), o).stream()
                .filter(h -> h.entity().id().equals(id)).mapToDouble(Hit::score).findFirst().orElse(0.0);
    }

    @ParameterizedTest(name = "{0} ({1}) / {2}: alert {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            S. A. Gizunov         | Person       | p-gizunov  | true
            S. A. Gizunov         | -            | p-gizunov  | true
            Gizunov S.A.          | -            | p-gizunov  | true
            Gizunov S.A.          | LegalEntity  | p-gizunov  | true
            A. O. Orlov           | Person       | p-orlov    | true
            A. O. Orlov           | -            | p-orlov    | true
            Kiprono Too           | Person       | p-too      | true
            Kiprono Too           | -            | p-too      | true
            Kim Doo Il            | Person       | p-kim      | false
            Kim Doo Il            | -            | p-kim      | false
            Virmavia              | -            | o-virmavia | true
            Virmavia OU           | Organization | o-virmavia | true
            Gizunov Trading SA    | -            | o-gizunov  | true
            Gizunov Trading       | Organization | o-gizunov  | true
            """)
    void aPersonsNameHasNoLegalForm(String query, String schema, String id, boolean alert) {
        Schema s = schema == null ? null : Schema.parse(schema).orElseThrow();
        double score = score(query, s, id);
        assertThat(score >= ScreenOptions.defaults().threshold()).as("%s / %s: score %s", query, id, score).isEqualTo(alert);
    }
}
