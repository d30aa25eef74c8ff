package org.tradeguard.lists.ftm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
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

/** Real OpenSanctions FtM lines: the Zala Aero / Zakharov cluster, the yente t1 dataset and its t2 deltas. */
class FtmJsonSourceTest {

    private static final String ZAKHAROV = "NK-aU5ybkbRFJucf8YMwsJvDw";
    private static final String CST = "NK-abdzbEBkqyT29GyREbiURZ";
    private static final String AQI = "NK-2T3S8Hu29ktYnKSTgQp2wL";

    static Path resource(String name) throws URISyntaxException {
        return Path.of(FtmJsonSourceTest.class.getResource("/ftm/" + name).toURI());
    }

    private static Map<String, Entity> byId(ListLoad l) {
        return l.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
    }

    @Test
    void keepsIdsSchemataPropertiesAndDatasets() throws Exception {
        ListLoad l = new FtmJsonSource().load(SourceInput.ofPath(resource("zala")));
        assertThat(l.report().records()).isEqualTo(7);
        assertThat(l.report().skipped()).isZero();
        assertThat(l.report().problems()).isEmpty();
        assertThat(l.countsBySchema()).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "Company", 1, "Ownership", 2, "Passport", 1, "Person", 1, "Sanction", 2)));
        assertThat(l.snapshot().source()).isEqualTo("opensanctions");
        assertThat(l.snapshot().published()).isEqualTo(LocalDate.of(2026, 4, 24));
        Map<String, Entity> byId = byId(l);

        Entity p = byId.get(ZAKHAROV);
        assertThat(p.schema()).isEqualTo(Schema.PERSON);
        assertThat(p.get(Prop.NAME)).contains("ZAKHAROV, Aleksandr Vyacheslavovich", "Александр Вячеславович Захаров");
        assertThat(p.get(Prop.ALIAS)).containsExactly("Zacharov Aleksandr Vjačeslavovič", "ЗАХАРОВ Александр Вячеславович",
                "Alexander Vyacheslavovich Zakharov", "Zakharov Oleksandr Viacheslavovych", "Aleksandr Vjačeslavovič ZACHAROV",
                "Александр Вячеславович ЗАХАРОВ", "Aleksandr Vyacheslavovich ZAKHAROV");
        assertThat(p.get(Prop.LAST_NAME)).containsExactly("Zakharov", "Zacharov", "Захаров", "ZAKHAROV");
        assertThat(p.get(Prop.BIRTH_DATE)).containsExactly("1965-09-21");
        assertThat(p.get(Prop.INN_CODE)).containsExactly("183111242406");
        assertThat(p.datasets()).hasSize(15).startsWith("gb_coh_disqualified").contains("us_ofac_sdn", "us_trade_csl")
                .endsWith("opensanctions");
        assertThat(p.provenance().recordId()).isEqualTo(ZAKHAROV);
        assertThat(p.provenance().raw()).startsWith("{\"id\": \"" + ZAKHAROV + "\"");

        Entity own = byId.get("ru-dfe0a021cb69f99e198bb8cbbcb93e81130b32a7");
        assertThat(own.schema()).isEqualTo(Schema.OWNERSHIP);
        assertThat(own.get(Prop.OWNER)).containsExactly(ZAKHAROV);
        assertThat(own.get(Prop.ASSET)).containsExactly(CST);
        assertThat(own.get(Prop.PERCENTAGE)).containsExactly("51");
        assertThat(own.get(Prop.SHARES_COUNT)).containsExactly("6624.16");
        assertThat(own.get(Prop.START_DATE)).containsExactly("2015-11-25");
        assertThat(own.datasets()).containsExactly("ext_ru_egrul", "opensanctions");
        assertThat(byId.get("NK-3NyeuT6JeJDLhGEyH3JD52").get(Prop.ROLE)).containsExactly("subsidiary of");

        Entity sanction = byId.get("ofac-927f7a4547f68cd05570180fed763dd2d5d8eca7");
        assertThat(sanction.schema()).isEqualTo(Schema.SANCTION);
        assertThat(sanction.get(Prop.ENTITY)).containsExactly(ZAKHAROV);
        assertThat(sanction.get(Prop.AUTHORITY)).containsExactly("Office of Foreign Assets Control");
        assertThat(sanction.get(Prop.PROGRAM)).containsExactly("RUSSIA-EO14024");
        assertThat(sanction.get(Prop.PROVISIONS)).containsExactly("RUSSIA-EO14024", "Block");
        // properties the model has no constant for are kept 1:1 as well
        assertThat(sanction.get("programId")).containsExactly("US-RUSHAR");

        assertThat(byId.get("gb-fcdo-217caa5aa607244044b49706d04d8d6c5ec992bd").get(Prop.HOLDER)).containsExactly(ZAKHAROV);
        assertThat(byId.get(CST).get(Prop.ALIAS)).contains("ЗАЛА АЭРО", "ザラ・アエロ", "Zala Aero");
    }

    @Test
    void appliesDeltasInNameOrderAfterTheEntityFiles() throws Exception {
        ListLoad l = new FtmJsonSource("os-test", "test", null).load(SourceInput.ofPath(resource("delta")));
        assertThat(l.report().records()).isEqualTo(11);
        assertThat(l.report().skipped()).isZero();
        assertThat(l.report().counters()).containsEntry("delta ADD", 3L).containsEntry("delta MOD", 1L)
                .doesNotContainKey("delta MOD of an unknown id (added)");
        assertThat(l.entities()).hasSize(10);
        assertThat(l.countsBySchema()).containsEntry("Person", 5).containsEntry("Organization", 4).containsEntry("Address", 1);
        // the newest last_change is that of the entities the first delta added
        assertThat(l.snapshot().published()).isEqualTo(LocalDate.of(2024, 5, 28));
        assertThat(l.snapshot().source()).isEqualTo("os-test");

        Map<String, Entity> byId = byId(l);
        // ADD in the first delta, replaced by the MOD of the second
        Entity aqi = byId.get(AQI);
        assertThat(aqi.get(Prop.NAME)).containsExactly("Foobar Foobargroup", "IRGC", "Iranian Revolutionary Guard Corps");
        assertThat(aqi.get(Prop.ALIAS)).isEmpty();
        assertThat(aqi.get("addressEntity")).containsExactly("addr-9bdb8d404e2618cfce08d3b3d400c1433c634849");
        assertThat(aqi.datasets()).containsExactly("eu_fsf", "os-test");
        assertThat(aqi.provenance().raw()).startsWith("{\"op\":\"MOD\"");
        // inserts keep the order they arrived in: t1, then the first delta, then the second
        assertThat(l.entities()).extracting(Entity::id).endsWith(AQI, "NK-2sJaJRaPJcWUfMbHjTtWcL", "NK-500Poltergeist");
        assertThat(byId.get("NK-2sJaJRaPJcWUfMbHjTtWcL").get(Prop.NAME)).contains("Janan Agha");
        // an ADD whose only name is "" keeps no name
        assertThat(byId.get("NK-500Poltergeist").get(Prop.NAME)).isEmpty();
        assertThat(byId.get("NK-2Ka3UvopqbpZmVDFjWd4LA").get(Prop.NAME)).contains("Vitaly Yurievich KUZMENKO");
    }

    @Test
    void brokenLinesAndOddOpsAreSkippedOrCountedWhileTheRestLoads(@TempDir Path dir) throws Exception {
        List<String> t1 = Files.readAllLines(resource("delta/t1.entities.ftm.json"), StandardCharsets.UTF_8);
        String mod = Files.readAllLines(resource("delta/t2_20240528014702.entities.delta.json"), StandardCharsets.UTF_8).get(1);
        Files.write(dir.resolve("base.ftm.json"), List.of(
                t1.get(0), t1.get(1), t1.get(2),
                "{\"id\": \"NK-broken\", \"schema\": \"Person\", \"properties\": {",
                t1.get(3).replace("\"schema\":\"Address\"", "\"schema\":\"CryptoWallet\""),
                t1.get(4).replace("\"id\":\"NK-2Mht2rqBeravCTdyQAWc4o\",", "")), StandardCharsets.UTF_8);
        Files.write(dir.resolve("z.delta.json"), List.of(
                "{\"op\": \"DEL\", \"entity\": {\"id\": \"NK-2KeUB68qUJtykm3BuAcazG\", \"schema\": \"Person\"}}",
                "{\"op\": \"DEL\", \"entity\": {\"id\": \"NK-not-there\", \"schema\": \"Person\"}}",
                mod,
                "{\"op\": \"UPSERT\", \"entity\": {\"id\": \"NK-2GdmHtZTeNXjNVrBGEXZNj\", \"schema\": \"Organization\"}}",
                "not json"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("README.md"), "not a list file", StandardCharsets.UTF_8);

        ListLoad l = new FtmJsonSource().load(SourceInput.ofPath(dir));
        assertThat(l.report().records()).isEqualTo(11);
        assertThat(l.report().skipped()).isEqualTo(4);
        assertThat(l.report().problems())
                .extracting(RecordProblem::file, RecordProblem::location, RecordProblem::recordId, RecordProblem::field)
                .containsExactly(tuple("base.ftm.json", "line 4", "", ""),
                        tuple("base.ftm.json", "line 6", "", "id"),
                        tuple("z.delta.json", "line 4", "", "op"),
                        tuple("z.delta.json", "line 5", "", ""));
        assertThat(l.report().problems().get(0).message()).startsWith("not a JSON object: {\"id\": \"NK-broken\"");
        assertThat(l.report().problems().get(2).message()).isEqualTo("unknown delta op UPSERT");
        assertThat(l.report().counters()).containsEntry("unknown schema: CryptoWallet", 1L)
                .containsEntry("delta DEL", 2L).containsEntry("delta DEL of an unknown id", 1L)
                .containsEntry("delta MOD", 1L).containsEntry("delta MOD of an unknown id (added)", 1L)
                .containsEntry("ignored file: README.md", 1L);
        assertThat(l.entities()).extracting(Entity::id)
                .containsExactly("NK-2GdmHtZTeNXjNVrBGEXZNj", "NK-2Ka3UvopqbpZmVDFjWd4LA", AQI);
    }

    @Test
    void brokenFilesAreRejected() {
        assertThatThrownBy(() -> new FtmJsonSource().load(SourceInput.ofText("entities.ftm.json", "id,schema\n1,Person\n")))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("entities.ftm.json line 1")
                .hasMessageContaining("expected FtM entity JSON lines, found not a JSON object");
        assertThatThrownBy(() -> new FtmJsonSource().load(SourceInput.ofText("entities.ftm.json", "\n")))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("entities.ftm.json").hasMessageContaining("empty file");
        assertThatThrownBy(() -> new FtmJsonSource().load(SourceInput.ofText("x.delta.json",
                "{\"id\": \"NK-1\", \"schema\": \"Person\", \"properties\": {}}\n")))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("x.delta.json line 1")
                .hasMessageContaining("expected FtM delta lines");
        assertThatThrownBy(() -> new FtmJsonSource().load(SourceInput.ofText("list.csv", "a,b\n")))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("no *.ftm.json or *.delta.json file");
    }

    @Test
    void aSingleEntityFileLoadsOnItsOwn() throws IOException, URISyntaxException {
        ListLoad l = new FtmJsonSource().load(SourceInput.ofPath(resource("zala/zala_excerpt.entities.ftm.json")));
        assertThat(l.entities()).hasSize(7);
        assertThat(l.snapshot().sha256()).isEqualTo(
                new FtmJsonSource().load(SourceInput.ofPath(resource("zala"))).snapshot().sha256());
    }
}
