package org.tradeguard.lists.uscsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
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

/** Real CSL rows (2023-11 partial extract), one or more per merged list. */
class CslCsvSourceTest {

    private static final String EL = "csl-el-f6f5228d814d4d90e7a41d1a0be180bc738e5be61bdaeb71eab6a1d3";

    private static ListLoad load;
    private static Map<String, Entity> byId;

    static Path resource(String name) throws URISyntaxException {
        return Path.of(CslCsvSourceTest.class.getResource("/uscsl/" + name).toURI());
    }

    @BeforeAll
    static void loadExcerpt() throws Exception {
        load = new CslCsvSource(LocalDate.of(2023, 11, 30)).load(SourceInput.ofPath(resource("csl_excerpt.csv")));
        byId = load.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
    }

    @Test
    void readsEveryRowAndSkipsTheRepeatedHeader() {
        assertThat(load.report().records()).isEqualTo(14);
        assertThat(load.report().skipped()).isZero();
        assertThat(load.report().problems()).isEmpty();
        assertThat(load.report().counters()).containsEntry("repeated header row", 1L)
                .containsEntry("rows: sdn", 5L).containsEntry("rows: el", 1L).containsEntry("rows: dpl", 1L)
                .containsEntry("rows: ssi", 1L).containsEntry("rows: meu", 1L).containsEntry("rows: uvl", 1L)
                .containsEntry("rows: isn", 1L).containsEntry("rows: dtc", 1L).containsEntry("rows: plc", 1L)
                .containsEntry("rows: cmic", 1L);
        assertThat(load.countsBySchema()).containsEntry("Person", 5).containsEntry("Organization", 2)
                .containsEntry("LegalEntity", 6).containsEntry("Vessel", 1).containsEntry("Sanction", 14)
                .containsEntry("Passport", 3).containsEntry("Identification", 15);
        assertThat(load.entities()).allSatisfy(e -> assertThat(e.datasets()).containsExactly("csl"));
    }

    @Test
    void snapshotUsesTheFallbackDateSinceTheFileHasNone() {
        assertThat(load.snapshot().source()).isEqualTo("csl");
        assertThat(load.snapshot().title()).isEqualTo("US Consolidated Screening List");
        assertThat(load.snapshot().published()).isEqualTo(LocalDate.of(2023, 11, 30));
        assertThat(load.snapshot().sha256()).hasSize(64);
    }

    @Test
    void entityListRowKeepsLicenceRequirementAndPolicy() {
        Entity party = byId.get(EL);
        assertThat(party.schema()).isEqualTo(Schema.LEGAL_ENTITY);
        assertThat(party.get(Prop.NAME)).containsExactly("China Aerospace Science and Industry Corporation (CASIC) 3rd Academy");
        assertThat(party.get(Prop.ALIAS)).containsExactly("China Haiying Electro-Mechanical Technology Academy (CHETA)",
                "HiWING Mechanical & Electrical Technology Corporation", "and Beijing HY Electronic Tech Co.");
        assertThat(party.get(Prop.TOPICS)).containsExactly("export.control");
        assertThat(party.get(Prop.ADDRESS)).containsExactly("P.O. Box 7200-80, Beijing, 100074, CN");
        assertThat(party.get(Prop.COUNTRY)).containsExactly("cn");

        Entity sanction = byId.get(EL + "-sanction");
        assertThat(sanction.schema()).isEqualTo(Schema.SANCTION);
        assertThat(sanction.get(Prop.ENTITY)).containsExactly(EL);
        assertThat(sanction.get(Prop.AUTHORITY)).containsExactly("Bureau of Industry and Security");
        assertThat(sanction.get(Prop.LICENSE_REQUIREMENT)).containsExactly("For all items subject to the EAR");
        assertThat(sanction.get(Prop.LICENSE_POLICY)).containsExactly("Presumption of denial");
        assertThat(sanction.get(Prop.START_DATE)).containsExactly("2001-05-14");
        assertThat(sanction.get(Prop.FEDERAL_REGISTER))
                .containsExactly("66 FR 24267", "75 FR 78883", "77 FR 58006 (no. 182)", "84 FR 40241");
        assertThat(sanction.get(Prop.SOURCE_URL))
                .containsExactly("https://www.bis.doc.gov/index.php/policy-guidance/lists-of-parties-of-concern/entity-list");
    }

    @Test
    void sdnPersonWithDiplomaticPassport() {
        Entity p = byId.get("csl-sdn-10481");
        assertThat(p.schema()).isEqualTo(Schema.PERSON);
        assertThat(p.get(Prop.NAME)).containsExactly("SOLEIMANI, Qasem");
        assertThat(p.get(Prop.ALIAS)).hasSize(8).contains("SOLEYMANI, Ghasem", "SULAYMAN, Qasim");
        assertThat(p.get(Prop.PROGRAM)).containsExactly("IFSR", "NPWMD", "SDGT", "IRGC", "SYRIA");
        assertThat(p.get(Prop.TOPICS)).containsExactly("sanction");
        assertThat(p.get(Prop.BIRTH_DATE)).containsExactly("1957-03-11");
        assertThat(p.get(Prop.BIRTH_PLACE)).containsExactly("Qom, Iran");
        assertThat(p.get(Prop.NATIONALITY)).containsExactly("ir");
        assertThat(p.get(Prop.CITIZENSHIP)).containsExactly("ir");
        assertThat(p.get(Prop.PASSPORT_NUMBER)).containsExactly("008827");

        Entity passport = byId.get("csl-sdn-10481-id-1");
        assertThat(passport.schema()).isEqualTo(Schema.PASSPORT);
        assertThat(passport.get(Prop.HOLDER)).containsExactly("csl-sdn-10481");
        assertThat(passport.get(Prop.TYPE)).containsExactly("Diplomatic Passport");
        assertThat(passport.get(Prop.NUMBER)).containsExactly("008827");
        assertThat(passport.get(Prop.COUNTRY)).containsExactly("ir");
        assertThat(passport.get(Prop.START_DATE)).containsExactly("1999");

        Entity sanction = byId.get("csl-sdn-10481-sanction");
        assertThat(sanction.get(Prop.AUTHORITY)).containsExactly("Treasury Department");
        assertThat(sanction.get(Prop.PROGRAM)).containsExactly("IFSR", "NPWMD", "SDGT", "IRGC", "SYRIA");
        assertThat(sanction.get(Prop.PROVISIONS)).containsExactly("Additional Sanctions Information: Subject to Secondary Sanctions");
    }

    @Test
    void identifierDatesQualifiersAndCirca() {
        Entity aouadi = byId.get("csl-sdn-7203");
        assertThat(aouadi.get(Prop.PASSPORT_NUMBER)).containsExactly("L 191609");
        assertThat(aouadi.get(Prop.TAX_NUMBER)).containsExactly("DAOMMD74T11Z352Z");
        assertThat(aouadi.get(Prop.COUNTRY)).containsExactly("it");
        Entity passport = byId.get("csl-sdn-7203-id-1");
        assertThat(passport.get(Prop.START_DATE)).containsExactly("1996-02-28");
        assertThat(passport.get(Prop.END_DATE)).containsExactly("2001-02-27");
        assertThat(byId.get("csl-sdn-7203-id-2").get(Prop.TYPE)).containsExactly("Italian Fiscal Code");

        Entity khayrbik = byId.get("csl-sdn-10570");
        assertThat(khayrbik.get(Prop.POSITION)).containsExactly("Syrian Deputy Vice President for Security Affairs");
        assertThat(khayrbik.get(Prop.NOTES)).containsExactly("Major General");
        Entity diplomatic = byId.get("csl-sdn-10570-id-1");
        assertThat(diplomatic.get(Prop.NUMBER)).containsExactly("D000000483");
        assertThat(diplomatic.get(Prop.SUMMARY)).containsExactly("Diplomatic");
        assertThat(diplomatic.get(Prop.COUNTRY)).containsExactly("sy");

        assertThat(byId.get("csl-sdn-7782").get(Prop.BIRTH_DATE)).containsExactly("1951");
        assertThat(byId.get("csl-plc-9639").get(Prop.BIRTH_DATE)).containsExactly("1962");
    }

    @Test
    void ofacFactsInTheIdsColumnGoWhereTheyBelong() {
        Entity cmic = byId.get("csl-cmic-30882");
        assertThat(cmic.schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(cmic.get(Prop.REGISTRATION_NUMBER)).containsExactly("9111000071093019X7");
        assertThat(cmic.get(Prop.ALIAS)).contains("CHINA TELECOM", "China Telecom Co., Ltd");
        assertThat(cmic.get(CslIdentifiers.TICKER)).contains("CHA US", "0728 HK");
        assertThat(cmic.get(Prop.NOTES)).containsExactly("Target Type: Public Company");
        Entity sanction = byId.get("csl-cmic-30882-sanction");
        assertThat(sanction.get(Prop.LISTING_DATE)).containsExactly("2021-06-03");
        assertThat(sanction.get(Prop.PROVISIONS)).contains("Effective Date (CMIC): 2021-08-02");

        Entity vtb = byId.get("csl-ssi-17013");
        assertThat(vtb.get(Prop.SWIFT_BIC)).containsExactly("VTBRRUMM");
        assertThat(vtb.get(Prop.LEI_CODE)).containsExactly("253400V1H6ART1UQ0N98");
        assertThat(byId.get("csl-ssi-17013-sanction").get(Prop.PROVISIONS))
                .contains("Executive Order 13662 Directive Determination: Subject to Directive 1");
    }

    @Test
    void topicsFollowTheListAndDenialOrdersKeepTheirDates() {
        String dpl = "csl-dpl-278be3e06d711cd8c6ea146bcd625d9f17cc901b980ea83daec759d2";
        assertThat(byId.get(dpl).get(Prop.TOPICS)).containsExactly("debarment");
        assertThat(byId.get(dpl).get(Prop.NAME)).containsExactly("I. ASH");
        Entity order = byId.get(dpl + "-sanction");
        assertThat(order.get(Prop.START_DATE)).containsExactly("2003-06-19");
        assertThat(order.get(Prop.END_DATE)).containsExactly("2056-06-29");
        assertThat(order.get(CslRowMapper.STANDARD_ORDER)).containsExactly("Y");

        assertThat(byId.get("csl-dtc-e749b5e2712a4398ba1338dc990eac85").get(Prop.TOPICS)).containsExactly("debarment");
        assertThat(byId.get("csl-meu-dcc742038bcb47f1bf9e805ef279484d").get(Prop.TOPICS)).containsExactly("export.control");
        assertThat(byId.get("csl-uvl-1b5979e8fd3920a1a0985bf5088dad930a6a5562d1513f9e4b015e42").get(Prop.TOPICS))
                .containsExactly("export.control");
        Entity isn = byId.get("csl-isn-4c6871a37531abfedef67af60514d473234693ad93cf8abb796c3c4e");
        assertThat(isn.get(Prop.TOPICS)).containsExactly("sanction");
        assertThat(isn.get(Prop.PROGRAM)).containsExactly("Chemical and Biological Weapons Act");
        assertThat(isn.get(Prop.ALIAS)).containsExactly("Super Trade");
        assertThat(byId.get("csl-isn-4c6871a37531abfedef67af60514d473234693ad93cf8abb796c3c4e-sanction").get(Prop.AUTHORITY))
                .containsExactly("State Department");
    }

    @Test
    void vesselRow() {
        Entity v = byId.get("csl-sdn-4238");
        assertThat(v.schema()).isEqualTo(Schema.VESSEL);
        assertThat(v.get(Prop.NAME)).containsExactly("MAR AZUL");
        assertThat(v.get(Prop.CALL_SIGN)).containsExactly("CL2192");
        assertThat(v.get(Prop.TYPE)).containsExactly("Tug");
        assertThat(v.get(Prop.FLAG)).containsExactly("cu");
        assertThat(v.get(CslRowMapper.GROSS_REGISTERED_TONNAGE)).containsExactly("212");
        assertThat(v.get(Prop.NOTES)).containsExactly("Vessel owner: Samir de Navegacion S.A.");
        assertThat(v.get(Prop.PROGRAM)).containsExactly("CUBA");
    }

    @Test
    void provenanceQuotesTheRow() throws IOException, URISyntaxException {
        Entity v = byId.get("csl-sdn-4238");
        assertThat(v.provenance().recordId()).isEqualTo("4238");
        assertThat(v.provenance().raw()).startsWith("\"4238\",\"Specially Designated Nationals (SDN)").endsWith(",\"\"");
        assertThat(Files.readString(resource("csl_excerpt.csv"))).contains(v.provenance().raw());
        assertThat(byId.get("csl-sdn-4238-sanction").provenance()).isEqualTo(v.provenance());
    }

    @Test
    void brokenRowsAreSkippedAndReportedWhileGoodRowsLoad() throws Exception {
        ListLoad l = new CslCsvSource().load(SourceInput.ofPath(resource("csl_malformed.csv")));
        assertThat(l.report().records()).isEqualTo(6);
        assertThat(l.report().skipped()).isEqualTo(3);
        assertThat(l.entities()).extracting(Entity::id).containsExactly(
                "csl-uvl-1b5979e8fd3920a1a0985bf5088dad930a6a5562d1513f9e4b015e42",
                "csl-uvl-1b5979e8fd3920a1a0985bf5088dad930a6a5562d1513f9e4b015e42-sanction",
                "csl-meu-dcc742038bcb47f1bf9e805ef279484d",
                "csl-meu-dcc742038bcb47f1bf9e805ef279484d-sanction",
                "csl-plc-9639", "csl-plc-9639-sanction");
        assertThat(l.report().problems()).extracting(RecordProblem::file).containsOnly("csl_malformed.csv");
        assertThat(l.report().problems()).extracting(RecordProblem::location, RecordProblem::recordId, RecordProblem::field)
                .containsExactly(
                        tuple("line 3", "e749b5e2712a4398ba1338dc990eac85", ""),
                        tuple("line 4", "", "_id"),
                        tuple("line 5", "dcc742038bcb47f1bf9e805ef279484d", "start_date"),
                        tuple("line 7", "", ""));
        assertThat(l.report().problems().get(0).message()).isEqualTo("expected 29 fields, found 28");
        assertThat(l.report().problems().get(2).message()).isEqualTo("not a date: 2020-13-45");
        assertThat(l.report().problems().get(3).message()).startsWith("quoted field not closed before the end of the file")
                .contains("\"11476\"");
        assertThat(l.entities().get(3).get(Prop.START_DATE)).isEmpty();
    }

    @Test
    void emptyFileIsRejected() {
        assertThatThrownBy(() -> new CslCsvSource().load(SourceInput.ofText("consolidated.csv", "")))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("consolidated.csv").hasMessageContaining("empty file");
    }

    @Test
    void otherFormatIsRejected() throws Exception {
        assertThatThrownBy(() -> new CslCsvSource().load(SourceInput.ofPath(resource("dpl_excerpt.txt"))))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("dpl_excerpt.txt line 1")
                .hasMessageContaining("not a CSL CSV header, columns missing [_id, source");
    }
}
