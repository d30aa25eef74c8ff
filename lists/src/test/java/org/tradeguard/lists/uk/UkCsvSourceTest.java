package org.tradeguard.lists.uk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeguard.lists.ListFormatException;
import org.tradeguard.lists.ListLoad;
import org.tradeguard.lists.RecordProblem;
import org.tradeguard.lists.SourceInput;
import org.tradeguard.model.Entity;
import org.tradeguard.model.Schema;

/**
 * Real rows of eight subjects copied from the bundled set into uk/excerpt/ (each repeated row
 * kept at most twice): MZKT (BEL0066), a Taliban leader with a UN reference (AFG0006), a ship with
 * an IMO number (DPR0075), a UN-referenced entity whose reference the UK upper-cases (AQD0031).
 */
class UkCsvSourceTest {

    private static final Path EXCERPT = Path.of("src/test/resources/uk/excerpt");
    private static ListLoad load;
    private static Map<String, Entity> byId;

    @BeforeAll
    static void loadExcerpt() throws IOException {
        load = new UkCsvSource().load(SourceInput.ofPath(EXCERPT));
        byId = load.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
    }

    @Test
    void snapshotAndCounts() {
        assertThat(load.snapshot().source()).isEqualTo("uk");
        assertThat(load.snapshot().title()).isEqualTo("UK Sanctions List");
        // the latest last_updated of the excerpt (AFG0006)
        assertThat(load.snapshot().published()).isEqualTo(LocalDate.of(2026, 4, 14));
        assertThat(load.report().records()).isEqualTo(8 + 32 + 12 + 14 + 32);
        assertThat(load.report().skipped()).isZero();
        assertThat(load.report().problems()).isEmpty();
        assertThat(load.countsBySchema()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Person", 4, "Organization", 3, "Vessel", 1, "Sanction", 8, "Passport", 2, "Identification", 2));
    }

    @Test
    void subjectWithUnReference() {
        Entity e = byId.get("uk-AFG0006");
        assertThat(e.schema()).isEqualTo(Schema.PERSON);
        assertThat(e.get("name")).containsExactly("MOHAMMAD HASSAN AKHUND");
        assertThat(e.get("firstName")).containsExactly("MOHAMMAD");
        assertThat(e.get("middleName")).containsExactly("HASSAN");
        assertThat(e.get("lastName")).containsExactly("AKHUND");
        assertThat(e.get(UkCsvSource.UN_REFERENCE)).containsExactly("TAi.002");
        assertThat(e.get("program")).containsExactly("Afghanistan");
        assertThat(e.get("topics")).containsExactly("sanction");
        assertThat(e.get("modifiedAt")).containsExactly("2026-04-14");
        assertThat(e.get("passportNumber")).containsExactly("P04581926");
        assertThat(e.get("birthDate")).containsExactly("1967-01-01", "1969-06-04", "1968", "1958", "1953", "1970",
                "1971", "1972", "1973", "1963");
        assertThat(e.get("nationality")).containsExactly("af");
        assertThat(e.get(UkCsvSource.BIRTH_COUNTRY)).containsExactly("af");
        assertThat(e.get("country")).containsExactly("af");
        assertThat(e.datasets()).containsExactly("uk");

        Entity sanction = byId.get("uk-AFG0006-sanction");
        assertThat(sanction.properties()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "entity", List.of("uk-AFG0006"),
                "authority", List.of(UkCsvSource.AUTHORITY),
                "program", List.of("Afghanistan"),
                "listingDate", List.of("2001-01-25"),
                "modifiedAt", List.of("2026-04-14"),
                "unscId", List.of("TAi.002")));

        Entity passport = byId.get("uk-AFG0006-doc-1");
        assertThat(passport.schema()).isEqualTo(Schema.PASSPORT);
        assertThat(passport.get("holder")).containsExactly("uk-AFG0006");
        assertThat(passport.get("number")).containsExactly("P04581926");
        assertThat(passport.get("country")).containsExactly("af");
        assertThat(passport.first("summary")).startsWith("Afghanistan passport number P04581926, issued on 7 August 2024");
    }

    @Test
    void provenanceQuotesEachDistinctSourceLineOnce() {
        Entity e = byId.get("uk-AFG0006");
        assertThat(e.provenance().recordId()).isEqualTo("AFG0006");
        assertThat(e.provenance().snapshot()).isEqualTo(load.snapshot());
        String raw = e.provenance().raw();
        assertThat(raw).startsWith("subjects.csv:2: AFG0006,individual,TAi.002,7172,25/01/2001,14/04/2026\n"
                + "subject_names.csv:2: 00031,AFG0006,primary,,MOHAMMAD HASSAN AKHUND,AKHUND,MOHAMMAD,HASSAN,,,\n");
        // the passport row appears twice in the file (ids 01021, 01022): quoted once
        assertThat(raw).contains("subject_identifiers.csv:6: 01021,AFG0006,7172,P04581926,passport,\"Afghanistan passport")
                .doesNotContain("01022,AFG0006");
        assertThat(load.report().counters()).containsEntry("subject_identifiers.csv: repeated rows", 6L)
                .containsEntry("subject_countries.csv: repeated rows", 16L);
        // a quoted field with a comma stays as written
        assertThat(byId.get("uk-RUS1405").provenance().raw()).contains(
                "09800,RUS1405,primary,,\"MOLECULAR ELECTRONICS RESEARCH INSTITUTE, JOINT STOCK COMPANY\","
                        + "\"MOLECULAR ELECTRONICS RESEARCH INSTITUTE, JOINT STOCK COMPANY \",,,,,");
    }

    @Test
    void aliasesByStrength() {
        Entity e = byId.get("uk-AQD0190");
        assertThat(e.get("alias")).containsExactly("Hamed Abdullah Al-Ali", "Hamid Abdallah Ahmed Al-Ali",
                "Hamid bin Abdallah Ahmed Al-Ali", "Hamed Al-'Ali", "Hamed bin 'Abdallah Al-'Ali",
                "Hamid 'Abdallah Al-'Ali", "Hamid 'Abdallah Ahmad Al-'Ali");
        assertThat(e.get("weakAlias")).containsExactly("Abu Salim");
        assertThat(e.get("middleName")).containsExactly("ABDALLAH", "AHMAD");
        assertThat(e.get("idNumber")).containsExactly("Kuwait, number 260012001546");
        assertThat(e.get(UkCsvSource.UN_REFERENCE)).containsExactly("QDi.236");
        assertThat(byId.get("uk-AQD0190-doc-1").schema()).isEqualTo(Schema.IDENTIFICATION);
        assertThat(byId.get("uk-AQD0190-doc-2").schema()).isEqualTo(Schema.PASSPORT);
        // a low-quality primary variation is a weak alias
        Entity ghamari = byId.get("uk-YEM0007");
        assertThat(ghamari.get("weakAlias")).containsExactly("Mohammad Al-Ghamari");
        assertThat(ghamari.get("alias")).isEmpty();
        // primary variations without strength are aliases
        assertThat(byId.get("uk-GAC0031").get("alias")).containsExactly("Milan Rajko Radoicic", "Milan Radojicic");
    }

    @Test
    void mzktShipAndCompany() {
        Entity mzkt = byId.get("uk-BEL0066");
        assertThat(mzkt.schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(mzkt.get("name")).containsExactly("MZKT (Minsk Wheel Tractor Plant)");
        assertThat(mzkt.get("alias")).containsExactly("Volat (Giant)");
        assertThat(mzkt.get("country")).containsExactly("by");
        assertThat(mzkt.get("program")).containsExactly("Belarus");
        assertThat(mzkt.get("unscId")).isEmpty();
        assertThat(byId.get("uk-BEL0066-sanction").get("listingDate")).containsExactly("2020-12-31");

        Entity ship = byId.get("uk-DPR0075");
        assertThat(ship.schema()).isEqualTo(Schema.VESSEL);
        assertThat(ship.get("name")).containsExactly("Petrel 8");
        assertThat(ship.get("alias")).containsExactly("Jal Vahini", "Jal_Vahini", "Tian Tai 36");
        assertThat(ship.get("imoNumber")).containsExactly("IMO9562233");
        assertThat(ship.get("program")).containsExactly("Democratic People's Republic of Korea");

        Entity niime = byId.get("uk-RUS1405");
        assertThat(niime.get("name")).containsExactly("MOLECULAR ELECTRONICS RESEARCH INSTITUTE, JOINT STOCK COMPANY");
        assertThat(niime.get("registrationNumber"))
                .containsExactly("Tax ID No. 7735579027 (Russia); Registration Number 1117746568829 (Russia)");
        assertThat(niime.get("program")).containsExactly("Russia");
    }

    @Test
    void unReferenceIsWrittenAsTheUnWritesIt() {
        assertThat(byId.get("uk-AQD0031").get("unscId")).containsExactly("QDe.145");
        assertThat(byId.get("uk-AQD0031-sanction").get("unscId")).containsExactly("QDe.145");
        assertThat(load.report().counters()).containsEntry("UN references re-cased to the UN's form", 1L);
    }

    @Test
    void countryWithoutIsoCodeIsResolvedByName() {
        Entity e = byId.get("uk-GAC0031");
        assertThat(e.get("nationality")).containsExactly("rs");
        assertThat(e.get(UkCsvSource.BIRTH_COUNTRY)).containsExactly("xk");
        assertThat(e.get("country")).containsExactly("xk");
    }

    @Test
    void brokenRowsAreSkippedAndReportedWhileOthersLoad(@TempDir Path dir) throws IOException {
        copyExcerpt(dir);
        append(dir, "subjects.csv", "XYZ0001,aircraft,,,01/01/2020,01/01/2020");
        replace(dir, "subjects.csv", "BEL0066,entity,,14044,31/12/2020", "BEL0066,entity,,14044,2020-12-31");
        append(dir, "subject_names.csv", "99999,ZZZ0001,primary,,Nobody,Nobody,,,,,");
        append(dir, "subject_dobs.csv", "9999,AFG0006,1970,13,01,exact,");
        append(dir, "subject_identifiers.csv", "1,AFG0006,7172");

        ListLoad broken = new UkCsvSource().load(SourceInput.ofPath(dir));

        assertThat(broken.report().skipped()).isEqualTo(4);
        assertThat(broken.report().problems()).containsExactlyInAnyOrder(
                new RecordProblem("subjects.csv", "line 10", "XYZ0001", "subject_type",
                        "unknown subject_type 'aircraft', expected individual, entity or ship"),
                new RecordProblem("subjects.csv", "line 5", "BEL0066", "date_designated",
                        "unparseable date '2020-12-31', expected dd/mm/yyyy"),
                new RecordProblem("subject_names.csv", "line 34", "ZZZ0001", "unique_id", "unknown subject ZZZ0001"),
                new RecordProblem("subject_dobs.csv", "line 16", "AFG0006", "year/month/day",
                        "invalid date of birth '1970/13/01'"),
                new RecordProblem("subject_identifiers.csv", "line 14", "AFG0006", "", "expected 6 fields, found 3"));
        assertThat(broken.report().counters()).containsEntry("subject_names.csv: rows for unknown subjects", 1L);
        assertThat(broken.countsBySchema()).containsEntry("Person", 4).containsEntry("Organization", 3)
                .containsEntry("Vessel", 1);
        assertThat(broken.entities()).extracting(Entity::id).doesNotContain("uk-XYZ0001");
        assertThat(broken.entities()).filteredOn(e -> e.id().equals("uk-BEL0066-sanction")).singleElement()
                .satisfies(s -> assertThat(s.get("listingDate")).isEmpty());
    }

    @Test
    void headerWithoutRequiredColumnRejectsTheSet(@TempDir Path dir) throws IOException {
        copyExcerpt(dir);
        replace(dir, "subjects.csv", "unique_id,subject_type", "uid,subject_type");
        assertThatThrownBy(() -> new UkCsvSource().load(SourceInput.ofPath(dir)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith("subjects.csv line 1: header lacks column(s) [unique_id]");
    }

    @Test
    void emptyFileRejectsTheSet(@TempDir Path dir) throws IOException {
        copyExcerpt(dir);
        Files.writeString(dir.resolve("subject_dobs.csv"), "");
        assertThatThrownBy(() -> new UkCsvSource().load(SourceInput.ofPath(dir)))
                .isInstanceOf(ListFormatException.class)
                .hasMessage("subject_dobs.csv line 1: empty file, expected a header with "
                        + "[unique_id, year, month, day, precision]");
    }

    @Test
    void unterminatedQuoteRejectsTheSet(@TempDir Path dir) throws IOException {
        copyExcerpt(dir);
        append(dir, "subject_names.csv", "99998,AFG0006,alias,,\"Unclosed,x,,,,,");
        assertThatThrownBy(() -> new UkCsvSource().load(SourceInput.ofPath(dir)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith("subject_names.csv after line 33: not readable as CSV");
    }

    @Test
    void missingFileRejectsTheSet(@TempDir Path dir) throws IOException {
        copyExcerpt(dir);
        Files.delete(dir.resolve("subject_countries.csv"));
        assertThatThrownBy(() -> new UkCsvSource().load(SourceInput.ofPath(dir)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("UK file set lacks [subject_countries.csv]");
    }

    @Test
    void publishedFallsBackWhenNoRowIsDated(@TempDir Path dir) throws IOException {
        copyExcerpt(dir);
        Files.writeString(dir.resolve("subjects.csv"),
                "unique_id,subject_type,un_reference_number,ofsi_group_id,date_designated,last_updated\n");
        ListLoad empty = new UkCsvSource(LocalDate.of(2026, 5, 13)).load(SourceInput.ofPath(dir));
        assertThat(empty.snapshot().published()).isEqualTo(LocalDate.of(2026, 5, 13));
        assertThat(empty.entities()).isEmpty();
        // every detail row now names an unknown subject
        assertThat(empty.report().skipped()).isEqualTo(32 + 12 + 14 + 32);
    }

    private static void copyExcerpt(Path dir) throws IOException {
        for (String f : UkCsvSource.FILES) {
            Files.copy(EXCERPT.resolve(f), dir.resolve(f));
        }
    }

    private static void append(Path dir, String file, String line) throws IOException {
        Files.writeString(dir.resolve(file), line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private static void replace(Path dir, String file, String from, String to) throws IOException {
        Path p = dir.resolve(file);
        String text = Files.readString(p, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(p, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
