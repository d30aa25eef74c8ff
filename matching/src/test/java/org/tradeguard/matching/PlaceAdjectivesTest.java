package org.tradeguard.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceAdjectivesTest {

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource({
            "kazanskiy, kazan, true",
            "kazanskii, kazan, true",
            "uralskaya, ural, true",
            "uralskiy, urals, true",
            "samarskiy, samara, true",
            "omskiy, omsk, true",
            "bryanskiy, bryansk, true",
            "votkinskiy, votkinsk, true",
            "baltiyskaya, baltic, true",
            "permskoe, perm, true",
            "kazan, kazanskoye, true",
            // not places of each other
            "kazanskiy, kazakh, false",
            "permskiy, peru, false",
            "omskiy, oman, false",
            "tulskiy, tula, true",       // a base of three letters with -a: a place of four
            "tulskiy, tule, false",
            "baltiyskaya, balti, false",
            "kazanskiy, kazanskiy, false", // the same word is not this rule's
            "moscow, moskva, false",       // the translation table's, not a place adjective
            "minsk, minskiy, true",
            "ural, uralmash, false",
            "kaluzhskiy, kaluga, true",
            "kaluzhskiy, kaluzhe, false",
    })
    void meet(String a, String b, boolean expected) {
        assertThat(PlaceAdjectives.meet(a, b)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "baltiyskaya, balt",
            "kazanskiy, kazan",
            "samarskoye, samar",
            "omskiy, ",
            "plant, ",
    })
    void root(String word, String expected) {
        assertThat(PlaceAdjectives.root(word)).isEqualTo(expected);
    }
}
