package org.tradeguard.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartialDateTest {

    @ParameterizedTest
    @CsvSource({
        "1965, 1965",
        "1965-03, 1965-03",
        "1965-03-07, 1965-03-07",
        "1965-03-07T00:00:00, 1965-03-07",
        "' 1970 ', 1970",
    })
    void parsesIsoForms(String in, String out) {
        assertThat(PartialDate.parseIso(in)).map(PartialDate::toString).contains(out);
    }

    @ParameterizedTest
    @CsvSource({"circa 1970", "1965-13", "65", "1965-02-30x", "''"})
    void rejectsOtherForms(String in) {
        assertThat(PartialDate.parseIso(in)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "1965, 1965-03-07, true",
        "1965-03, 1965-03-07, true",
        "1965-04, 1965-03-07, false",
        "1966, 1965, false",
        "1965-03-08, 1965-03-07, false",
    })
    void agreesOnKnownParts(String a, String b, boolean agree) {
        PartialDate x = PartialDate.parseIso(a).orElseThrow();
        PartialDate y = PartialDate.parseIso(b).orElseThrow();
        assertThat(x.agreesWith(y)).isEqualTo(agree);
        assertThat(y.agreesWith(x)).isEqualTo(agree);
    }
}
