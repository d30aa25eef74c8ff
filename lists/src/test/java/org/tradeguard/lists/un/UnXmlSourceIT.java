package org.tradeguard.lists.un;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tradeguard.lists.ListLoad;
import org.tradeguard.lists.SourceInput;
import org.tradeguard.model.Entity;
import org.tradeguard.model.Schema;

/** The bundled 2026-02-27 list and the 2025-11-20 sample, read whole. */
class UnXmlSourceIT {

    private static Map<String, Entity> byId(ListLoad load) {
        return load.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
    }

    private static Set<String> parties(ListLoad load) {
        return load.entities().stream().filter(e -> e.schema().matchable()).map(Entity::id).collect(Collectors.toSet());
    }

    @Test
    void bundledList() throws IOException {
        ListLoad load = new UnXmlSource().load(UnXmlSource.bundled());

        assertThat(load.snapshot().published()).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(load.snapshot().origin()).isEqualTo("bundled:/bundled/un");
        assertThat(load.report().records()).isEqualTo(1003);
        assertThat(load.report().skipped()).isZero();
        assertThat(load.countsBySchema()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Person", 730, "Organization", 273, "Sanction", 1003, "Passport", 315, "Identification", 139));
        assertThat(load.report().counters())
                .containsEntry("empty alias elements", 291L)
                .containsEntry("original-script names", 378L)
                .containsEntry("alias names (alias)", 2205L)
                .containsEntry("alias names (weakAlias)", 623L)
                .containsEntry("alias names (previousName)", 19L)
                .containsEntry("unmapped country: former Soviet Union", 1L);
        // only the two birth dates no reader can turn into a Gregorian date
        assertThat(load.report().problems()).extracting(p -> p.recordId()).containsExactly("LYi.022", "QDi.291");

        Map<String, Entity> byId = byId(load);
        Entity zawahiri = byId.get("un-QDi.006");
        assertThat(zawahiri.get("alias")).contains("أيمن محمد ربيع الظواهري");
        assertThat(zawahiri.get("nationality")).containsExactly("eg");
        assertThat(byId.get("un-QDi.006-sanction").get("listingDate")).containsExactly("2001-01-25");
        // a Korean-order name and an entity of the DPRK regime
        assertThat(byId.get("un-KPi.001").get("lastName")).containsExactly("YUN");
        assertThat(byId.get("un-KPe.001").schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(byId.get("un-KPe.001").get("alias")).contains("CHANGGWANG SINYONG CORPORATION", "\"KOMID\"");
        // a listing date written with a zone offset ("2015-07-01-04:00")
        assertThat(byId.get("un-SSi.001-sanction").get("listingDate")).containsExactly("2015-07-01");
        // UN country names the shared table lacks ("Bosnia and Herzegovina", "Trinidad and Tobago")
        assertThat(load.entities()).flatExtracting(e -> e.get("nationality")).contains("ba", "tt");
        // a name followed by the same name in Chinese script
        assertThat(load.entities()).flatExtracting(e -> e.get("alias")).contains("Jin Tiesan", "金铁三");
        // every party has a program and its sanction
        assertThat(load.entities()).filteredOn(e -> e.schema().matchable())
                .allSatisfy(e -> {
                    assertThat(e.get("program")).hasSize(1);
                    assertThat(byId).containsKey(e.id() + "-sanction");
                });
    }

    @Test
    void novemberSnapshotAndItsDifferences() throws IOException {
        ListLoad nov = new UnXmlSource().load(
                SourceInput.ofPath(Path.of("src/test/resources/samples/un-consolidated-2025-11-20.xml")));

        assertThat(nov.snapshot().published()).isEqualTo(LocalDate.of(2025, 11, 20));
        assertThat(nov.report().records()).isEqualTo(1000);
        assertThat(nov.report().skipped()).isZero();
        assertThat(nov.countsBySchema()).containsEntry("Person", 727).containsEntry("Organization", 273)
                .containsEntry("Sanction", 1000);
        assertThat(byId(nov).get("un-QDi.006").get("name")).containsExactly("AIMAN MUHAMMED RABI AL-ZAWAHIRI");

        ListLoad feb = new UnXmlSource().load(UnXmlSource.bundled());
        Set<String> added = parties(feb);
        added.removeAll(parties(nov));
        Set<String> removed = parties(nov);
        removed.removeAll(parties(feb));
        assertThat(added).containsExactlyInAnyOrder("un-SDi.007", "un-SDi.008", "un-SDi.009", "un-SDi.010");
        assertThat(removed).containsExactly("un-IQi.074");
        assertThat(byId(feb).get("un-SDi.010-sanction").get("listingDate")).containsExactly("2026-02-24");
        assertThat(nov.snapshot().sha256()).isNotEqualTo(feb.snapshot().sha256());
    }
}
