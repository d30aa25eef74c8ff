package org.tradeguard.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradeguard.lists.ofac.OfacXmlTestSupport.entity;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tradeguard.lists.ListLoad;
import org.tradeguard.lists.SourceInput;
import org.tradeguard.model.Entity;
import org.tradeguard.model.Prop;
import org.tradeguard.model.Schema;

/** The whole classic consolidated.xml of 6 April 2018 (639 sdnEntry). */
class OfacXmlSourceIT {
    private static ListLoad load;

    @BeforeAll
    static void loadSample() throws IOException {
        load = OfacXmlSource.consolidated().load(SourceInput.ofResources(OfacXmlSourceIT.class, "/samples",
                List.of("ofac-classic-consolidated-2018-04.xml")));
    }

    @Test
    void countsMatchTheFile() {
        assertThat(load.snapshot().published()).isEqualTo(LocalDate.of(2018, 4, 6));
        // Record_Count says 639; 94 Individual + 471 Entity + 74 Vessel sdnType
        assertThat(load.report().records()).isEqualTo(639);
        assertThat(load.report().skipped()).isZero();
        assertThat(load.report().problems()).isEmpty();
        // 2,096 idList ids less 837 informational, 359 website/e-mail and 113 flag/registration-country ids
        assertThat(load.countsBySchema()).isEqualTo(Map.of("Person", 94, "Organization", 471, "Vessel", 74,
                "Sanction", 639, "Identification", 773, "Passport", 14, "UnknownLink", 365));
        assertThat(load.report().counters()).containsEntry("unmapped country: None Identified", 42L);
    }

    @Test
    void idsAreUniqueAndLinksPointIntoTheLoad() {
        List<String> ids = load.entities().stream().map(Entity::id).toList();
        assertThat(ids).doesNotHaveDuplicates();
        for (Entity e : load.entities()) {
            for (String ref : List.of(Prop.ENTITY, Prop.HOLDER, Prop.SUBJECT, Prop.OBJECT)) {
                assertThat(ids).containsAll(e.get(ref));
            }
        }
    }

    @Test
    void bankMarkaziHasAliasesAddressesAndJcpoaFacts() {
        Entity bank = entity(load, "ofac-4632");
        assertThat(bank.schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(bank.get(Prop.NAME)).containsExactly("BANK MARKAZI JOMHOURI ISLAMI IRAN");
        assertThat(bank.get(Prop.ALIAS)).containsExactly("CENTRAL BANK OF THE ISLAMIC REPUBLIC OF IRAN",
                "BANK MARKAZI IRAN", "CENTRAL BANK OF IRAN");
        assertThat(bank.get(Prop.ADDRESS)).containsExactly("PO Box 15875/7177, 144 Mirdamad Blvd, Tehran, Iran",
                "213 Ferdowsi Avenue, Tehran, 11365, Iran");
        assertThat(bank.get(Prop.COUNTRY)).containsExactly("ir");
        assertThat(entity(load, "ofac-4632-sanction").get(Prop.SOURCE_URL))
                .containsExactly("https://www.treasury.gov/resource-center/sanctions/Programs/Documents/jcpoa_faqs.pdf");
    }

    @Test
    void futureBankRegistrationKeepsItsExpiry() {
        Entity doc = entity(load, "ofac-10664-id-5249");
        assertThat(doc.schema()).isEqualTo(Schema.IDENTIFICATION);
        assertThat(doc.properties()).containsEntry(Prop.NUMBER, List.of("54514-1"))
                .containsEntry(Prop.TYPE, List.of("Business Registration Document #"))
                .containsEntry(Prop.COUNTRY, List.of("bh"))
                .containsEntry(Prop.END_DATE, List.of("2009-06-09"));
        assertThat(entity(load, "ofac-10664").get(Prop.REGISTRATION_NUMBER)).containsExactly("54514-1");
    }

    @Test
    void vnesheconombankCarriesTheSectoralDirective() {
        Entity veb = entity(load, "ofac-17015");
        assertThat(veb.get(Prop.NAME)).containsExactly("VNESHECONOMBANK");
        assertThat(veb.get(Prop.WEAK_ALIAS)).containsExactly("VEB");
        assertThat(veb.get(Prop.SWIFT_BIC)).containsExactly("BFEA RU MM");
        assertThat(veb.get(Prop.PROGRAM)).containsExactly("UKRAINE-EO13662");
        assertThat(entity(load, "ofac-17015-sanction").get(Prop.PROVISIONS))
                .containsExactly("Executive Order 13662 Directive Determination - Subject to Directive 1");
    }
}
