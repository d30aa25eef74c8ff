package org.tradeguard.lists.ftm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tradeguard.lists.ListLoad;
import org.tradeguard.lists.SourceInput;
import org.tradeguard.model.Entity;
import org.tradeguard.model.Prop;

/** The bundled OpenSanctions samples: zala_cluster (91), t1 (7) and the two t2 deltas (2 + 2 ops). */
class FtmJsonSourceIT {

    @Test
    void loadsTheBundledFiles() throws Exception {
        ListLoad l = new FtmJsonSource().load(SourceInput.ofResources(FtmJsonSource.class, "/bundled/opensanctions", List.of(
                "t2_20240528014702.entities.delta.json", "zala_cluster.entities.ftm.json",
                "t2_20240527194702.entities.delta.json", "t1.entities.ftm.json")));

        assertThat(l.report().records()).isEqualTo(102);
        assertThat(l.report().skipped()).isZero();
        assertThat(l.report().problems()).isEmpty();
        assertThat(l.report().counters()).containsEntry("delta ADD", 3L).containsEntry("delta MOD", 1L)
                .doesNotContainKeys("delta MOD of an unknown id (added)", "delta DEL of an unknown id");
        assertThat(l.countsBySchema()).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "Address", 12, "Company", 11, "Directorship", 3, "Family", 4, "Organization", 4,
                "Ownership", 14, "Passport", 1, "Person", 11, "Sanction", 41)));
        assertThat(l.snapshot().published()).isEqualTo(LocalDate.of(2026, 4, 29));
        assertThat(l.entities()).allSatisfy(e -> assertThat(e.datasets()).contains("opensanctions"));

        Map<String, Entity> byId = l.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
        assertThat(byId.get("NK-aU5ybkbRFJucf8YMwsJvDw").get(Prop.ALIAS)).contains("ЗАХАРОВ Александр Вячеславович");
        assertThat(byId.get("NK-2T3S8Hu29ktYnKSTgQp2wL").first(Prop.NAME)).isEqualTo("Foobar Foobargroup");
        assertThat(l.entities()).filteredOn(e -> e.schema().code().equals("Ownership"))
                .allSatisfy(o -> assertThat(byId).containsKeys(o.first(Prop.OWNER), o.first(Prop.ASSET)));
    }
}
