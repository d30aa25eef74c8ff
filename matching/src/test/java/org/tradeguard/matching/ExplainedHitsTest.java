package org.tradeguard.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradeguard.model.Hit;
import org.tradeguard.model.ScreeningQuery;

/**
 * Hits are the same with and without explanations: an explained hit is scored again on the same
 * names of its entity (all of them, or only those the index ranked: see
 * {@link Screener#ALL_NAMES_ENTITIES}), also after the wider pool of an abjad query.
 * Screened against every bundled list, down to a low cutoff so that the candidates past the first
 * few, scored on their ranked names only, are among the hits compared.
 */
class ExplainedHitsTest {

    private static Screener screener;

    @BeforeAll
    static void build() {
        screener = Screener.build(BundledBackground.entities());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Granpect Company Limited",
        "Muhammad Ali Khan",
        "Al Qaida in the Islamic Maghreb",
        "Islamic Revolutionary Guard Corps Aerospace Force",
        "Abu Bakr al-Baghdadi",
        "Sberbank of Russia",
        "International Trading Company",
        "Kim Jong Un",
        "يحيى حقانی",
        "محمد علی",
        "الدولة الإسلامية في العراق والشام",
        "Министерство обороны Российской Федерации",
        "Евгений Пригожин",
        "최지우",
        "Bank Melli Iran",
        "Haji Abdul Satar",
    })
    void explainedHitsAreTheHits(String name) {
        ScreeningQuery query = new ScreeningQuery(name, null, null, null, List.of(), null);
        ScreenOptions plain = ScreenOptions.defaults().withCutoff(0.3).withLimit(40);

        List<Hit> hits = screener.screen(query, plain);
        List<Hit> explained = screener.screen(query, plain.withExplain(true));

        assertThat(explained).extracting(h -> h.entity().id() + " " + h.score())
                .containsExactlyElementsOf(hits.stream().map(h -> h.entity().id() + " " + h.score()).toList());
        assertThat(explained).allSatisfy(h -> assertThat(h.explanation()).isNotNull());
    }
}
