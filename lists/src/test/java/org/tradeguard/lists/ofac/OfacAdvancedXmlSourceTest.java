package org.tradeguard.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.tradeguard.lists.ofac.OfacXmlTestSupport.assertNotWellFormed;
import static org.tradeguard.lists.ofac.OfacXmlTestSupport.entity;
import static org.tradeguard.lists.ofac.OfacXmlTestSupport.replaceOnce;
import static org.tradeguard.lists.ofac.OfacXmlTestSupport.text;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tradeguard.lists.ListFormatException;
import org.tradeguard.lists.ListLoad;
import org.tradeguard.lists.RecordProblem;
import org.tradeguard.lists.SourceInput;
import org.tradeguard.model.Entity;
import org.tradeguard.model.Prop;
import org.tradeguard.model.Schema;

class OfacAdvancedXmlSourceTest {
    private static final String EXCERPT = "ofac-xml/advanced-excerpt.xml";
    private static final String FILE = "cons_advanced.xml";

    private static ListLoad load(String text) throws IOException {
        return OfacAdvancedXmlSource.consolidated().load(SourceInput.ofText(FILE, text));
    }

    @Test
    void readsSnapshotAndCounts() throws IOException {
        ListLoad load = load(text(EXCERPT));

        assertThat(load.snapshot().source()).isEqualTo("ofac-nonsdn-advanced");
        assertThat(load.snapshot().published()).isEqualTo(LocalDate.of(2020, 3, 17));
        // 5 Location + 2 IDRegDocument + 4 DistinctParty + 1 ProfileRelationship + 8 SanctionsEntry
        assertThat(load.report().records()).isEqualTo(20);
        assertThat(load.report().skipped()).isZero();
        assertThat(load.report().problems()).isEmpty();
        assertThat(load.countsBySchema()).isEqualTo(Map.of("Person", 2, "Organization", 2, "Sanction", 8,
                "Identification", 4, "Passport", 1, "Ownership", 1));
        assertThat(load.entities()).allSatisfy(e -> assertThat(e.datasets()).containsExactly("ofac-nonsdn-advanced"));
    }

    @Test
    void mapsPersonNamePartsAndBirthFeatures() throws IOException {
        Entity haniya = entity(load(text(EXCERPT)), "ofac-9639");

        assertThat(haniya.schema()).isEqualTo(Schema.PERSON);
        assertThat(haniya.get(Prop.NAME)).containsExactly("HANIYA, Ismail Abdul Salah");
        assertThat(haniya.get(Prop.LAST_NAME)).containsExactly("HANIYA");
        assertThat(haniya.get(Prop.FIRST_NAME)).containsExactly("Ismail Abdul Salah");
        assertThat(haniya.get(Prop.ALIAS)).containsExactly("HANIYA, Ismail", "HANIYYA, Ismaeel");
        // the period 1962-01-01 .. 1962-12-31 is the year 1962
        assertThat(haniya.get(Prop.BIRTH_DATE)).containsExactly("1962");
        assertThat(haniya.get(Prop.BIRTH_PLACE)).containsExactly("Shati");
        assertThat(haniya.get(Prop.PROGRAM)).containsExactly("NS-PLC");
        // its only Location is the area code "undetermined"
        assertThat(haniya.get(Prop.ADDRESS)).isEmpty();
        assertThat(haniya.provenance().recordId()).isEqualTo("9639");
        assertThat(haniya.provenance().raw()).startsWith("<DistinctParty FixedRef=\"9639\"><Comment/><Profile ID=\"9639\"");
    }

    @Test
    void mapsLookupCountryAndDocumentFeatures() throws IOException {
        ListLoad load = load(text(EXCERPT));
        Entity kayakiran = entity(load, "ofac-26182");

        assertThat(kayakiran.get(Prop.NAME)).containsExactly("KAYAKIRAN, Evren");
        assertThat(kayakiran.get(Prop.BIRTH_DATE)).containsExactly("1980-02-08");
        assertThat(kayakiran.get(Prop.GENDER)).containsExactly("male");
        assertThat(kayakiran.get(Prop.CITIZENSHIP)).containsExactly("tr");
        assertThat(kayakiran.get(Prop.COUNTRY)).containsExactly("tr");
        assertThat(kayakiran.get(Prop.PASSPORT_NUMBER)).containsExactly("U00242309");
        assertThat(kayakiran.get(Prop.PROGRAM)).containsExactly("FSE-IR");

        Entity passport = entity(load, "ofac-26182-id-16873");
        assertThat(passport.schema()).isEqualTo(Schema.PASSPORT);
        assertThat(passport.properties()).isEqualTo(Map.of(Prop.HOLDER, List.of("ofac-26182"),
                Prop.NUMBER, List.of("U00242309"), Prop.TYPE, List.of("Passport"), Prop.COUNTRY, List.of("tr")));
        assertThat(passport.provenance().raw()).startsWith("<IDRegDocument ID=\"16873\" IDRegDocTypeID=\"1571\"");

        Entity fse = entity(load, "ofac-26182-sanction-40026182");
        assertThat(fse.get(Prop.ENTITY)).containsExactly("ofac-26182");
        assertThat(fse.get(Prop.AUTHORITY)).containsExactly("US Treasury OFAC");
        assertThat(fse.get(Prop.PROGRAM)).containsExactly("FSE-IR");
        assertThat(fse.get(Prop.PROVISIONS)).containsExactly("Reject");
        assertThat(fse.get(Prop.LISTING_DATE)).containsExactly("2019-02-07");
        assertThat(fse.get(Prop.SUMMARY)).containsExactly("FSE List");
        assertThat(fse.get(Prop.NOTES)).containsExactly("Legal basis: Executive Order 13608 (Iran/Syria)");
    }

    @Test
    void mapsOrganisationAliasesIdentifiersDirectivesAndOwnership() throws IOException {
        ListLoad load = load(text(EXCERPT));
        Entity veb = entity(load, "ofac-17015");

        assertThat(veb.schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(veb.get(Prop.NAME)).containsExactly("Vnesheconombank");
        assertThat(veb.get(Prop.WEAK_ALIAS)).containsExactly("VEB");
        assertThat(veb.get(Prop.ALIAS)).contains(
                "Bank Razvitiya I Vneshneekonomicheskoi Deyatelnosti (Vneshekonombank) Gosudarstvennaya Korporatsiya");
        assertThat(veb.get(Prop.SWIFT_BIC)).containsExactly("BFEARUMM");
        assertThat(veb.get(Prop.ID_NUMBER)).containsExactly("044525060");
        assertThat(veb.get(Prop.WEBSITE)).containsExactly("http://www.veb.ru");
        assertThat(veb.get(Prop.EMAIL)).containsExactly("info@veb.ru");
        assertThat(veb.get(Prop.ADDRESS)).containsExactly("9 Akademika Sakharova prospekt, Moscow, 107996, Russia");
        assertThat(veb.get(Prop.COUNTRY)).containsExactly("ru");
        assertThat(entity(load, "ofac-17015-id-15748").get(Prop.TYPE)).containsExactly("SWIFT/BIC");

        Entity ssi = entity(load, "ofac-17015-sanction-50017015");
        assertThat(ssi.get(Prop.PROVISIONS)).containsExactly(
                "Executive Order 13662 Directive Determination - Subject to Directive 1", "13662 Sectoral Directive 1");
        assertThat(ssi.get(Prop.LISTING_DATE)).containsExactly("2014-07-16");
        assertThat(ssi.get(Prop.SUMMARY)).containsExactly("Sectoral Sanctions Identifications List");

        assertThat(entity(load, "ofac-18268").get(Prop.REGISTRATION_NUMBER)).containsExactly("1027739109133");
        Entity owned = entity(load, "ofac-18268-link-17015");
        assertThat(owned.schema()).isEqualTo(Schema.OWNERSHIP);
        assertThat(owned.properties()).isEqualTo(Map.of(Prop.OWNER, List.of("ofac-17015"),
                Prop.ASSET, List.of("ofac-18268"), Prop.ROLE, List.of("Owned or Controlled By")));
        assertThat(owned.provenance().recordId()).isEqualTo("2198");
    }

    @Test
    void joinsSectionsWhateverTheirOrder() throws IOException {
        String text = text(EXCERPT);
        int locations = text.indexOf("  <Locations>");
        int parties = text.indexOf("  <DistinctParties>");
        int relationships = text.indexOf("  <ProfileRelationships>");
        // Locations and IDRegDocuments after DistinctParties instead of before
        String moved = text.substring(0, locations) + text.substring(parties, relationships)
                + text.substring(locations, parties) + text.substring(relationships);

        ListLoad original = load(text);
        ListLoad reordered = load(moved);

        assertThat(reordered.report().problems()).isEmpty();
        assertThat(reordered.entities()).extracting(Entity::id, Entity::properties)
                .containsExactlyInAnyOrderElementsOf(original.entities().stream()
                        .map(e -> tuple(e.id(), e.properties())).toList());
    }

    @Test
    void skipsBrokenRecordsAndDropsBadFields() throws IOException {
        String text = text(EXCERPT);
        // a party without a usable id: skipped, and so are the two sanctions entries of its profile
        text = replaceOnce(text, "<DistinctParty FixedRef=\"9639\">", "<DistinctParty FixedRef=\"x9639\">");
        // a document of a type the reference values do not define: skipped
        text = replaceOnce(text, "IDRegDocTypeID=\"91475\"", "IDRegDocTypeID=\"99999\"");
        // a feature of an unknown type: dropped, the party kept
        text = replaceOnce(text, "<Feature ID=\"30604\" FeatureTypeID=\"224\">", "<Feature ID=\"30604\" FeatureTypeID=\"98765\">");

        ListLoad load = load(text);

        assertThat(load.report().records()).isEqualTo(20);
        assertThat(load.report().skipped()).isEqualTo(4);
        assertThat(load.entities()).extracting(Entity::id).doesNotContain("ofac-9639", "ofac-18268-id-10549")
                .contains("ofac-26182", "ofac-18268");
        assertThat(entity(load, "ofac-26182").get(Prop.GENDER)).isEmpty();
        assertThat(load.report().problems()).containsExactly(
                new RecordProblem(FILE, "/Sanctions/IDRegDocuments/IDRegDocument[1]", "10549", "IDRegDocTypeID",
                        "unknown IDRegDocTypeID '99999'"),
                new RecordProblem(FILE, "/Sanctions/DistinctParties/DistinctParty[1]", "x9639", "FixedRef",
                        "DistinctParty without a numeric FixedRef or Profile ID: 'x9639'"),
                new RecordProblem(FILE, "/Sanctions/DistinctParties/DistinctParty[4]", "26182", "FeatureTypeID",
                        "unknown FeatureTypeID '98765'"),
                new RecordProblem(FILE, "/Sanctions/SanctionsEntries/SanctionsEntry[1]", "70009639", "ProfileID",
                        "SanctionsEntry for profile 9639, which no DistinctParty has"),
                new RecordProblem(FILE, "/Sanctions/SanctionsEntries/SanctionsEntry[2]", "10009639", "ProfileID",
                        "SanctionsEntry for profile 9639, which no DistinctParty has"));
    }

    @Test
    void rejectsTruncatedFile() {
        String text = text(EXCERPT);
        String truncated = text.substring(0, text.indexOf("<DistinctParty FixedRef=\"18268\">"));

        assertNotWellFormed(() -> load(truncated), FILE, "an OFAC advanced XML list");
    }

    @Test
    void rejectsWrongRootAndNonXml() {
        String classic = text("ofac-xml/classic-excerpt.xml");
        assertThatThrownBy(() -> load(classic))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith("cons_advanced.xml /sdnList: root element <sdnList> in namespace 'http://tempuri.org/sdnList.xsd'")
                .hasMessageContaining("expected an OFAC advanced XML list");
        assertNotWellFormed(() -> load("{\"id\": \"NK-1\", \"schema\": \"Person\"}"), FILE, "an OFAC advanced XML list");
        assertThatThrownBy(() -> load(""))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("empty file");
    }

    @Test
    void rejectsFileWithoutReferenceValuesFirst() {
        String text = text(EXCERPT);
        String noReferences = text.substring(0, text.indexOf("  <ReferenceValueSets>"))
                + text.substring(text.indexOf("  </ReferenceValueSets>") + "  </ReferenceValueSets>\n".length());

        assertThatThrownBy(() -> load(noReferences))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith("cons_advanced.xml /Sanctions/Locations: <Locations> before <ReferenceValueSets>");
    }

    @Test
    void namesTheStandardSources() {
        assertThat(OfacAdvancedXmlSource.sdn().id()).isEqualTo("ofac-sdn-advanced");
        assertThat(OfacAdvancedXmlSource.consolidated().id()).isEqualTo("ofac-nonsdn-advanced");
    }
}
