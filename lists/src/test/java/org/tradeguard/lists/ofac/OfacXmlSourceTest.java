package org.tradeguard.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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

class OfacXmlSourceTest {
    private static final String EXCERPT = "ofac-xml/classic-excerpt.xml";

    private static ListLoad load(String text) throws IOException {
        return OfacXmlSource.consolidated().load(SourceInput.ofText("consolidated.xml", text));
    }

    @Test
    void readsSnapshotAndCounts() throws IOException {
        ListLoad load = load(text(EXCERPT));

        assertThat(load.snapshot().source()).isEqualTo("ofac-nonsdn-xml");
        assertThat(load.snapshot().published()).isEqualTo(LocalDate.of(2018, 4, 6));
        assertThat(load.snapshot().sha256()).hasSize(64);
        assertThat(load.report().records()).isEqualTo(4);
        assertThat(load.report().skipped()).isZero();
        assertThat(load.report().problems()).isEmpty();
        assertThat(load.countsBySchema()).isEqualTo(Map.of("Person", 2, "Organization", 1, "Vessel", 1,
                "Sanction", 4, "Passport", 2, "Identification", 2, "UnknownLink", 1));
        assertThat(load.entities()).allSatisfy(e -> assertThat(e.datasets()).containsExactly("ofac-nonsdn-xml"));
    }

    @Test
    void mapsPersonWithSplitNameAkasAndBirthFacts() throws IOException {
        Entity haniya = entity(load(text(EXCERPT)), "ofac-9639");

        assertThat(haniya.schema()).isEqualTo(Schema.PERSON);
        assertThat(haniya.get(Prop.NAME)).containsExactly("HANIYA, Ismail Abdul Salah");
        assertThat(haniya.get(Prop.LAST_NAME)).containsExactly("HANIYA");
        assertThat(haniya.get(Prop.FIRST_NAME)).containsExactly("Ismail Abdul Salah");
        assertThat(haniya.get(Prop.ALIAS)).containsExactly("HANIYA, Ismail", "HANIYYA, Ismaeel");
        assertThat(haniya.get(Prop.BIRTH_DATE)).containsExactly("1962");
        assertThat(haniya.get(Prop.BIRTH_PLACE)).containsExactly("Shati");
        assertThat(haniya.get(Prop.PROGRAM)).containsExactly("NS-PLC");
        assertThat(haniya.get(Prop.TOPICS)).containsExactly("sanction");
        assertThat(haniya.provenance().recordId()).isEqualTo("9639");
        assertThat(haniya.provenance().raw()).startsWith("<sdnEntry><uid>9639</uid><firstName>Ismail Abdul Salah</firstName>")
                .endsWith("</sdnEntry>");
    }

    @Test
    void mapsPassportsTitleNationalityAndSanctionFacts() throws IOException {
        ListLoad load = load(text(EXCERPT));
        Entity jashnsaz = entity(load, "ofac-15961");

        assertThat(jashnsaz.get(Prop.NAME)).containsExactly("JASHNSAZ, Seifollah");
        assertThat(jashnsaz.get(Prop.POSITION)).containsExactly("Chairman & Director, Naftiran Intertrade Co. (NICO) Sarl; "
                + "Chairman & Director, Naft Iran Intertrade Company Ltd.; Director, Hong Kong Intertrade Company");
        assertThat(jashnsaz.get(Prop.PASSPORT_NUMBER)).containsExactly("R17589399", "T23700825");
        assertThat(jashnsaz.get(Prop.NATIONALITY)).containsExactly("ir");
        assertThat(jashnsaz.get(Prop.BIRTH_DATE)).containsExactly("1958-03-22");
        assertThat(jashnsaz.get(Prop.BIRTH_PLACE)).containsExactly("Behbahan, Iran");
        assertThat(jashnsaz.get(Prop.NOTES)).containsExactly("Chairman of the Board of Directors, Iranian Oil Company (U.K.) Limited; "
                + "Chairman & Director, Petro Suisse Intertrade Company");

        Entity passport = entity(load, "ofac-15961-id-8907");
        assertThat(passport.schema()).isEqualTo(Schema.PASSPORT);
        assertThat(passport.properties()).isEqualTo(Map.of(Prop.HOLDER, List.of("ofac-15961"),
                Prop.NUMBER, List.of("T23700825"), Prop.TYPE, List.of("Passport"), Prop.COUNTRY, List.of("ir")));
        assertThat(passport.provenance().raw()).isEqualTo(
                "<id><uid>8907</uid><idType>Passport</idType><idNumber>T23700825</idNumber><idCountry>Iran</idCountry></id>");

        Entity sanction = entity(load, "ofac-15961-sanction");
        assertThat(sanction.schema()).isEqualTo(Schema.SANCTION);
        assertThat(sanction.get(Prop.ENTITY)).containsExactly("ofac-15961");
        assertThat(sanction.get(Prop.AUTHORITY)).containsExactly("US Treasury OFAC");
        assertThat(sanction.get(Prop.PROGRAM)).containsExactly("IRAN");
        assertThat(sanction.get(Prop.PROVISIONS)).containsExactly("Additional Sanctions Information - Not on the SDN List "
                + "and Not Subject to Secondary Sanctions; U.S. Persons Must Continue to Block the Property and Interests "
                + "in Property of this Person Pursuant to Executive Order 13599");
        assertThat(sanction.get(Prop.SOURCE_URL))
                .containsExactly("https://www.treasury.gov/resource-center/sanctions/Programs/Documents/jcpoa_faqs.pdf");
    }

    @Test
    void mapsVesselInfoIdentifiersFormerNamesAndLinkedTo() throws IOException {
        ListLoad load = load(text(EXCERPT));
        Entity shona = entity(load, "ofac-15036");

        assertThat(shona.schema()).isEqualTo(Schema.VESSEL);
        assertThat(shona.get(Prop.NAME)).containsExactly("SHONA");
        assertThat(shona.get(Prop.PREVIOUS_NAME)).containsExactly("ABADAN", "ALPHA");
        assertThat(shona.get(Prop.IMO_NUMBER)).containsExactly("IMO 9187629");
        assertThat(shona.get(Prop.MMSI)).containsExactly("572469210");
        assertThat(shona.get(Prop.CALL_SIGN)).containsExactly("T2EU4");
        assertThat(shona.get(Prop.TYPE)).containsExactly("Crude/Oil Products Tanker");
        assertThat(shona.get(Prop.FLAG)).containsExactly("tz");
        // "Former Vessel Flag: None Identified" names no country: dropped and counted
        assertThat(shona.get(OfacXmlParty.PAST_FLAGS)).containsExactly("mt", "tv");
        assertThat(shona.get(OfacXmlParty.TONNAGE)).containsExactly("99144");
        assertThat(shona.get(OfacXmlParty.GROSS_REGISTERED_TONNAGE)).containsExactly("56068");
        assertThat(load.report().counters()).containsEntry("unmapped country: None Identified", 1L);
        assertThat(entity(load, "ofac-15036-id-8045").get(Prop.NUMBER)).containsExactly("IMO 9187629");

        Entity link = entity(load, "ofac-15036-link-15117");
        assertThat(link.schema()).isEqualTo(Schema.UNKNOWN_LINK);
        assertThat(link.get(Prop.SUBJECT)).containsExactly("ofac-15036");
        assertThat(link.get(Prop.OBJECT)).containsExactly("ofac-15117");
        assertThat(link.get(Prop.ROLE)).containsExactly("Linked To");
    }

    @Test
    void mapsOrganisationContactsAndAddress() throws IOException {
        Entity nitc = entity(load(text(EXCERPT)), "ofac-15117");

        assertThat(nitc.schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(nitc.get(Prop.NAME)).containsExactly("NATIONAL IRANIAN TANKER COMPANY");
        assertThat(nitc.get(Prop.LAST_NAME)).isEmpty();
        assertThat(nitc.get(Prop.ALIAS)).containsExactly("NITC");
        assertThat(nitc.get(Prop.EMAIL)).containsExactly("info@nitc.co.ir", "administrator@nitc.co.ir");
        assertThat(nitc.get(Prop.WEBSITE)).containsExactly("www.nitc.co.ir");
        assertThat(nitc.get(Prop.ADDRESS)).containsExactly("NITC Building, 67-88, Shahid Atefi Street, Africa Avenue, Tehran, Iran");
        assertThat(nitc.get(Prop.COUNTRY)).containsExactly("ir");
    }

    @Test
    void skipsBrokenEntriesAndDropsBadFields() throws IOException {
        String text = text(EXCERPT);
        // no name at all: the entry is skipped
        text = replaceOnce(text, "<lastName>SHONA</lastName>", "");
        // a non-numeric uid: skipped, reported with what it said
        text = replaceOnce(text, "<uid>15117</uid>", "<uid>15117x</uid>");
        // an unparseable birth date: the field is dropped, the entry kept
        text = replaceOnce(text, "<dateOfBirth>22 Mar 1958</dateOfBirth>", "<dateOfBirth>22 Mrz 1958</dateOfBirth>");

        ListLoad load = load(text);

        assertThat(load.report().records()).isEqualTo(4);
        assertThat(load.report().skipped()).isEqualTo(2);
        assertThat(load.entities()).extracting(Entity::id).contains("ofac-9639", "ofac-15961")
                .doesNotContain("ofac-15036", "ofac-15117");
        assertThat(entity(load, "ofac-15961").get(Prop.BIRTH_DATE)).isEmpty();
        assertThat(load.report().problems()).containsExactly(
                new RecordProblem("consolidated.xml", "/sdnList/sdnEntry[2]", "15036", "lastName",
                        "no name: lastName and firstName are empty"),
                new RecordProblem("consolidated.xml", "/sdnList/sdnEntry[3]", "15117x", "uid",
                        "missing or non-numeric uid '15117x'"),
                new RecordProblem("consolidated.xml", "/sdnList/sdnEntry[4]", "15961", "dateOfBirth",
                        "unparseable date '22 Mrz 1958'; expected e.g. '07 Mar 1965', 'Mar 1965', '1965', "
                                + "'circa 1965' or '1960 to 1962'"));
    }

    @Test
    void rejectsTruncatedFile() {
        String text = text(EXCERPT);
        String truncated = text.substring(0, text.indexOf("<uid>15117</uid>"));

        assertNotWellFormed(() -> load(truncated), "consolidated.xml", "an OFAC classic XML list");
    }

    @Test
    void rejectsNonXmlFile() {
        String csv = "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";

        assertNotWellFormed(() -> load(csv), "consolidated.xml", "an OFAC classic XML list");
    }

    @Test
    void rejectsWrongRootAndWrongNamespace() {
        assertThatThrownBy(() -> load("<?xml version=\"1.0\"?><CONSOLIDATED_LIST dateGenerated=\"2026-02-27\"/>"))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith("consolidated.xml /CONSOLIDATED_LIST: root element <CONSOLIDATED_LIST>")
                .hasMessageContaining("expected an OFAC classic XML list");
        String advanced = text("ofac-xml/advanced-excerpt.xml");
        assertThatThrownBy(() -> load(advanced))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("root element <Sanctions> in namespace 'http://www.un.org/sanctions/1.0'");
        String noNamespace = text(EXCERPT).replace(" xmlns=\"http://tempuri.org/sdnList.xsd\"", "");
        assertThatThrownBy(() -> load(noNamespace))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("root element <sdnList> in namespace ''");
    }

    @Test
    void rejectsEmptyFile() {
        assertThatThrownBy(() -> load(""))
                .isInstanceOf(ListFormatException.class)
                .hasMessage("consolidated.xml: empty file; expected an OFAC classic XML list (sdn.xml or consolidated.xml, root sdnList)");
    }

    @Test
    void fallsBackToGivenDateWithoutPublishDate() throws IOException {
        String text = replaceOnce(text(EXCERPT), "<Publish_Date>04/06/2018</Publish_Date>", "");
        OfacXmlSource source = new OfacXmlSource("ofac-sdn-xml", "test", LocalDate.of(2024, 5, 3));

        ListLoad load = source.load(SourceInput.ofText("sdn.xml", text));

        assertThat(load.snapshot().published()).isEqualTo(LocalDate.of(2024, 5, 3));
        assertThat(load.entities()).extracting(Entity::id).contains("ofac-9639");
    }

    @Test
    void namesTheStandardSources() {
        assertThat(OfacXmlSource.sdn().id()).isEqualTo("ofac-sdn-xml");
        assertThat(OfacXmlSource.consolidated().id()).isEqualTo("ofac-nonsdn-xml");
    }
}
