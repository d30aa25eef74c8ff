package org.tradeguard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeguard.matching.eval.EvalCase;
import org.tradeguard.matching.eval.EvalSetReader;
import org.tradeguard.model.Entity;
import org.tradeguard.model.Prop;
import org.tradeguard.model.Provenance;
import org.tradeguard.model.Schema;
import org.tradeguard.model.Snapshot;

class EvalSetBuilderTest {

    private static final List<Snapshot> SNAPSHOTS = Stream.of("ofac-sdn", "un", "uk", "csl", "ofac-nonsdn")
            .map(s -> new Snapshot(s, s, null, "0".repeat(64), "test")).toList();

    private static Entity.Builder entity(String source, String id, Schema schema, String name) {
        Snapshot snap = SNAPSHOTS.stream().filter(s -> s.source().equals(source)).findFirst().orElseThrow();
        return Entity.builder(id, schema, new Provenance(snap, id, "")).dataset(source).add(Prop.NAME, name);
    }

    /** A few parties in four sources, linked as the authorities link them. */
    private static List<Entity> entities() {
        List<Entity> out = new ArrayList<>();
        out.add(entity("ofac-sdn", "ofac-1", Schema.ORGANIZATION, "ALPHA TRADING CO")
                .add(Prop.ALIAS, "Beta Trading House").add(Prop.ALIAS, "ABC").add(Prop.ALIAS, "Alpha Trading Co.")
                .add(Prop.PREVIOUS_NAME, "Old \"Alpha\" Works").build());
        out.add(entity("ofac-sdn", "ofac-2", Schema.ORGANIZATION, "GAMMA LTD").add(Prop.ALIAS, "Shared Alias Name").build());
        out.add(entity("ofac-sdn", "ofac-3", Schema.ORGANIZATION, "DELTA LTD").add(Prop.ALIAS, "shared alias-name").build());
        out.add(entity("ofac-sdn", "ofac-4", Schema.PERSON, "SMITH, John").add(Prop.PASSPORT_NUMBER, "K1234567").build());
        out.add(entity("csl", "csl-sdn-1", Schema.ORGANIZATION, "Alpha Trading Company").build());
        out.add(entity("csl", "csl-sdn-4", Schema.PERSON, "John SMITH").build());
        out.add(entity("un", "un-QDi.001", Schema.PERSON, "JOHN SMITH").add(Prop.ALIAS, "جون سميث")
                .add(Prop.UNSC_ID, "QDi.001").build());
        out.add(entity("uk", "uk-AFG0001", Schema.PERSON, "Jon Smith").add(Prop.UNSC_ID, "QDi.001")
                .add(Prop.ALIAS, "Johnny Smith").add(Prop.PASSPORT_NUMBER, "K 123 4567").build());
        // a UK subject whose UN reference points at an entry with no word in common: not linked
        out.add(entity("un", "un-QDi.002", Schema.PERSON, "KEMPES SANON").add(Prop.UNSC_ID, "QDi.002").build());
        out.add(entity("uk", "uk-HAI0012", Schema.PERSON, "Dimitri Herard").add(Prop.UNSC_ID, "QDi.002").build());
        // a non-SDN entry and its CSL row of the SSI list
        out.add(entity("ofac-nonsdn", "ofac-17013", Schema.ORGANIZATION, "VTB BANK PJSC").add(Prop.ALIAS, "Bank VTB").build());
        out.add(entity("csl", "csl-ssi-17013", Schema.ORGANIZATION, "VTB BANK PUBLIC JOINT STOCK COMPANY").build());
        out.add(Entity.builder("uk-S-1", Schema.SANCTION, new Provenance(SNAPSHOTS.get(2), "s", ""))
                .add(Prop.UNSC_ID, "QDi.001").build());
        return out;
    }

    private static NameSources names() {
        Map<String, List<String>> m = new TreeMap<>();
        m.put("datafaker-en-first", List.of("John", "Mary"));
        m.put("datafaker-en-last", List.of("Smith", "Doe"));
        m.put("datafaker-ru-male-first", List.of("Иван"));
        m.put("datafaker-ru-male-last", List.of("Петров"));
        m.put(NameSources.COMPANIES, List.of("Alpha Trading", "Zeta Widgets", "Omega Robotics", "AB"));
        return new NameSources(m);
    }

    private static Map<String, EvalCase> byQuery(Path file) throws IOException {
        Map<String, EvalCase> m = new TreeMap<>();
        for (EvalCase c : EvalSetReader.read(file)) {
            m.put(c.query(), c);
        }
        return m;
    }

    @Test
    void aliasCasesAreGeneratedAndSharedOrShortOnesSkipped(@TempDir Path dir) throws IOException {
        BuildReport report = EvalSetBuilder.build(SNAPSHOTS, entities(), names(), dir);

        Map<String, EvalCase> cases = byQuery(dir.resolve(AliasSet.FILE));
        assertThat(cases.get("Beta Trading House").expected()).containsExactlyInAnyOrder("ofac-1", "csl-sdn-1");
        assertThat(cases.get("Beta Trading House").schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(cases.get("Old \"Alpha\" Works").expected()).containsExactlyInAnyOrder("ofac-1", "csl-sdn-1");
        assertThat(cases.get("Johnny Smith").expected()).containsExactlyInAnyOrder("uk-AFG0001", "un-QDi.001");
        assertThat(cases.get("جون سميث").expected()).containsExactlyInAnyOrder("un-QDi.001", "uk-AFG0001");
        assertThat(cases.get("Bank VTB").expected()).containsExactlyInAnyOrder("ofac-17013", "csl-ssi-17013");
        assertThat(cases).doesNotContainKeys("ABC", "Alpha Trading Co.", "Shared Alias Name", "shared alias-name");
        assertThat(String.join("\n", report.find(AliasSet.FILE).lines))
                .contains("ofac-sdn: skipped, shared by several entities of the source: 2 aliases (1 distinct after folding)")
                .contains("ofac-sdn: skipped, 3 letters or fewer: 1");
    }

    @Test
    void linkedSetsFollowTheUnReferenceAndTheOfacNumber(@TempDir Path dir) throws IOException {
        EvalSetBuilder.build(SNAPSHOTS, entities(), names(), dir);

        assertThat(byQuery(dir.resolve(LinkedSets.UK_UN)).get("Jon Smith").expected()).containsExactly("un-QDi.001");
        assertThat(byQuery(dir.resolve(LinkedSets.UK_UN))).doesNotContainKey("Dimitri Herard");
        assertThat(byQuery(dir.resolve(LinkedSets.TRANSLITERATION)).get("جون سميث").expected()).containsExactly("uk-AFG0001");
        // the UK subject meets ofac-4 through its passport; "Jon Smith" is not an OFAC name, so the pair is kept
        assertThat(byQuery(dir.resolve("cross-list-uk-to-ofac.tsv")).get("Jon Smith").expected()).containsExactly("ofac-4");
        // CSL "John SMITH" vs OFAC "SMITH, John" differ after folding (order); "Alpha Trading Company" vs "ALPHA TRADING CO" too
        assertThat(byQuery(dir.resolve("cross-list-csl-to-ofac.tsv"))).containsOnlyKeys("John SMITH", "Alpha Trading Company");
        // UN "JOHN SMITH" is identical to no OFAC name after folding ("smith john"), so it stays
        assertThat(byQuery(dir.resolve("cross-list-un-to-ofac.tsv"))).containsOnlyKeys("JOHN SMITH");
    }

    /**
     * A UK subject of the UK's own regimes tied to an OFAC entry goes to the dev half or to
     * heldout/, never both, by a hash of its id; a renamed vessel tied by IMO number is screened
     * with that number.
     */
    @Test
    void ukOwnDesignationsAreSplitAndVesselsCarryTheirImoNumber(@TempDir Path dir) throws IOException {
        List<Entity> all = new ArrayList<>(entities());
        all.add(entity("ofac-sdn", "ofac-50", Schema.COMPANY, "AKTSIONERNOE OBSHCHESTVO ZORVANIA").add(Prop.REGISTRATION_NUMBER, "1027700123456").build());
        all.add(entity("uk", "uk-RUS0001", Schema.COMPANY, "JSC Zorvania Works").add(Prop.REGISTRATION_NUMBER, "1027700123456").build());
        all.add(entity("ofac-sdn", "ofac-51", Schema.VESSEL, "OLD STAR").add(Prop.IMO_NUMBER, "IMO 9123456").build());
        all.add(entity("uk", "uk-RUS0002", Schema.VESSEL, "NEW STAR").add(Prop.IMO_NUMBER, "9123456").build());
        EvalSetBuilder.build(SNAPSHOTS, all, names(), dir);

        String half = LinkedSets.heldOut(all.stream().filter(e -> e.id().equals("uk-RUS0001")).findFirst().orElseThrow())
                ? LinkedSets.HELD_OUT : "";
        String other = half.isEmpty() ? LinkedSets.HELD_OUT : "";
        assertThat(byQuery(dir.resolve(half + "cross-list-ukown-to-ofac.tsv")).get("JSC Zorvania Works").expected())
                .containsExactly("ofac-50");
        assertThat(dir.resolve(other + "cross-list-ukown-to-ofac.tsv")).doesNotExist();
        // vessels are not in the name sets: their own set screens the name with the IMO number
        assertThat(byQuery(dir.resolve(half + "cross-list-ukown-to-ofac.tsv"))).doesNotContainKey("NEW STAR");
        EvalCase vessel = byQuery(dir.resolve(LinkedSets.VESSELS)).get("NEW STAR");
        assertThat(vessel.expected()).containsExactly("ofac-51");
        assertThat(vessel.identifiers()).containsExactly("9123456");
    }

    @Test
    void negativesThatEqualAListedNameAreRemoved(@TempDir Path dir) throws IOException {
        BuildReport report = EvalSetBuilder.build(SNAPSHOTS, entities(), names(), dir);

        Map<String, EvalCase> persons = byQuery(dir.resolve(NegativeSet.PERSONS));
        assertThat(persons).containsKeys("John Doe", "Mary Smith", "Mary Doe", "Иван Петров").doesNotContainKey("John Smith");
        assertThat(persons.values()).allSatisfy(c -> {
            assertThat(c.positive()).isFalse();
            assertThat(c.schema()).isEqualTo(Schema.PERSON);
        });
        assertThat(report.find(NegativeSet.PERSONS).lines).contains("removed: equal to a name of a bundled entity (loose key): 1");

        List<String> companies = List.copyOf(byQuery(dir.resolve(NegativeSet.COMPANIES)).keySet());
        assertThat(companies).noneMatch(q -> q.startsWith("Alpha Trading")).noneMatch(q -> q.startsWith("AB"));
        assertThat(companies).anyMatch(q -> q.startsWith("Zeta Widgets")).anyMatch(q -> q.startsWith("Omega Robotics"));
    }

    @Test
    void twoRunsWriteIdenticalBytes(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        EvalSetBuilder.build(SNAPSHOTS, entities(), names(), a);
        List<Entity> reversed = new ArrayList<>(entities());
        java.util.Collections.reverse(reversed);
        EvalSetBuilder.build(SNAPSHOTS, reversed, names(), b);

        List<Path> files;
        try (Stream<Path> s = Files.list(a)) {
            files = s.sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        for (Path f : files) {
            assertThat(Files.readAllBytes(b.resolve(f.getFileName()))).as(f.getFileName().toString())
                    .isEqualTo(Files.readAllBytes(f));
        }
    }

    @Test
    void quotasSpreadCasesAcrossSources() {
        TreeMap<String, List<EvalRow>> pools = new TreeMap<>();
        pools.put("a", rows(10));
        pools.put("b", rows(100));
        pools.put("c", rows(100));
        assertThat(AliasSet.quotas(pools, 90)).isEqualTo(Map.of("a", 10, "b", 40, "c", 40));
        assertThat(AliasSet.quotas(pools, 1000)).isEqualTo(Map.of("a", 10, "b", 100, "c", 100));
    }

    private static List<EvalRow> rows(int n) {
        List<EvalRow> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(EvalRow.positive("q" + i, null, List.of("x"), ""));
        }
        return out;
    }

    @Test
    void fieldsAreQuotedOnlyWhenNeeded() {
        assertThat(EvalTsv.field("Xi'an Longde")).isEqualTo("Xi'an Longde");
        assertThat(EvalTsv.field("Old \"Alpha\" Works")).isEqualTo("\"Old \"\"Alpha\"\" Works\"");
        assertThat(EvalTsv.field("a\tb")).isEqualTo("\"a\tb\"");
    }
}
