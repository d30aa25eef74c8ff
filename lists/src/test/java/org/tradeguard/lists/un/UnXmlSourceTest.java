package org.tradeguard.lists.un;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
import org.tradeguard.model.Schema;

/** Real UN elements copied from the 2026-02-27 consolidated list into un/consolidated-excerpt.xml. */
class UnXmlSourceTest {

    private static final String FILE = "consolidated-excerpt.xml";
    private static String excerpt;
    private static ListLoad load;
    private static Map<String, Entity> byId;

    @BeforeAll
    static void loadExcerpt() throws IOException {
        try (InputStream in = UnXmlSourceTest.class.getResourceAsStream("/un/" + FILE)) {
            excerpt = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        load = new UnXmlSource().load(SourceInput.ofText(FILE, excerpt));
        byId = load.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
    }

    @Test
    void snapshotComesFromDateGenerated() {
        assertThat(load.snapshot().source()).isEqualTo("un");
        assertThat(load.snapshot().title()).isEqualTo("UN Security Council Consolidated List");
        assertThat(load.snapshot().published()).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(load.snapshot().sha256()).hasSize(64);
        assertThat(load.report().records()).isEqualTo(9);
        assertThat(load.report().skipped()).isZero();
        assertThat(load.countsBySchema()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Person", 6, "Organization", 3, "Sanction", 9, "Passport", 4, "Identification", 1));
    }

    @Test
    void zawahiriKeepsNamePartsArabicScriptAndDocuments() {
        Entity e = byId.get("un-QDi.006");
        assertThat(e.schema()).isEqualTo(Schema.PERSON);
        assertThat(e.get("name")).containsExactly("AIMAN MUHAMMED RABI AL-ZAWAHIRI");
        assertThat(e.get("firstName")).containsExactly("AIMAN");
        assertThat(e.get("middleName")).containsExactly("MUHAMMED", "RABI");
        assertThat(e.get("lastName")).containsExactly("AL-ZAWAHIRI");
        assertThat(e.get("alias")).startsWith("أيمن محمد ربيع الظواهري", "Ayman Al-Zawahari")
                .contains("Ahmad Fuad Salim").hasSize(14);
        assertThat(e.get("weakAlias")).containsExactly("Abu Fatma", "Abu Mohammed");
        assertThat(e.get("title")).containsExactly("Doctor", "Dr.");
        assertThat(e.get("nationality")).containsExactly("eg");
        assertThat(e.get("birthDate")).containsExactly("1951-06-19");
        assertThat(e.get("birthPlace")).containsExactly("Giza, Egypt");
        assertThat(e.get(UnMapper.BIRTH_COUNTRY)).containsExactly("eg");
        assertThat(e.get("passportNumber")).containsExactly("1084010", "19820215");
        assertThat(e.get("program")).containsExactly("Al-Qaida");
        assertThat(e.get("topics")).containsExactly("sanction");
        assertThat(e.get("unscId")).containsExactly("QDi.006");
        assertThat(e.get("modifiedAt")).containsExactly("2025-03-11");
        assertThat(e.first("notes")).startsWith("Leader of Al-Qaida (QDe.004).");
        assertThat(e.datasets()).containsExactly("un");
        assertThat(e.provenance().recordId()).isEqualTo("QDi.006");
        assertThat(e.provenance().snapshot()).isEqualTo(load.snapshot());
        assertThat(e.provenance().raw()).startsWith("<INDIVIDUAL><DATAID>111923</DATAID>")
                .contains("<REFERENCE_NUMBER>QDi.006</REFERENCE_NUMBER>").endsWith("</INDIVIDUAL>");

        Entity sanction = byId.get("un-QDi.006-sanction");
        assertThat(sanction.schema()).isEqualTo(Schema.SANCTION);
        assertThat(sanction.properties()).containsAllEntriesOf(Map.of(
                "entity", java.util.List.of("un-QDi.006"),
                "authority", java.util.List.of("United Nations Security Council"),
                "program", java.util.List.of("Al-Qaida"),
                "listingDate", java.util.List.of("2001-01-25"),
                "unscId", java.util.List.of("QDi.006")));

        Entity passport = byId.get("un-QDi.006-doc-1");
        assertThat(passport.schema()).isEqualTo(Schema.PASSPORT);
        assertThat(passport.get("holder")).containsExactly("un-QDi.006");
        assertThat(passport.get("number")).containsExactly("1084010");
        assertThat(passport.get("country")).containsExactly("eg");
        assertThat(byId.get("un-QDi.006-doc-2").get("country")).isEmpty();
    }

    @Test
    void koreanNamesPutTheFamilyNameFirst() {
        Entity e = byId.get("un-KPi.016");
        assertThat(e.get("name")).containsExactly("JANG BOM SU");
        assertThat(e.get("lastName")).containsExactly("JANG");
        assertThat(e.get("firstName")).containsExactly("BOM SU");
        assertThat(e.get("program")).containsExactly("DPRK");
        assertThat(e.get("nationality")).containsExactly("kp");
        // the a.k.a. "Jang Hyon U" carries its own date of birth
        assertThat(e.get("alias")).containsExactly("Jang Pom Su", "Jang Hyon U");
        assertThat(e.get("birthDate")).containsExactly("1958-02-22", "1957-04-15");
        assertThat(e.get("position")).containsExactly("Tanchon Commercial Bank Representative in Syria");
    }

    @Test
    void packedAliasesAreSplit() {
        Entity soleimani = byId.get("un-IRi.039");
        assertThat(soleimani.get("alias")).containsExactly("Qasim Soleimani", "Qasem Sulaimani", "Qasim Sulaimani",
                "Qasim Sulaymani", "Qasem Sulaymani", "Kasim Soleimani", "Kasim Sulaimani", "Kasim Sulaymani");
        assertThat(soleimani.get("weakAlias")).containsExactly("Haj Qasem", "Haji Qassem", "Sardar Soleimani");
        assertThat(soleimani.get("position")).containsExactly("Brigadier General", "Commander of Qods force");
        assertThat(soleimani.get("birthPlace")).containsExactly("Qom, Iran (Islamic Republic of)");
        assertThat(byId.get("un-IRi.039-doc-1").get("country")).containsExactly("ir");

        Entity nusrah = byId.get("un-QDe.137");
        assertThat(nusrah.schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(nusrah.get("name")).containsExactly("AL-NUSRAH FRONT FOR THE PEOPLE OF THE LEVANT");
        assertThat(nusrah.get("alias")).startsWith("جبهة النصرة لأهل الشام", "Hay’at Tahrir al-Sham (HTS)",
                        "هيئة تحرير الشام", "Hay’at Tahrir al-Sham")
                .contains("جبهة النصرة", "the Victory Front", "Al-Nusra Front", "جبهة فتح الشام", "Fateh al-Sham Front",
                        "شبكة أنصار المجاهدين", "Ansar al-Mujahideen Network", "Front for the Conquest of Syria")
                .noneMatch(a -> a.contains(";") || a.contains("original script") || a.contains("sub-unit"));
        assertThat(nusrah.get("country")).containsExactly("sy", "iq");
        assertThat(nusrah.get("address")).isEmpty();

        // a Latin alias followed by the same name in Arabic script
        assertThat(byId.get("un-QDi.291").get("alias"))
                .contains("إبراهيم حسن طالع العسيري", "Ibrahim Hassan Tali Asiri", "إبراهيم حسن طالع عسيري");

        Entity cagl = byId.get("un-CDe.003");
        assertThat(cagl.get("name")).containsExactly("COMPAGNIE AERIENNE DES GRANDS LACS (CAGL) ; GREAT LAKES BUSINESS COMPANY (GLBC)");
        assertThat(cagl.get("alias")).containsExactly("COMPAGNIE AERIENNE DES GRANDS LACS (CAGL)",
                "GREAT LAKES BUSINESS COMPANY (GLBC)", "CAGL");
        assertThat(cagl.get("address")).containsExactly("Avenue Président Mobutu, Goma, Democratic Republic of the Congo",
                "Gisenyi, Rwanda", "PO BOX 315, Goma, Democratic Republic of the Congo");
        assertThat(cagl.get("country")).containsExactly("cd", "rw");
    }

    @Test
    void datesOfBirthInEveryForm() {
        // BETWEEN 1960 and 1962 -> each year
        Entity baqi = byId.get("un-TAi.038");
        assertThat(baqi.get("birthDate")).containsExactly("1960", "1961", "1962");
        assertThat(baqi.get("title")).containsExactly("Maulavi", "Mullah");
        assertThat(baqi.get("alias")).containsExactly("عبد الباقي بصير أول شاه", "Abdul Baqi");
        assertThat(baqi.get("birthPlace")).containsExactly("Jalalabad City, Nangarhar Province, Afghanistan",
                "Shinwar District, Nangarhar Province, Afghanistan");
        // only a NOTE "Nov. 1973"
        Entity kaina = byId.get("un-CDi.004");
        assertThat(kaina.get("birthDate")).containsExactly("1973-11");
        assertThat(kaina.get("gender")).containsExactly("male");
        assertThat(kaina.get("weakAlias")).containsExactly("India Queen");
        // a Hijri date in NOTE is dropped and reported; the Gregorian dates stay
        Entity asiri = byId.get("un-QDi.291");
        assertThat(asiri.get("birthDate")).containsExactly("1982-04-19", "1982-04-18");
        assertThat(load.report().problems()).containsExactly(new RecordProblem(FILE,
                "/CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL[6]", "QDi.291", "INDIVIDUAL_DATE_OF_BIRTH",
                "unparseable date of birth '24/06/1402 (Hijri Calendar)'"));
        Entity id = byId.get("un-QDi.291-doc-2");
        assertThat(id.schema()).isEqualTo(Schema.IDENTIFICATION);
        assertThat(id.get("type")).containsExactly("civil identification number");
        assertThat(asiri.get("idNumber")).containsExactly("1028745097");
        assertThat(byId.get("un-QDi.291-doc-1").get("startDate")).containsExactly("2005-04-30");
    }

    @Test
    void emptyAliasElementsAreCountedNotKept() {
        Entity komid = byId.get("un-KPe.014");
        assertThat(komid.get("alias")).isEmpty();
        assertThat(load.report().counters()).containsEntry("empty alias elements", 1L)
                .containsEntry("empty document elements", 3L)
                .containsEntry("original-script names", 4L);
    }

    @Test
    void brokenRecordIsSkippedAndReportedWhileOthersLoad() throws IOException {
        String xml = excerpt
                .replace("<REFERENCE_NUMBER>CDi.004</REFERENCE_NUMBER>", "")
                .replace("<LISTED_ON>2007-03-24</LISTED_ON>", "<LISTED_ON>24/03/2007</LISTED_ON>");
        ListLoad broken = new UnXmlSource().load(SourceInput.ofText("broken.xml", xml));

        assertThat(broken.report().records()).isEqualTo(9);
        assertThat(broken.report().skipped()).isEqualTo(1);
        assertThat(broken.report().problems()).contains(
                new RecordProblem("broken.xml", "/CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL[5]", "", "REFERENCE_NUMBER",
                        "missing reference number"),
                new RecordProblem("broken.xml", "/CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL[3]", "IRi.039", "LISTED_ON",
                        "unparseable listing date '24/03/2007'"));
        assertThat(broken.entities()).extracting(Entity::id).doesNotContain("un-CDi.004")
                .contains("un-QDi.006", "un-IRi.039", "un-IRi.039-sanction", "un-CDe.003");
        assertThat(broken.entities()).filteredOn(e -> e.id().equals("un-IRi.039-sanction"))
                .singleElement().satisfies(s -> assertThat(s.get("listingDate")).isEmpty());
    }

    @Test
    void truncatedFileIsRejectedWhole() {
        String half = excerpt.substring(0, excerpt.indexOf("<REFERENCE_NUMBER>TAi.038"));
        assertThatThrownBy(() -> new UnXmlSource().load(SourceInput.ofText("cut.xml", half)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith("cut.xml line ")
                .hasMessageContaining("XML not well-formed");
    }

    @Test
    void otherRootElementIsRejected() {
        String other = "<?xml version=\"1.0\"?>\n<sdnList><publshInformation/></sdnList>\n";
        assertThatThrownBy(() -> new UnXmlSource().load(SourceInput.ofText("sdn.xml", other)))
                .isInstanceOf(ListFormatException.class)
                .hasMessage("sdn.xml line 2 column 10: root element is sdnList, expected CONSOLIDATED_LIST");
    }

    @Test
    void emptyFileIsRejected() {
        assertThatThrownBy(() -> new UnXmlSource().load(SourceInput.ofText("empty.xml", "")))
                .isInstanceOf(ListFormatException.class)
                .hasMessage("empty.xml: empty file, expected UN consolidated list XML (root CONSOLIDATED_LIST)");
    }

    @Test
    void missingDateGeneratedFallsBack() throws IOException {
        String xml = excerpt.replace(" dateGenerated=\"2026-02-27T00:00:09.554Z\"", "");
        ListLoad l = new UnXmlSource(LocalDate.of(2026, 3, 1)).load(SourceInput.ofText(FILE, xml));
        assertThat(l.snapshot().published()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(new UnXmlSource().load(SourceInput.ofText(FILE, xml)).snapshot().published()).isNull();
    }
}
