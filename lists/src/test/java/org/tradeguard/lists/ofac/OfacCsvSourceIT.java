package org.tradeguard.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tradeguard.lists.ListLoad;
import org.tradeguard.lists.SourceInput;
import org.tradeguard.model.Entity;
import org.tradeguard.model.Prop;

/** Loads the full bundled OFAC CSV sets and the consistent 2021-07 sample set. */
class OfacCsvSourceIT {

    private static Map<String, Entity> byId(ListLoad load) {
        return load.entities().stream().collect(Collectors.toMap(Entity::id, e -> e));
    }

    private static void print(ListLoad load) {
        System.out.printf("%s: %d records, %d skipped, %s, %s%n", load.snapshot().source(), load.report().records(),
                load.report().skipped(), load.countsBySchema(), load.report().loadTime());
        load.report().counters().forEach((k, v) -> System.out.printf("  %6d %s%n", v, k));
    }

    @Test
    void bundledSdnSet() throws Exception {
        OfacCsvSource source = OfacCsvSource.sdn(LocalDate.of(2024, 5, 3));
        ListLoad load = source.load(SourceInput.ofResources(OfacCsvSource.class, "/bundled/ofac-sdn", source.fileNames()));
        print(load);
        // 14,965 sdn.csv rows + 24,244 add.csv + 20,107 alt.csv + 28 sdn_comments.csv
        assertThat(load.report().records()).isEqualTo(59_344);
        assertThat(load.report().skipped()).isZero();
        assertThat(load.report().problems()).isEmpty();
        assertThat(load.countsBySchema())
                .containsEntry("Person", 6_854).containsEntry("Organization", 6_884)
                .containsEntry("Vessel", 851).containsEntry("Aircraft", 376)
                .containsEntry("Sanction", 14_965)
                .containsEntry("Identification", 10_925).containsEntry("Passport", 1_945)
                .containsEntry("UnknownLink", 6_370);
        // the 2025-12 secondary files name entries listed after the 2024-05-03 sdn.csv
        assertThat(load.report().counters())
                .containsEntry("alt rows without primary entry", 2_460L)
                .containsEntry("add rows without primary entry", 4_893L)
                .containsEntry("comments rows without primary entry", 6L)
                .containsEntry("comments rows joined to remarks", 16L)
                .containsEntry("comments rows not joined: overflow repeats the remarks", 1L)
                .containsEntry("comments rows not joined: remarks not cut at 1,000 characters", 5L)
                .containsEntry("unresolved Linked To", 8L);

        Map<String, Entity> e = byId(load);
        assertThat(e.get("ofac-48621").get(Prop.REGISTRATION_NUMBER)).contains("911101087719621018");
        assertThat(e.get("ofac-48620").get(Prop.PROGRAM)).containsExactly("NPWMD");
        assertThat(e.get("ofac-48622").get(Prop.NAME)).containsExactly("TIANJIN CREATIVE SOURCE INTERNATIONAL TRADE CO LTD");
        Entity mzkt = e.get("ofac-34769");
        assertThat(mzkt.get(Prop.ALIAS)).contains("MINSK WHEELED TRACTOR PLANT");
        assertThat(mzkt.get(Prop.WEAK_ALIAS)).contains("OJSC MZKT", "VOLAT");
        assertThat(mzkt.get(Prop.PROGRAM)).containsExactly("NPWMD", "BELARUS-EO14038");
        assertThat(mzkt.get(Prop.REGISTRATION_NUMBER)).containsExactly("100534485");
        assertThat(e.get("ofac-306").get(Prop.WEAK_ALIAS)).containsExactly("BNC");
    }

    @Test
    void bundledNonSdnSet() throws Exception {
        OfacCsvSource source = OfacCsvSource.nonSdn(null);
        ListLoad load = source.load(SourceInput.ofResources(OfacCsvSource.class, "/bundled/ofac-nonsdn", source.fileNames()));
        print(load);
        assertThat(load.report().records()).isEqualTo(442 + 574 + 1_073 + 10);
        assertThat(load.report().skipped()).isZero();
        assertThat(load.countsBySchema()).containsEntry("Person", 79).containsEntry("Organization", 363)
                .containsEntry("Sanction", 442).containsEntry("Identification", 346).containsEntry("UnknownLink", 282);
        assertThat(load.report().counters()).containsEntry("comments rows joined to remarks", 10L)
                .doesNotContainKey("alt rows without primary entry");
        assertThat(byId(load).get("ofac-17014").get(Prop.WEAK_ALIAS)).containsExactly("RUSAG");
    }

    @Test
    void consistentSample2021() throws Exception {
        ListLoad load = OfacCsvSource.sdn(LocalDate.of(2021, 7, 7)).load(SourceInput.ofPath(sample()));
        print(load);
        assertThat(load.report().records()).isEqualTo(8_976 + 13_837 + 11_910 + 5);
        assertThat(load.report().skipped()).isZero();
        assertThat(load.countsBySchema()).containsEntry("Person", 4_620).containsEntry("Organization", 3_673)
                .containsEntry("Vessel", 406).containsEntry("Aircraft", 277).containsEntry("Sanction", 8_976)
                .containsEntry("UnknownLink", 3_399);
        // one consistent set: every secondary row has its primary entry, every overflow continues its remarks
        assertThat(load.report().counters()).containsEntry("comments rows joined to remarks", 5L)
                .doesNotContainKeys("alt rows without primary entry", "add rows without primary entry",
                        "comments rows not joined: remarks not cut at 1,000 characters");
        assertThat(byId(load).get("ofac-28263").get(Prop.WEAK_ALIAS)).contains("snowsjohn");
    }

    private static Path sample() throws URISyntaxException {
        return Path.of(OfacCsvSourceIT.class.getResource("/samples/ofac-legacy-2021-07").toURI());
    }
}
