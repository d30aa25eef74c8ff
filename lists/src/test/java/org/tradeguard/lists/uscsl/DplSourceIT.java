package org.tradeguard.lists.uscsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tradeguard.lists.ListLoad;
import org.tradeguard.lists.RecordProblem;
import org.tradeguard.lists.SourceInput;
import org.tradeguard.model.Entity;
import org.tradeguard.model.Prop;

/** The bundled BIS Denied Persons List (2022-09, 581 rows). */
class DplSourceIT {

    @Test
    void loadsTheBundledFile() throws Exception {
        ListLoad l = new DplSource().load(SourceInput.ofResources(DplSource.class, "/bundled/dpl", List.of("dpl_2022-09.txt")));

        assertThat(l.report().records()).isEqualTo(581);
        assertThat(l.report().skipped()).isZero();
        assertThat(l.countsBySchema()).containsEntry("LegalEntity", 487).containsEntry("Sanction", 487).hasSize(2);
        assertThat(l.report().counters())
                .containsEntry("rows merged into the same party (same name, Effective_Date and FR_Citation)", 94L)
                .doesNotContainKey("id digest collisions");
        assertThat(l.report().problems()).extracting(RecordProblem::location, RecordProblem::field)
                .containsExactly(tuple("line 306", "Last_Update"),
                        tuple("line 343", "Last_Update"));
        assertThat(l.snapshot().published()).isEqualTo(LocalDate.of(2022, 9, 2));

        Map<String, Entity> byId = l.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
        assertThat(byId).hasSize(974);
        Entity zadeh = byId.get("dpl-157344418153");
        assertThat(zadeh.get(Prop.NAME)).containsExactly("MANSOUR ZADEH");
        assertThat(zadeh.get(Prop.ADDRESS)).hasSize(4);
        assertThat(zadeh.get(Prop.MODIFIED_AT)).containsExactly("2017-08-22");
        assertThat(byId.get("dpl-157344418153-sanction").get(Prop.END_DATE)).containsExactly("2026-12-14");
        assertThat(byId.get("dpl-368027337616").get(Prop.NAME)).containsExactly("I. ASH");
        assertThat(l.entities()).filteredOn(e -> e.id().endsWith("-sanction"))
                .allSatisfy(s -> assertThat(s.get(Prop.START_DATE)).hasSize(1));
    }
}
