package org.tradeguard.lists.uscsl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tradeguard.lists.ListLoad;
import org.tradeguard.lists.SourceInput;
import org.tradeguard.model.Entity;
import org.tradeguard.model.Prop;
import org.tradeguard.model.Schema;

/** The bundled partial CSL (2023-11, 4,228 data rows, the last one truncated upstream). */
class CslCsvSourceIT {

    @Test
    void loadsTheBundledFile() throws Exception {
        ListLoad l = new CslCsvSource(LocalDate.of(2023, 11, 30)).load(SourceInput.ofResources(CslCsvSource.class,
                "/bundled/csl", List.of("consolidated_partial_2023-11.csv")));

        assertThat(l.report().records()).isEqualTo(4227);
        assertThat(l.report().skipped()).isEqualTo(1);
        assertThat(l.report().problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("line 4233");
            assertThat(p.message()).startsWith("quoted field not closed before the end of the file");
        });
        assertThat(l.report().counters()).containsEntry("repeated header row", 1L)
                .containsEntry("rows: sdn", 1737L).containsEntry("rows: el", 919L).containsEntry("rows: dpl", 577L)
                .containsEntry("rows: ssi", 288L).containsEntry("rows: uvl", 186L).containsEntry("rows: isn", 144L)
                .containsEntry("rows: dtc", 142L).containsEntry("rows: plc", 78L).containsEntry("rows: meu", 71L)
                .containsEntry("rows: cmic", 68L).containsEntry("rows: ns-mbs", 14L).containsEntry("rows: fse", 1L)
                .containsEntry("rows: cap", 1L);
        assertThat(l.countsBySchema()).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "Identification", 1573, "LegalEntity", 2039, "Organization", 1060, "Passport", 328,
                "Person", 1124, "Sanction", 4226, "Vessel", 3)));
        assertThat(l.snapshot().published()).isEqualTo(LocalDate.of(2023, 11, 30));

        Map<String, Entity> byId = l.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
        Set<String> parties = l.entities().stream().filter(e -> e.schema().matchable()).map(Entity::id)
                .collect(Collectors.toSet());
        assertThat(parties).hasSize(4226);
        assertThat(l.entities()).filteredOn(e -> e.schema() == Schema.SANCTION)
                .allSatisfy(s -> assertThat(parties).contains(s.first(Prop.ENTITY)));
        assertThat(l.entities()).filteredOn(e -> e.schema().isA(Schema.IDENTIFICATION))
                .allSatisfy(i -> assertThat(parties).contains(i.first(Prop.HOLDER)));

        long elWithPolicy = l.entities().stream()
                .filter(e -> e.id().startsWith("csl-el-") && e.schema() == Schema.SANCTION)
                .filter(e -> !e.get(Prop.LICENSE_REQUIREMENT).isEmpty() && !e.get(Prop.LICENSE_POLICY).isEmpty())
                .count();
        // every Entity List row but one (line 2713, Chengdu GaStone Technology: both fields empty upstream)
        assertThat(elWithPolicy).isEqualTo(918);

        Entity soleimani = byId.get("csl-sdn-10481");
        assertThat(soleimani.get(Prop.NAME)).containsExactly("SOLEIMANI, Qasem");
        assertThat(soleimani.get(Prop.PROGRAM)).contains("NPWMD", "IRGC");
        Entity ash = byId.get("csl-dpl-278be3e06d711cd8c6ea146bcd625d9f17cc901b980ea83daec759d2");
        assertThat(ash.get(Prop.TOPICS)).containsExactly("debarment");
        assertThat(byId.get("csl-sdn-4238").schema()).isEqualTo(Schema.VESSEL);
    }
}
