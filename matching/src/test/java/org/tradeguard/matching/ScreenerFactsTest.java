package org.tradeguard.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tradeguard.model.Entity;
import org.tradeguard.model.FactCheck;
import org.tradeguard.model.Hit;
import org.tradeguard.model.PartialDate;
import org.tradeguard.model.Prop;
import org.tradeguard.model.Provenance;
import org.tradeguard.model.Schema;
import org.tradeguard.model.ScreeningQuery;
import org.tradeguard.model.Snapshot;
import org.tradeguard.model.TokenMatch;

/** Facts beside the name: identifiers, birth dates, countries, weak aliases; with the real lists as background. */
class ScreenerFactsTest {

    static Screener screener;

    @BeforeAll
    static void index() {
        Snapshot snap = new Snapshot("facts", "facts test", null, "0".repeat(64), "test");
        List<Entity> all = new ArrayList<>(BundledBackground.entities());
        all.add(Entity.builder("t-person", Schema.PERSON, new Provenance(snap, "t-person", ""))
                .add(Prop.NAME, "ZORVANIAN, Pietro Aldo").add(Prop.BIRTH_DATE, "1961-04-12").add(Prop.NATIONALITY, "it")
                .add(Prop.PASSPORT_NUMBER, "YA1234567").add(Prop.WEAK_ALIAS, "Il Lupo Grigio").build());
        all.add(Entity.builder("t-vessel", Schema.VESSEL, new Provenance(snap, "t-vessel", ""))
                .add(Prop.NAME, "NORTHERN QUILLWAVE").add(Prop.IMO_NUMBER, "IMO 9876543").build());
        all.add(Entity.builder("t-org", Schema.ORGANIZATION, new Provenance(snap, "t-org", ""))
                .add(Prop.NAME, "HARAKAT ZORVANIA AL-JADIDA (HZJ)").build());
        // two spellings of one translated word ("Group" and "Jama'at", both keyed "group"): the
        // first must not stand for the second when a query spells it otherwise ("Jam'at")
        all.add(Entity.builder("t-group", Schema.ORGANIZATION, new Provenance(snap, "t-group", ""))
                .add(Prop.NAME, "AL-QAIDA IN ZORVANIA").add(Prop.ALIAS, "the Monotheism and Jihad Group")
                .add(Prop.ALIAS, "Jama'at Al-Zorvani Wa'al-Jihad").build());
        all.add(Entity.builder("t-acronym", Schema.ORGANIZATION, new Provenance(snap, "t-acronym", ""))
                .add(Prop.NAME, "ZORVANIAN QUILLWAVE RESEARCH CORPS AEROSPACE DIRECTORATE").build());
        all.add(Entity.builder("t-institute", Schema.ORGANIZATION, new Provenance(snap, "t-institute", ""))
                .add(Prop.NAME, "ZORVANIAN QUILLWAVE TECHNOLOGICAL INSTITUTE").build());
        all.add(Entity.builder("t-science", Schema.ORGANIZATION, new Provenance(snap, "t-science", ""))
                .add(Prop.NAME, "ZORVANIAN SCIENTIFIC RESEARCH INSTITUTE").build());
        all.add(Entity.builder("t-named", Schema.ORGANIZATION, new Provenance(snap, "t-named", ""))
                .add(Prop.NAME, "AO ZORVANSKI ZAVOD IMENI V.A. QUILLOVA").build());
        all.add(Entity.builder("t-paren", Schema.ORGANIZATION, new Provenance(snap, "t-paren", ""))
                .add(Prop.NAME, "QUILLMARK (ZORVANIA) INTERNATIONAL TRADING LIMITED").build());
        all.add(Entity.builder("t-reworded", Schema.ORGANIZATION, new Provenance(snap, "t-reworded", ""))
                .add(Prop.NAME, "KELDORAN VESTRIAN TECHNOLOGY ADMINISTRATION").build());
        all.add(Entity.builder("t-twice", Schema.ORGANIZATION, new Provenance(snap, "t-twice", ""))
                .add(Prop.NAME, "TELDOMINIKA JSC - Teldominica").build());
        // a ministry named without its country, which the entry gives (as OFAC lists Iran's
        // MINISTRY OF PETROLEUM); everyday words only, so the name alone is little evidence
        all.add(Entity.builder("t-ministry", Schema.ORGANIZATION, new Provenance(snap, "t-ministry", ""))
                .add(Prop.NAME, "MINISTRY OF ROADS AND TRANSPORT").add(Prop.COUNTRY, "ir").build());
        all.add(Entity.builder("t-ministry-elsewhere", Schema.ORGANIZATION, new Provenance(snap, "t-ministry-elsewhere", ""))
                .add(Prop.NAME, "MINISTRY OF ROADS AND TRANSPORT").add(Prop.COUNTRY, "sy").build());
        // an organisation's "General" is a word of its name; a person's "General" a rank
        all.add(Entity.builder("t-general", Schema.ORGANIZATION, new Provenance(snap, "t-general", ""))
                .add(Prop.NAME, "GENERAL QUILLWAVE LIMITED").build());
        all.add(Entity.builder("t-general-person", Schema.PERSON, new Provenance(snap, "t-general-person", ""))
                .add(Prop.NAME, "ZORVANIAN, Keldor Aldo").build());
        screener = Screener.build(all);
    }

    /** The query naming the listed party's own country adds nothing; for a party of another country it still costs. */
    @Test
    void theListedPartysOwnCountryInTheQueryCostsNothing() {
        ScreeningQuery query = new ScreeningQuery("Islamic Republic of Iran Ministry of Roads and Transport", Schema.ORGANIZATION, null, null,
                List.of(), null);
        Hit own = hit(query, "t-ministry");
        assertThat(own.score()).as(own.explanation().toString()).isGreaterThanOrEqualTo(0.8);
        assertThat(own.explanation().unmatchedQuery()).isEmpty();
        assertThat(own.explanation().repeatedQuery()).containsExactly("Islamic Republic of Iran");

        Hit elsewhere = hit(query, "t-ministry-elsewhere");
        assertThat(elsewhere.score()).isLessThan(own.score());
        assertThat(elsewhere.explanation().unmatchedQuery()).containsExactly("Islamic Republic of Iran");
    }

    /**
     * "General" is a title the pipeline ignores in a person's name, but a word of an organisation's:
     * "Quillwave Ltd" does not name GENERAL QUILLWAVE LIMITED, "General Quillwave Ltd" does, of any
     * schema; a query of no known schema is read both ways, so "General Keldor Zorvanian" still names
     * the person.
     */
    @Test
    void generalIsAWordOfAnOrganisationsNameAndARankOfAPersons() {
        for (Schema schema : new Schema[] {Schema.ORGANIZATION, null}) {
            Hit without = hit(new ScreeningQuery("Quillwave Ltd", schema, null, null, List.of(), null), "t-general");
            assertThat(without == null ? 0.0 : without.score()).as(schema + ": " + without).isLessThan(0.8);
            Hit with = hit(new ScreeningQuery("General Quillwave Ltd", schema, null, null, List.of(), null), "t-general");
            assertThat(with.score()).as(schema + ": " + with).isGreaterThanOrEqualTo(0.99);
        }
        for (Schema schema : new Schema[] {Schema.PERSON, null}) {
            Hit rank = hit(new ScreeningQuery("General Keldor Aldo Zorvanian", schema, null, null, List.of(), null), "t-general-person");
            assertThat(rank.score()).as(schema + ": " + rank).isGreaterThanOrEqualTo(0.99);
        }
    }

    /** One activity word put for another is explained as such, at its own similarity. */
    @Test
    void aRewordedNameIsExplained() {
        String query = "Keldoran Vestrian Development Administration";
        Hit h = hit(new ScreeningQuery(query, Schema.ORGANIZATION, null, null, List.of(), null), "t-reworded");
        assertThat(h.alert()).as(h.explanation().toString()).isTrue();
        assertThat(h.explanation().unmatchedQuery()).isEmpty();
        assertThat(h.explanation().tokens()).anySatisfy(t -> {
            assertThat(t.method()).isEqualTo("reworded");
            assertThat(t.queryText()).isEqualTo("Development");
            assertThat(t.listText()).isEqualTo("TECHNOLOGY");
            assertThat(t.similarity()).isEqualTo(NameScorer.REWORDED, org.assertj.core.data.Offset.offset(1e-3));
        });
        assertOffsetsPointIntoBothNames(h, query);
        Hit other = hit(new ScreeningQuery("Keldoran Vestrian Development Bureau", Schema.ORGANIZATION, null, null, List.of(), null),
                "t-reworded");
        assertThat(other == null || !other.alert()).as("two words put for two others").isTrue();
    }

    /** A listed name giving one word two ways: the spelling the query does not use costs nothing, and says so. */
    @Test
    void aWordSpeltTwiceCostsNothingLeftOut() {
        Hit h = hit(new ScreeningQuery("Teldominika", Schema.ORGANIZATION, null, null, List.of(), null), "t-twice");
        assertThat(h.alert()).as(h.explanation().toString()).isTrue();
        assertThat(h.explanation().unmatchedList()).containsExactly("JSC");
        assertThat(h.explanation().repeatedList()).containsExactly("Teldominica");
    }

    @Test
    void aHitScoresWhatItsExplanationSays() {
        for (String query : List.of("JAM'AT AL ZORVANI WA'AL-JIHAD", "Jamat al-Zorvani wal-Jihad", "Zorvani Jihad Group",
                "ZORVANIAN, Pietro", "Harakat Zorvania al-Jadida", "Northern Quillwave")) {
            ScreenOptions o = ScreenOptions.defaults().withCutoff(0.0).withLimit(20);
            List<Hit> plain = screener.screen(new ScreeningQuery(query, null, null, null, List.of(), null), o);
            List<Hit> explained = screener.screen(new ScreeningQuery(query, null, null, null, List.of(), null), o.withExplain(true));
            assertThat(plain).as(query).isNotEmpty();
            for (int i = 0; i < plain.size(); i++) {
                Hit h = explained.get(i);
                assertThat(h.entity().id()).as(query).isEqualTo(plain.get(i).entity().id());
                assertThat(h.score()).as(query + " vs " + h.entity().id()).isEqualTo(plain.get(i).score());
                if (h.explanation().facts().isEmpty()) {
                    assertThat(h.explanation().nameScore()).as(query + " vs " + h.entity().id()).isEqualTo(h.score());
                }
            }
        }
        Hit group = hit(new ScreeningQuery("JAM'AT AL ZORVANI WA'AL-JIHAD", null, null, null, List.of(), null), "t-group");
        assertThat(group.alert()).as(group.explanation().toString()).isTrue();
    }

    private static Hit hit(ScreeningQuery q, String id) {
        ScreenOptions o = ScreenOptions.defaults().withCutoff(0.0).withLimit(60).withExplain(true);
        return screener.screen(q, o).stream().filter(h -> h.entity().id().equals(id)).findFirst().orElse(null);
    }

    @Test
    void strongIdentifierFindsTheEntityWhateverTheName() {
        Hit h = hit(new ScreeningQuery("Some Other Name", null, null, null, List.of("YA 1234567"), null), "t-person");
        assertThat(h).isNotNull();
        assertThat(h.score()).isGreaterThanOrEqualTo(0.97);
        assertThat(h.alert()).isTrue();
        assertThat(h.explanation().facts()).anySatisfy(f -> {
            assertThat(f.property()).isEqualTo(Prop.PASSPORT_NUMBER);
            assertThat(f.outcome()).isEqualTo(FactCheck.Outcome.SUPPORTS);
        });
    }

    @Test
    void imoNumberWithOrWithoutPrefixFindsTheVessel() {
        Hit h = hit(new ScreeningQuery("Unknown Ship", Schema.VESSEL, null, null, List.of("9876543"), null), "t-vessel");
        assertThat(h).isNotNull();
        assertThat(h.alert()).isTrue();
    }

    @Test
    void conflictingImoLowersTheScore() {
        Hit plain = hit(new ScreeningQuery("Northern Quillwave", Schema.VESSEL, null, null, List.of(), null), "t-vessel");
        Hit other = hit(new ScreeningQuery("Northern Quillwave", Schema.VESSEL, null, null, List.of("IMO 1111111"), null), "t-vessel");
        assertThat(other.score()).isLessThan(plain.score());
    }

    @Test
    void agreeingBirthDateAndCountryRaiseConflictingOnesLower() {
        ScreeningQuery base = new ScreeningQuery("Pietro Zorvanian", Schema.PERSON, null, null, List.of(), null);
        double plain = hit(base, "t-person").score();
        double agree = hit(new ScreeningQuery("Pietro Zorvanian", Schema.PERSON, "it", PartialDate.parseIso("1961").orElseThrow(),
                List.of(), null), "t-person").score();
        Hit conflict = hit(new ScreeningQuery("Pietro Zorvanian", Schema.PERSON, "br", PartialDate.parseIso("1985-02-01").orElseThrow(),
                List.of(), null), "t-person");
        assertThat(agree).isGreaterThanOrEqualTo(plain);
        assertThat(conflict.score()).isLessThan(plain);
        assertThat(conflict.explanation().facts()).extracting(FactCheck::outcome).contains(FactCheck.Outcome.CONFLICTS);
    }

    @Test
    void weakAliasConfirmsButNeverTriggers() {
        Hit h = hit(new ScreeningQuery("Il Lupo Grigio", null, null, null, List.of(), null), "t-person");
        assertThat(h).isNotNull();
        assertThat(h.alert()).isFalse();
        assertThat(h.explanation().listProperty()).isEqualTo(Prop.WEAK_ALIAS);
    }

    /** The words the weak alias leaves over are the primary name's: the alias is confirmed. */
    @Test
    void weakAliasWithThePrimaryNamesOtherWordsAlerts() {
        Hit h = hit(new ScreeningQuery("Pietro Lupo Grigio", null, null, null, List.of(), null), "t-person");
        assertThat(h.alert()).isTrue();
        assertThat(h.explanation().listName()).isEqualTo("ZORVANIAN, Pietro Aldo / Il Lupo Grigio");
        assertThat(h.explanation().facts()).anySatisfy(f -> {
            assertThat(f.property()).isEqualTo(Prop.WEAK_ALIAS);
            assertThat(f.outcome()).isEqualTo(FactCheck.Outcome.SUPPORTS);
        });
        assertThat(h.explanation().tokens()).allSatisfy(t ->
                assertThat(h.explanation().listName().substring(t.listStart(), t.listEnd())).isEqualTo(t.listText()));
        // another given name does not confirm it
        assertThat(hit(new ScreeningQuery("Marco Lupo Grigio", null, null, null, List.of(), null), "t-person").alert()).isFalse();
    }

    @Test
    void explanationOffsetsPointIntoBothStrings() {
        Hit h = hit(new ScreeningQuery("Pietro Aldo Zorvanian", Schema.PERSON, null, null, List.of(), null), "t-person");
        assertThat(h.explanation().tokens()).isNotEmpty();
        assertOffsetsPointIntoBothNames(h, "Pietro Aldo Zorvanian");
    }

    private static void assertOffsetsPointIntoBothNames(Hit h, String query) {
        assertThat(h.explanation().tokens()).allSatisfy(t -> {
            assertThat(query.substring(t.queryStart(), t.queryEnd())).isEqualTo(t.queryText());
            assertThat(h.explanation().listName().substring(t.listStart(), t.listEnd())).isEqualTo(t.listText());
        });
    }

    @Test
    void everyHitRecordsTheAlgorithm() {
        Hit h = hit(new ScreeningQuery("Pietro Zorvanian", Schema.PERSON, null, null, List.of(), null), "t-person");
        assertThat(h.algorithm()).isEqualTo(Screener.ALGORITHM);
    }

    /** Every word that counts as met is in the explanation, also one met by a parenthesised word. */
    @Test
    void wordMetByAParenthesisedWordIsExplained() {
        String query = "Harakat Zorvania al-Jadida HZJ";
        Hit h = hit(new ScreeningQuery(query, Schema.ORGANIZATION, null, null, List.of(), null), "t-org");
        assertThat(h.explanation().unmatchedQuery()).isEmpty();
        assertThat(h.explanation().tokens()).anySatisfy(t -> {
            assertThat(t.method()).isEqualTo("qualifier");
            assertThat(t.queryText()).isEqualTo("HZJ");
            assertThat(t.listText()).isEqualTo("HZJ");
        });
        assertOffsetsPointIntoBothNames(h, query);
    }

    /** A query word that repeats the name (its own acronym) costs nothing, and the explanation says so. */
    @Test
    void aWordThatRepeatsTheNameIsExplainedAsRepeated() {
        String query = "Zorvanian Quillwave Technological Institute ZQTI";
        Hit h = hit(new ScreeningQuery(query, Schema.ORGANIZATION, null, null, List.of(), null), "t-institute");
        assertThat(h.score()).isGreaterThanOrEqualTo(0.8);
        assertThat(h.explanation().repeatedQuery()).containsExactly("ZQTI");
        assertThat(h.explanation().unmatchedQuery()).isEmpty();
        Hit other = hit(new ScreeningQuery("Zorvanian Quillwave Technological Institute Moscow", Schema.ORGANIZATION,
                null, null, List.of(), null), "t-institute");
        assertThat(other.explanation().repeatedQuery()).isEmpty();
        assertThat(other.explanation().unmatchedQuery()).containsExactly("Moscow");
        // the other way round: the list name's "scientific" of "scientific research" is the query's
        // research (one key), and the list's second research word repeats it
        Hit scientific = hit(new ScreeningQuery("Zorvanian Research Institute", Schema.ORGANIZATION, null, null, List.of(),
                null), "t-science");
        assertThat(scientific.score()).isGreaterThanOrEqualTo(0.8);
        assertThat(scientific.explanation().tokens()).extracting(TokenMatch::listText).contains("SCIENTIFIC", "RESEARCH");
        assertThat(scientific.explanation().unmatchedList()).isEmpty();
    }

    /** The initials of the person an organisation is named after cost nothing left out, and the explanation says so. */
    @Test
    void theInitialsOfANamesakeAreExplainedAsRepeated() {
        Hit h = hit(new ScreeningQuery("Zorvanski Zavod Quillova", Schema.ORGANIZATION, null, null, List.of(), null), "t-named");
        assertThat(h.explanation().repeatedList()).containsExactly("V", "A");
        assertThat(h.explanation().unmatchedList()).containsExactly("AO");
        // other initials are name words: "B. Zorvanski Zavod" leaves nothing out but adds a word
        Hit plain = hit(new ScreeningQuery("AO Zorvanski Zavod Imeni Quillova", Schema.ORGANIZATION, null, null, List.of(),
                null), "t-named");
        assertThat(plain.explanation().unmatchedQuery()).isEmpty();
        Hit added = hit(new ScreeningQuery("B Zorvanski Zavod Imeni V.A. Quillova", Schema.ORGANIZATION, null, null, List.of(),
                null), "t-named");
        assertThat(added.explanation().unmatchedQuery()).containsExactly("B");
        // the English "named after" translates "imeni", a stop word
        Hit english = hit(new ScreeningQuery("Zorvanski Zavod named after V. A. Quillova", Schema.ORGANIZATION, null, null,
                List.of(), null), "t-named");
        assertThat(english.explanation().repeatedQuery()).containsExactly("named", "after");
        assertThat(english.explanation().unmatchedQuery()).isEmpty();
        Hit bare = hit(new ScreeningQuery("Zorvanski Zavod named after Quillova", Schema.ORGANIZATION, null, null,
                List.of(), null), "t-named");
        assertThat(bare.explanation().repeatedQuery()).containsExactly("named", "after");
        assertThat(bare.explanation().unmatchedQuery()).isEmpty();
    }

    /** An acronym meets the words it spells: one explanation token covering all of them. */
    @Test
    void acronymIsExplainedOverTheWordsItSpells() {
        String query = "ZQRC Aerospace Directorate";
        Hit h = hit(new ScreeningQuery(query, Schema.ORGANIZATION, null, null, List.of(), null), "t-acronym");
        assertThat(h.score()).isGreaterThanOrEqualTo(0.8);
        assertThat(h.explanation().unmatchedQuery()).isEmpty();
        assertThat(h.explanation().unmatchedList()).isEmpty();
        assertThat(h.explanation().tokens()).anySatisfy(t -> {
            assertThat(t.method()).isEqualTo("acronym");
            assertThat(t.queryText()).isEqualTo("ZQRC");
            assertThat(t.listText()).isEqualTo("ZORVANIAN QUILLWAVE RESEARCH CORPS");
        });
    }

    /** The same words in parentheses on both names count as met, and the explanation says so. */
    @Test
    void sameParenthesisedWordsAreExplained() {
        String query = "QUILLMARK (ZORVANIA) INTERNATIONAL";
        Hit h = hit(new ScreeningQuery(query, Schema.ORGANIZATION, null, null, List.of(), null), "t-paren");
        assertThat(h.explanation().tokens()).anySatisfy(t -> {
            assertThat(t.method()).isEqualTo("qualifier");
            assertThat(t.queryText()).isEqualTo("ZORVANIA");
            assertThat(t.listText()).isEqualTo("ZORVANIA");
        });
        assertOffsetsPointIntoBothNames(h, query);
    }
}
