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

/** The whole cons_advanced.xml of 17 March 2020 (375 DistinctParty, 759 SanctionsEntry). */
class OfacAdvancedXmlSourceIT {
    private static ListLoad load;

    @BeforeAll
    static void loadSample() throws IOException {
        load = OfacAdvancedXmlSource.consolidated().load(SourceInput.ofResources(OfacAdvancedXmlSourceIT.class, "/samples",
                List.of("ofac-advanced-cons-2020-03-17.xml")));
    }

    @Test
    void countsMatchTheFile() {
        assertThat(load.snapshot().published()).isEqualTo(LocalDate.of(2020, 3, 17));
        // 464 Location + 573 IDRegDocument + 375 DistinctParty + 276 ProfileRelationship + 759 SanctionsEntry
        assertThat(load.report().records()).isEqualTo(2447);
        assertThat(load.report().skipped()).isZero();
        assertThat(load.report().problems()).isEmpty();
        // 82 parties of PartySubType 4 (Individual), 293 of 3 (Entity); 573 documents + 34 SWIFT/BIC + 3 BIK features
        assertThat(load.countsBySchema()).isEqualTo(Map.of("Person", 82, "Organization", 293, "Sanction", 759,
                "Identification", 607, "Passport", 3, "Ownership", 276));
        assertThat(load.report().counters()).containsEntry("empty locations", 53L);
    }

    @Test
    void idsAreUniqueAndLinksPointIntoTheLoad() {
        List<String> ids = load.entities().stream().map(Entity::id).toList();
        assertThat(ids).doesNotHaveDuplicates();
        for (Entity e : load.entities()) {
            for (String ref : List.of(Prop.ENTITY, Prop.HOLDER, Prop.OWNER, Prop.ASSET)) {
                assertThat(ids).containsAll(e.get(ref));
            }
        }
        assertThat(load.entities()).filteredOn(e -> e.schema().matchable())
                .allSatisfy(e -> assertThat(e.get(Prop.PROGRAM)).isNotEmpty());
    }

    @Test
    void lengiproneftekhimHasRegistrationCountryDocumentsAndOwner() {
        Entity lgn = entity(load, "ofac-23552");
        assertThat(lgn.schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(lgn.get(Prop.NAME)).containsExactly("LENGIPRONEFTEKHIM OOO");
        assertThat(lgn.get(Prop.ALIAS)).contains("LLC LENGIPRONEFTEKHIM");
        // "Nationality of Registration" points at a Location whose country is Russia
        assertThat(lgn.get(Prop.JURISDICTION)).containsExactly("ru");
        assertThat(lgn.get(Prop.REGISTRATION_NUMBER)).containsExactly("1057803105755");
        assertThat(lgn.get(Prop.TAX_NUMBER)).containsExactly("7810327462");
        assertThat(lgn.get(Prop.EMAIL)).containsExactly("lgnch@lgnch.spb.ru");
        assertThat(lgn.get(Prop.ADDRESS)).containsExactly("D. 94, Obvodnogo Kanala, nab, St. Petersburg, 196084, Russia");
        assertThat(entity(load, "ofac-23552-id-15017").get(Prop.AUTHORITY)).containsExactly("OGRN");
        assertThat(entity(load, "ofac-23552-sanction-50023552").get(Prop.PROVISIONS)).containsExactly(
                "Executive Order 13662 Directive Determination - Subject to Directive 4", "13662 Sectoral Directive 4");
        assertThat(entity(load, "ofac-23552-link-17145").get(Prop.OWNER)).containsExactly("ofac-17145");
    }

    @Test
    void haniyaIsListedTwice() {
        Entity haniya = entity(load, "ofac-9639");
        assertThat(haniya.get(Prop.NAME)).containsExactly("HANIYA, Ismail Abdul Salah");
        assertThat(haniya.get(Prop.BIRTH_DATE)).containsExactly("1962");
        assertThat(entity(load, "ofac-9639-sanction-10009639").get(Prop.LISTING_DATE)).containsExactly("2006-04-12");
        assertThat(entity(load, "ofac-9639-sanction-70009639").get(Prop.SUMMARY)).containsExactly("Consolidated List");
    }
}
