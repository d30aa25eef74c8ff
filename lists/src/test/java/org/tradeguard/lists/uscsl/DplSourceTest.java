package org.tradeguard.lists.uscsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tradeguard.lists.ListFormatException;
import org.tradeguard.lists.ListLoad;
import org.tradeguard.lists.RecordProblem;
import org.tradeguard.lists.SourceInput;
import org.tradeguard.model.Entity;
import org.tradeguard.model.Prop;
import org.tradeguard.model.Schema;

/** Real DPL rows (2022-09), including the upstream typos in Last_Update and repeated parties. */
class DplSourceTest {

    // digests of name + Effective_Date + FR_Citation: must never change, ids are stored
    private static final String ASH = "dpl-368027337616";
    private static final String VILLA = "dpl-997444184782";
    private static final String ZHOU = "dpl-255149896573";
    private static final String KNOKKE = "dpl-138592143396";
    private static final String ZADEH = "dpl-157344418153";

    private static ListLoad load;
    private static Map<String, Entity> byId;

    @BeforeAll
    static void loadExcerpt() throws Exception {
        load = new DplSource(LocalDate.of(2000, 1, 1)).load(SourceInput.ofPath(CslCsvSourceTest.resource("dpl_excerpt.txt")));
        byId = load.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
    }

    @Test
    void rowsOfOnePartyUnderOneOrderAreMerged() {
        assertThat(load.report().records()).isEqualTo(11);
        assertThat(load.report().skipped()).isZero();
        assertThat(load.countsBySchema()).containsEntry("LegalEntity", 6).containsEntry("Sanction", 6);
        assertThat(load.report().counters())
                .containsEntry("rows merged into the same party (same name, Effective_Date and FR_Citation)", 5L);
        assertThat(byId.get(ZADEH).get(Prop.ADDRESS)).hasSize(4);
        assertThat(byId.get(ZADEH).provenance().raw().lines()).hasSize(4);
        // two byte-identical rows upstream
        assertThat(byId.get(ZHOU).get(Prop.ADDRESS)).hasSize(1);
        assertThat(load.entities()).allSatisfy(e -> assertThat(e.datasets()).containsExactly("dpl"));
    }

    @Test
    void partyAndDenialOrder() {
        Entity villa = byId.get(VILLA);
        assertThat(villa.schema()).isEqualTo(Schema.LEGAL_ENTITY);
        assertThat(villa.get(Prop.NAME)).containsExactly("AARON ABRAHAM VILLA");
        assertThat(villa.get(Prop.ADDRESS)).containsExactly("3415 RIVERA AVENUE, EL PASO, TX, 79905");
        assertThat(villa.get(Prop.COUNTRY)).isEmpty();
        assertThat(villa.get(Prop.TOPICS)).containsExactly("debarment");
        assertThat(villa.get(Prop.MODIFIED_AT)).containsExactly("2022-08-29");

        Entity order = byId.get(VILLA + "-sanction");
        assertThat(order.schema()).isEqualTo(Schema.SANCTION);
        assertThat(order.get(Prop.ENTITY)).containsExactly(VILLA);
        assertThat(order.get(Prop.AUTHORITY)).containsExactly("Bureau of Industry and Security");
        assertThat(order.get(Prop.START_DATE)).containsExactly("2022-08-24");
        assertThat(order.get(Prop.END_DATE)).containsExactly("2026-01-14");
        assertThat(order.get(Prop.FEDERAL_REGISTER)).containsExactly("87 F.R. 52741 8/29/2022");
        assertThat(order.get(CslRowMapper.STANDARD_ORDER)).containsExactly("Y");
        assertThat(order.get(Prop.NOTES)).containsExactly("F.R. NOTICE ADDED");
        assertThat(order.provenance().recordId()).isEqualTo("997444184782");

        Entity ash = byId.get(ASH);
        assertThat(ash.get(Prop.NAME)).containsExactly("I. ASH");
        assertThat(ash.get(Prop.COUNTRY)).containsExactly("us");
        assertThat(byId.get(ASH + "-sanction").get(Prop.END_DATE)).containsExactly("2056-06-29");
    }

    @Test
    void impossibleLastUpdatesAreReportedAndDropped() {
        assertThat(load.report().problems())
                .extracting(RecordProblem::file, RecordProblem::location, RecordProblem::recordId, RecordProblem::field)
                .containsExactly(tuple("dpl_excerpt.txt", "line 7", "138592143396", "Last_Update"),
                        tuple("dpl_excerpt.txt", "line 12", "157344418153", "Last_Update"));
        assertThat(load.report().problems().get(0).message()).startsWith("impossible date 2922-09-01");
        assertThat(load.report().problems().get(1).message()).startsWith("impossible date 3017-08-22");
        assertThat(byId.get(KNOKKE).get(Prop.MODIFIED_AT)).containsExactly("2022-09-01");
        assertThat(byId.get(ZADEH).get(Prop.MODIFIED_AT)).containsExactly("2017-08-22");
        // the newest plausible Last_Update, not the fallback
        assertThat(load.snapshot().published()).isEqualTo(LocalDate.of(2022, 9, 1));
    }

    @Test
    void brokenRowsAreSkippedAndReportedWhileGoodRowsLoad() throws Exception {
        ListLoad l = new DplSource().load(SourceInput.ofPath(CslCsvSourceTest.resource("dpl_malformed.txt")));
        assertThat(l.report().records()).isEqualTo(6);
        assertThat(l.report().skipped()).isEqualTo(3);
        assertThat(l.entities()).extracting(e -> e.first(Prop.NAME)).containsExactly(
                "AARON ABRAHAM VILLA", null, "ABDULAH AL NASSER", null, "ABDULAH AL NASSER", null);
        assertThat(l.report().problems())
                .extracting(RecordProblem::file, RecordProblem::location, RecordProblem::recordId, RecordProblem::field)
                .containsExactly(tuple("dpl_malformed.txt", "line 3", "ABDIEL PADRON MADRID", ""),
                        tuple("dpl_malformed.txt", "line 4", "", ""),
                        tuple("dpl_malformed.txt", "line 5", l.entities().get(2).provenance().recordId(), "Effective_Date"),
                        tuple("dpl_malformed.txt", "line 7", "", ""));
        assertThat(l.report().problems().get(0).message()).isEqualTo("expected 12 fields, found 11");
        assertThat(l.report().problems().get(1).message()).startsWith("not valid CSV");
        assertThat(l.report().problems().get(2).message()).isEqualTo("not a date: 13/45/2017");
        assertThat(l.report().problems().get(3).message()).startsWith("quoted field not closed");
        assertThat(l.entities().get(3).get(Prop.START_DATE)).isEmpty();
    }

    @Test
    void emptyFileIsRejected() {
        assertThatThrownBy(() -> new DplSource().load(SourceInput.ofText("dpl.txt", "")))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("dpl.txt").hasMessageContaining("empty file");
    }

    @Test
    void otherFormatIsRejected() throws Exception {
        assertThatThrownBy(() -> new DplSource().load(SourceInput.ofPath(CslCsvSourceTest.resource("csl_excerpt.csv"))))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("csl_excerpt.csv line 1")
                .hasMessageContaining("not a DPL header, columns missing [Name, Street_Address");
    }
}
