package org.tradeguard.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeguard.lists.ListFormatException;
import org.tradeguard.lists.ListLoad;
import org.tradeguard.lists.RecordProblem;
import org.tradeguard.lists.SourceInput;
import org.tradeguard.model.Entity;
import org.tradeguard.model.Prop;
import org.tradeguard.model.Schema;

/**
 * Reads the excerpts under {@code ofac-csv/}: real lines of the 2024-05-03 sdn.csv with their
 * 2025-12 add.csv/alt.csv rows ({@code sdn/}), two 2021-07 entries with their remarks overflow
 * ({@code sdn-2021/}), two 2024-05 entries with the 2025-12 overflow ({@code sdn-mixed/}) and two
 * 2025-12 non-SDN entries ({@code nonsdn/}).
 */
class OfacCsvSourceTest {

    private static final LocalDate LIST_DATE = LocalDate.of(2024, 5, 3);

    @TempDir
    Path tmp;

    private static Path fixture(String dir) throws URISyntaxException {
        return Path.of(OfacCsvSourceTest.class.getResource("/ofac-csv/" + dir).toURI());
    }

    private static ListLoad loadSdn(String dir) throws Exception {
        return OfacCsvSource.sdn(LIST_DATE).load(SourceInput.ofPath(fixture(dir)));
    }

    private static Map<String, Entity> byId(ListLoad load) {
        return load.entities().stream().collect(Collectors.toMap(Entity::id, e -> e));
    }

    @Test
    void foundingCasesNpwmdApril2024() throws Exception {
        Map<String, Entity> e = byId(loadSdn("sdn"));

        Entity granpect = e.get("ofac-48621");
        assertThat(granpect.schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(granpect.get(Prop.NAME)).containsExactly("GRANPECT CO. LTD.");
        assertThat(granpect.get(Prop.PROGRAM)).containsExactly("NPWMD");
        assertThat(granpect.get(Prop.TOPICS)).containsExactly("sanction");
        assertThat(granpect.get(Prop.REGISTRATION_NUMBER)).containsExactly("110108007999360", "911101087719621018");
        assertThat(granpect.get(Prop.INCORPORATION_DATE)).containsExactly("2005-03-02");
        assertThat(granpect.get(Prop.WEBSITE)).containsExactly("www.granpect.com");
        assertThat(granpect.get(Prop.COUNTRY)).containsExactly("cn");
        assertThat(granpect.datasets()).containsExactly("ofac-sdn");
        Entity uscc = e.get("ofac-48621-id-911101087719621018");
        assertThat(uscc.schema()).isEqualTo(Schema.IDENTIFICATION);
        assertThat(uscc.properties()).containsEntry(Prop.HOLDER, List.of("ofac-48621"))
                .containsEntry(Prop.NUMBER, List.of("911101087719621018"))
                .containsEntry(Prop.COUNTRY, List.of("cn"))
                .containsEntry(Prop.TYPE, List.of("Unified Social Credit Code (USCC)"));

        Entity sanction = e.get("ofac-48621-sanction");
        assertThat(sanction.schema()).isEqualTo(Schema.SANCTION);
        assertThat(sanction.properties()).containsEntry(Prop.ENTITY, List.of("ofac-48621"))
                .containsEntry(Prop.AUTHORITY, List.of("US Treasury OFAC"))
                .containsEntry(Prop.PROGRAM, List.of("NPWMD"))
                .containsEntry(Prop.SOURCE_URL, List.of("https://sanctionssearch.ofac.treas.gov/Details.aspx?id=48621"));

        assertThat(e.get("ofac-48620").get(Prop.NAME)).containsExactly("XI'AN LONGDE TECHNOLOGY DEVELOPMENT COMPANY LIMITED");
        assertThat(e.get("ofac-48620").get(Prop.REGISTRATION_NUMBER)).containsExactly("91610131742838531E");
        assertThat(e.get("ofac-48620").get(Prop.INCORPORATION_DATE)).containsExactly("2003-09-29");
        assertThat(e.get("ofac-48622").get(Prop.NAME)).containsExactly("TIANJIN CREATIVE SOURCE INTERNATIONAL TRADE CO LTD");
        assertThat(e.get("ofac-48622").get(Prop.ALIAS))
                .containsExactly("TIANJIN CHUANGYI YUAN INTERNATIONAL COMMERCIAL TRADE CO LTD.");
    }

    @Test
    void minskWheelTractorPlantWithItsLaterAliases() throws Exception {
        Map<String, Entity> e = byId(loadSdn("sdn"));
        Entity mzkt = e.get("ofac-34769");
        assertThat(mzkt.get(Prop.NAME)).containsExactly("MINSK WHEEL TRACTOR PLANT");
        assertThat(mzkt.get(Prop.PROGRAM)).containsExactly("NPWMD", "BELARUS-EO14038");
        // the remarks' quoted a.k.a.s are OFAC's weak aliases ...
        assertThat(mzkt.get(Prop.WEAK_ALIAS)).containsExactly("OJSC MZKT", "OJSC MWPT", "VOLAT");
        // ... the 2025-12 alt.csv joined to the 2024 sdn.csv adds the strong ones
        assertThat(mzkt.get(Prop.ALIAS)).contains("MINSK WHEELED TRACTOR PLANT", "MINSK WHEEL TRACTOR PLANT JSC").hasSize(4);
        assertThat(mzkt.get(Prop.REGISTRATION_NUMBER)).containsExactly("100534485");
        assertThat(mzkt.get(Prop.ADDRESS)).containsExactly("Partizanski Ave 150, Minsk 220021, Belarus");
        assertThat(mzkt.get(Prop.COUNTRY)).containsExactly("by");
        assertThat(e.get("ofac-34769-id-100534485").get(Prop.COUNTRY)).containsExactly("by");
    }

    @Test
    void personWithPassportAndLink() throws Exception {
        Map<String, Entity> e = byId(loadSdn("sdn"));
        Entity p = e.get("ofac-18224");
        assertThat(p.schema()).isEqualTo(Schema.PERSON);
        assertThat(p.get(Prop.NAME)).containsExactly("HEJEIJ, Kassem");
        assertThat(p.get(Prop.LAST_NAME)).containsExactly("HEJEIJ");
        assertThat(p.get(Prop.FIRST_NAME)).containsExactly("Kassem");
        assertThat(p.get(Prop.BIRTH_DATE)).containsExactly("1953-03-05");
        assertThat(p.get(Prop.BIRTH_PLACE)).containsExactly("Lagos, Nigeria");
        assertThat(p.get(Prop.NATIONALITY)).containsExactly("lb");
        assertThat(p.get(Prop.GENDER)).containsExactly("male");
        assertThat(p.get(Prop.PASSPORT_NUMBER)).containsExactly("RL0000432");
        assertThat(p.get(Prop.ALIAS)).containsExactly("HUJAYJ, Qasim Muhammad", "HAJIJ, Qasim");
        assertThat(p.get(Prop.ADDRESS)).isEmpty();

        Entity passport = e.get("ofac-18224-id-rl0000432");
        assertThat(passport.schema()).isEqualTo(Schema.PASSPORT);
        assertThat(passport.properties()).containsEntry(Prop.COUNTRY, List.of("lb"))
                .containsEntry(Prop.START_DATE, List.of("2013-01-31"))
                .containsEntry(Prop.END_DATE, List.of("2018-01-31"));

        Entity link = e.get("ofac-18224-link-4697");
        assertThat(link.schema()).isEqualTo(Schema.UNKNOWN_LINK);
        assertThat(link.properties()).containsEntry(Prop.SUBJECT, List.of("ofac-18224"))
                .containsEntry(Prop.OBJECT, List.of("ofac-4697"))
                .containsEntry(Prop.ROLE, List.of("Linked To"));

        assertThat(e.get("ofac-7782").get(Prop.BIRTH_DATE)).containsExactly("1951");
        assertThat(e.get("ofac-7782").get(Prop.BIRTH_PLACE)).containsExactly("Foca, Bosnia-Herzegovina");
    }

    @Test
    void vesselColumnsAndAircraftRemarks() throws Exception {
        ListLoad load = loadSdn("sdn");
        Map<String, Entity> e = byId(load);
        Entity v = e.get("ofac-15036");
        assertThat(v.schema()).isEqualTo(Schema.VESSEL);
        assertThat(v.get(Prop.CALL_SIGN)).containsExactly("T2EU4");
        assertThat(v.get(Prop.TYPE)).containsExactly("Crude/Oil Products Tanker");
        assertThat(v.get(Prop.FLAG)).containsExactly("ir");
        assertThat(v.get(Prop.NOTES)).containsExactly("tonnage: 99,144", "GRT: 56,068");
        assertThat(v.get(Prop.IMO_NUMBER)).containsExactly("IMO 9187629");
        assertThat(v.get(Prop.MMSI)).containsExactly("572469210");
        assertThat(v.get(OfacCsvMapper.PAST_FLAGS)).containsExactly("mt", "tv", "tz");
        assertThat(v.get(Prop.PREVIOUS_NAME)).containsExactly("ALPHA", "ABADAN", "SHONA");
        assertThat(e.get("ofac-15036-sanction").get(Prop.PROVISIONS))
                .containsExactly("Additional Sanctions Information - Subject to Secondary Sanctions");
        assertThat(e).containsKey("ofac-15036-link-15117");
        assertThat(load.report().counters()).containsEntry("unmapped country: None Identified", 1L);

        Entity a = e.get("ofac-15431");
        assertThat(a.schema()).isEqualTo(Schema.AIRCRAFT);
        assertThat(a.get(OfacCsvMapper.MODEL)).containsExactly("IL76-TD");
        assertThat(a.get(OfacCsvMapper.BUILD_DATE)).containsExactly("1992");
        assertThat(a.get(Prop.SERIAL_NUMBER)).containsExactly("8401", "1023409321");
        assertThat(a.get(Prop.NOTES)).containsExactly("Aircraft Operator YAS AIR");
        assertThat(e).containsKey("ofac-15431-link-13109");

        Entity nitc = e.get("ofac-15117");
        assertThat(nitc.get(Prop.PHONE)).contains("(98)(21)(66153220)");
        assertThat(nitc.get(Prop.EMAIL)).containsExactly("info@nitc.co.ir", "administrator@nitc.co.ir");
        assertThat(e.get("ofac-15117-sanction").get(Prop.PROVISIONS)).contains("IFCA Determination - Involved in the Shipping Sector");
    }

    @Test
    void countsSnapshotAndProvenance() throws Exception {
        Path dir = fixture("sdn");
        SourceInput input = SourceInput.ofPath(dir);
        ListLoad load = OfacCsvSource.sdn(LIST_DATE).load(input);
        assertThat(load.report().records()).isEqualTo(12 + 17 + 31);
        assertThat(load.report().skipped()).isZero();
        assertThat(load.report().problems()).isEmpty();
        assertThat(load.countsBySchema()).containsEntry("Organization", 8).containsEntry("Person", 2)
                .containsEntry("Vessel", 1).containsEntry("Aircraft", 1).containsEntry("Sanction", 12)
                .containsEntry("UnknownLink", 3);
        assertThat(load.report().counters())
                .containsEntry("alt rows without primary entry", 1L)
                // POUYA AIR and NITC name parties that are not in the excerpt
                .containsEntry("unresolved Linked To", 2L)
                .containsEntry("optional file absent: sdn_comments.csv", 1L);

        assertThat(load.snapshot().source()).isEqualTo("ofac-sdn");
        assertThat(load.snapshot().published()).isEqualTo(LIST_DATE);
        assertThat(load.snapshot().sha256()).isEqualTo(input.sha256()).hasSize(64);
        assertThat(load.snapshot().origin()).isEqualTo(dir.toString());

        Entity mzkt = byId(load).get("ofac-34769");
        assertThat(mzkt.provenance().recordId()).isEqualTo("34769");
        assertThat(mzkt.provenance().raw()).startsWith("34769,\"MINSK WHEEL TRACTOR PLANT\",-0- ,\"NPWMD] [BELARUS-EO14038\"")
                .contains("34769,54552,\"aka\",\"MINSK WHEELED TRACTOR PLANT\",-0- ")
                .doesNotContain("\r");
    }

    @Test
    void remarksOverflowIsJoinedBeforeParsing() throws Exception {
        ListLoad load = loadSdn("sdn-2021");
        Map<String, Entity> e = byId(load);
        Entity tian = e.get("ofac-28263");
        // the 1,000-character remarks end in "a.k.a. 'snowsjo", the comments row continues "hn'; Linked To: ..."
        assertThat(tian.get(Prop.WEAK_ALIAS)).containsExactly("tianyinyin0404", "snowsjohn");
        assertThat(tian.get(Prop.BIRTH_DATE)).containsExactly("1986-07-12");
        assertThat(tian.get(Prop.CRYPTO_WALLET)).contains("134r8iHv69xdT6p5qVKTsHrcUEuBVZAYak");
        assertThat(e).containsKey("ofac-28263-link-27307");
        assertThat(load.report().counters()).containsEntry("comments rows joined to remarks", 1L);
        assertThat(e.get("ofac-27307").get(Prop.WEAK_ALIAS)).contains("WHOIS HACKING TEAM", "APPLEWORM");
    }

    @Test
    void commentsOfALaterListAreNotGluedToShorterRemarks() throws Exception {
        Path dir = copy("sdn-2021");
        // the 2025 overflow of ent 28263 would belong to a longer remarks text than this 2021 one
        String line = Files.readString(dir.resolve("sdn.csv"), StandardCharsets.US_ASCII).lines()
                .filter(l -> l.startsWith("27307,")).findFirst().orElseThrow();
        Files.writeString(dir.resolve("sdn.csv"), line + "\r\n", StandardCharsets.US_ASCII);
        Files.writeString(dir.resolve("sdn_comments.csv"), "27307,\"G TEAM'; a.k.a. 'RED DOT'.\"\r\n\u001A", StandardCharsets.US_ASCII);
        ListLoad load = OfacCsvSource.sdn(null).load(SourceInput.ofPath(dir));
        assertThat(load.report().counters()).containsEntry("comments rows not joined: remarks not cut at 1,000 characters", 1L);
        assertThat(load.entities().get(0).get(Prop.WEAK_ALIAS)).contains("WHOIS HACKING TEAM").doesNotContain("G TEAM");
    }

    @Test
    void aShiftedOverflowOfALaterListIsNotJoined() throws Exception {
        // sdn-mixed: 2024-05 sdn.csv lines with the 2025-12 sdn_comments.csv rows of the same entries
        ListLoad load = loadSdn("sdn-mixed");
        Map<String, Entity> e = byId(load);
        assertThat(load.report().counters()).containsEntry("comments rows joined to remarks", 1L)
                .containsEntry("comments rows not joined: overflow repeats the remarks", 1L);
        // 30518 continues mid-address: "... XBT 1Gq" + "ChmWqGtsaLrGbHfgdrV5Nkvahtjjuxr; ..."
        assertThat(e.get("ofac-30518").get(Prop.CRYPTO_WALLET)).contains("1GqChmWqGtsaLrGbHfgdrV5Nkvahtjjuxr");
        // 17018's 2025 overflow starts inside a fact the 2024 text already holds; no forged seam
        assertThat(e.get("ofac-17018-sanction").get(Prop.PROVISIONS)).noneMatch(p -> p.contains(")ive 2)"));
        assertThat(OfacCsvMapper.repeats("Effective Date (EO 14024 Directive 2): 26 Mar 2022; Listing Date (EO 14024 Directive 3)",
                "ive 2): 24 Feb 2022; Effective Date (EO 14024 Directive 2): 26 Mar 2022; Tax ID No. 7707083893 (Russia)")).isTrue();
        assertThat(OfacCsvMapper.repeats("a.k.a. 'snowsjo", "hn'; Linked To: LAZARUS GROUP.")).isFalse();
        assertThat(OfacCsvMapper.repeats("a.k.a. 'snowsjo", "hn'.")).isFalse();
    }

    @Test
    void nonSdnListWithItsOwnFileNames() throws Exception {
        ListLoad load = OfacCsvSource.nonSdn(null).load(SourceInput.ofPath(fixture("nonsdn")));
        Map<String, Entity> e = byId(load);
        assertThat(load.snapshot().source()).isEqualTo("ofac-nonsdn");
        assertThat(load.snapshot().published()).isNull();
        Entity bank = e.get("ofac-17014");
        assertThat(bank.datasets()).containsExactly("ofac-nonsdn");
        assertThat(bank.get(Prop.PROGRAM)).containsExactly("UKRAINE-EO13662", "RUSSIA-EO14024");
        assertThat(bank.get(Prop.SWIFT_BIC)).containsExactly("RUAGRUMM");
        assertThat(bank.get(Prop.ALIAS)).contains("ROSSELKHOZBANK");
        // 'RUSAG' sits in cons_comments.csv, past the 1,000th character of the remarks
        assertThat(bank.get(Prop.WEAK_ALIAS)).containsExactly("RUSAG");
        assertThat(bank.get(Prop.REGISTRATION_NUMBER)).contains("1027700342890");
        Entity haniya = e.get("ofac-9639");
        assertThat(haniya.get(Prop.BIRTH_DATE)).containsExactly("1962");
        assertThat(haniya.get(Prop.BIRTH_PLACE)).containsExactly("Shati");
        assertThat(load.report().skipped()).isZero();
    }

    @Test
    void brokenRecordsAreSkippedAndReportedWhileTheRestLoads() throws Exception {
        Path dir = copy("sdn");
        List<String> lines = new ArrayList<>(Files.readString(dir.resolve("sdn.csv"), StandardCharsets.US_ASCII).lines().toList());
        lines.remove(lines.size() - 1); // the Ctrl-Z line
        // line 2: HIZBALLAH loses its last field; line 3: an unterminated quote; line 4: an unknown SDN_Type;
        // line 13: 48621 (line 11) again
        lines.set(1, lines.get(1).substring(0, lines.get(1).lastIndexOf(",\"")));
        lines.set(2, lines.get(2).replace("\"SAHINPASIC, Senad\"", "\"SAHINPASIC, Senad"));
        lines.set(3, lines.get(3).replace("13109,\"POUYA AIR\",-0- ,", "13109,\"POUYA AIR\",\"airline\","));
        lines.add(lines.get(10));
        Files.writeString(dir.resolve("sdn.csv"), String.join("\r\n", lines) + "\u001A", StandardCharsets.US_ASCII);

        ListLoad load = OfacCsvSource.sdn(LIST_DATE).load(SourceInput.ofPath(dir));
        assertThat(load.report().skipped()).isEqualTo(4);
        List<RecordProblem> p = load.report().problems();
        assertThat(p).extracting(RecordProblem::file).containsOnly("sdn.csv");
        assertThat(p).extracting(RecordProblem::location).containsExactly("line 2", "line 3", "line 4", "line 13");
        assertThat(p).extracting(RecordProblem::recordId).containsExactly("4697", "7782", "13109", "48621");
        assertThat(p.get(0).message()).contains("expected 12 fields, found 11");
        assertThat(p.get(1).message()).contains("not a CSV record");
        assertThat(p.get(2).field()).isEqualTo("SDN_Type");
        assertThat(p.get(2).message()).contains("unknown SDN_Type airline");
        assertThat(p.get(3).message()).contains("duplicate ent_num 48621 (first on line 11)");

        Map<String, Entity> e = byId(load);
        assertThat(e).containsKeys("ofac-306", "ofac-34769", "ofac-48621", "ofac-18224")
                .doesNotContainKeys("ofac-4697", "ofac-7782", "ofac-13109");
        // the links to the skipped entries no longer resolve; their alias rows are not orphans
        assertThat(e).doesNotContainKeys("ofac-18224-link-4697", "ofac-15431-link-13109");
        assertThat(load.report().counters()).containsEntry("alt rows of skipped entries", 19L)
                .containsEntry("alt rows without primary entry", 1L);
    }

    @Test
    void aBadDateIsDroppedAndReportedButTheEntryStays() throws Exception {
        String line = "7782,\"SAHINPASIC, Senad\",\"individual\",\"BALKANS\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"
                + "\"DOB circa 1951; alt. DOB 31 Feb 1951; POB Foca, Bosnia-Herzegovina.\"\r\n\u001A";
        ListLoad load = OfacCsvSource.sdn(null).load(SourceInput.ofText("sdn.csv", line));
        assertThat(load.report().skipped()).isZero();
        assertThat(load.report().problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("line 1");
            assertThat(p.recordId()).isEqualTo("7782");
            assertThat(p.field()).isEqualTo("Remarks");
            assertThat(p.message()).isEqualTo("unparseable DOB: 31 Feb 1951");
        });
        assertThat(load.entities().get(0).get(Prop.BIRTH_DATE)).containsExactly("1951");
    }

    @Test
    void aFileThatIsNotOfacCsvIsRejectedWhole() {
        SourceInput xml = SourceInput.ofText("sdn.csv", "<?xml version=\"1.0\"?>\n<sdnList></sdnList>\n");
        assertThatThrownBy(() -> OfacCsvSource.sdn(null).load(xml))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith("sdn.csv line 1: not an OFAC legacy CSV file")
                .hasMessageContaining("expected 12 comma-separated fields");

        SourceInput header = SourceInput.ofText("sdn.csv",
                "ent_num,SDN_Name,SDN_Type,Program,Title,Call_Sign,Vess_type,Tonnage,GRT,Vess_flag,Vess_owner,Remarks\r\n");
        assertThatThrownBy(() -> OfacCsvSource.sdn(null).load(header))
                .isInstanceOf(ListFormatException.class).hasMessageContaining("ent_num is not a number: ent_num");
    }

    @Test
    void anEmptyOrMissingPrimaryFileIsRejected() {
        assertThatThrownBy(() -> OfacCsvSource.sdn(null).load(SourceInput.ofText("sdn.csv", "\u001A")))
                .isInstanceOf(ListFormatException.class).hasMessageStartingWith("sdn.csv: empty file");
        assertThatThrownBy(() -> OfacCsvSource.nonSdn(null).load(SourceInput.ofText("sdn.csv", "1,\"X\"")))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("missing the primary file cons_prim.csv").hasMessageContaining("[sdn.csv]");
    }

    @Test
    void aBrokenSecondaryFileRejectsTheSet() throws Exception {
        Path dir = copy("sdn");
        Files.writeString(dir.resolve("alt.csv"), "306;220;aka;NATIONAL BANK OF CUBA\r\n", StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> OfacCsvSource.sdn(null).load(SourceInput.ofPath(dir)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith("alt.csv line 1: not an OFAC legacy CSV file: expected 5 fields, found 1");
    }

    @Test
    void bytesThatAreNotTextAreRejected() {
        byte[] latin1 = "306,\"BANCO NACIONAL DE CUBA\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"a.k.a. 'BNC'.\"\r\n307,\"CAF\u00c9\""
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> OfacCsvSource.sdn(null).load(SourceInput.ofBytes("sdn.csv", latin1)))
                .isInstanceOf(ListFormatException.class).hasMessageStartingWith("sdn.csv line 2: not UTF-8/ASCII text");
    }

    @Test
    void ctrlZRightAfterTheLastRecordAndUpperCaseFileNames() throws Exception {
        Files.writeString(tmp.resolve("SDN.CSV"),
                "306,\"BANCO NACIONAL DE CUBA\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"a.k.a. 'BNC'.\"\u001A",
                StandardCharsets.US_ASCII);
        ListLoad load = OfacCsvSource.sdn(null).load(SourceInput.ofPath(tmp));
        assertThat(load.entities()).extracting(Entity::id).containsExactly("ofac-306", "ofac-306-sanction");
        assertThat(load.entities().get(0).get(Prop.WEAK_ALIAS)).containsExactly("BNC");
    }

    @Test
    void bundledResourceSetsMayLackOptionalFiles() throws Exception {
        OfacCsvSource s = OfacCsvSource.sdn(LIST_DATE);
        ListLoad load = s.load(SourceInput.ofResources(OfacCsvSourceTest.class, "/ofac-csv/sdn", s.fileNames()));
        assertThat(load.report().counters()).containsEntry("optional file absent: sdn_comments.csv", 1L);
        assertThat(load.countsBySchema()).containsEntry("Sanction", 12);
        assertThat(s.fileNames()).containsExactly("sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv");
        assertThat(OfacCsvSource.nonSdn(null).fileNames())
                .containsExactly("cons_prim.csv", "cons_add.csv", "cons_alt.csv", "cons_comments.csv");
    }

    private Path copy(String fixtureDir) throws IOException, URISyntaxException {
        Path dir = Files.createDirectories(tmp.resolve(fixtureDir));
        try (var files = Files.list(fixture(fixtureDir))) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName().toString()));
            }
        }
        return dir;
    }
}
