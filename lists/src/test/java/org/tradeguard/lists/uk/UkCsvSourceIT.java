package org.tradeguard.lists.uk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tradeguard.lists.ListLoad;
import org.tradeguard.lists.un.UnXmlSource;
import org.tradeguard.model.Entity;
import org.tradeguard.model.Schema;

/** The bundled UK set read whole, and its UN references resolved against the bundled UN list. */
class UkCsvSourceIT {

    @Test
    void bundledSet() throws IOException {
        ListLoad load = new UkCsvSource().load(UkCsvSource.bundled());

        assertThat(load.snapshot().published()).isEqualTo(LocalDate.of(2026, 4, 29));
        assertThat(load.snapshot().origin()).isEqualTo("bundled:/bundled/uk");
        assertThat(load.report().records()).isEqualTo(6_046 + 15_050 + 22_787 + 3_538 + 88_029);
        assertThat(load.report().skipped()).isZero();
        assertThat(load.report().problems()).isEmpty();
        assertThat(load.countsBySchema()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Person", 3_883, "Organization", 1_531, "Vessel", 632, "Sanction", 6_046,
                "Passport", 725, "Identification", 418));
        assertThat(load.report().counters())
                .containsEntry("subjects with a UN reference", 1_002L)
                .containsEntry("names: primary", 6_051L)
                .containsEntry("names: alias low_quality_aka", 599L)
                .containsEntry("names: primary_variation low_quality_aka", 6L)
                .containsEntry("UN references re-cased to the UN's form", 3L)
                .containsEntry("subject_identifiers.csv: repeated rows", 20_414L)
                .containsEntry("unmapped country: Former USSR", 7L)
                .doesNotContainKey("unknown regime prefix: RUS");

        Map<String, Entity> byId = load.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
        Entity mzkt = byId.get("uk-BEL0066");
        assertThat(mzkt.get("name")).containsExactly("MZKT (Minsk Wheel Tractor Plant)");
        assertThat(mzkt.get("alias")).containsExactly("Volat (Giant)");
        assertThat(byId.get("uk-DPR0075").get("imoNumber")).containsExactly("IMO9562233");
        assertThat(byId.get("uk-AFG0006").get("unscId")).containsExactly("TAi.002");
        assertThat(byId.get("uk-AFG0006-sanction").get("unscId")).containsExactly("TAi.002");
        // every party has a regime, a sanction and a name
        assertThat(load.entities()).filteredOn(e -> e.schema().matchable()).hasSize(6_046)
                .allSatisfy(e -> {
                    assertThat(e.get("program")).hasSize(1);
                    assertThat(e.get("name")).isNotEmpty();
                    assertThat(byId).containsKey(e.id() + "-sanction");
                });
    }

    /** The evaluation queries UK names against the UN list through {@code unscId}. */
    @Test
    void unReferencesResolveToTheBundledUnList() throws IOException {
        ListLoad uk = new UkCsvSource().load(UkCsvSource.bundled());
        ListLoad un = new UnXmlSource().load(UnXmlSource.bundled());
        Map<String, Entity> unById = un.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));

        List<Entity> referenced = uk.entities().stream()
                .filter(e -> e.schema().matchable() && e.first(UkCsvSource.UN_REFERENCE) != null).toList();
        Map<Boolean, List<Entity>> resolved = referenced.stream()
                .collect(Collectors.partitioningBy(e -> unById.containsKey("un-" + e.first(UkCsvSource.UN_REFERENCE))));

        assertThat(referenced).hasSize(1_002);
        assertThat(resolved.get(true)).hasSize(995);
        // listed by the UN after 2026-02-27 (QDi.437/438, SDi.011-014) or not in that snapshot (HTi.010)
        assertThat(resolved.get(false)).extracting(e -> e.first(UkCsvSource.UN_REFERENCE))
                .containsExactlyInAnyOrder("QDi.437", "QDi.438", "HTi.010", "SDi.011", "SDi.012", "SDi.013", "SDi.014");
        // UK individuals meet UN persons, UK entities UN organisations
        assertThat(resolved.get(true)).allSatisfy(e -> {
            Schema unSchema = unById.get("un-" + e.first(UkCsvSource.UN_REFERENCE)).schema();
            assertThat(e.schema().compatibleWith(unSchema)).as(e.id()).isTrue();
        });
        Entity akhund = unById.get("un-TAi.002");
        assertThat(akhund.get("name")).containsExactly("MOHAMMAD HASSAN AKHUND");
    }
}
