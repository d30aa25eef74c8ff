package org.tradeguard.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountriesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Iran | ir", "Iran (Islamic Republic of) | ir", "IRN | ir", "ir | ir", "Korea, North | kp",
        "Democratic People's Republic of Korea | kp", "Burma | mm", "Russian Federation | ru", "China | cn",
        "Belarus | by", "Pakistan | pk", "Syrian Arab Republic | sy", "United Kingdom | gb", "Türkiye | tr",
        "Bosnia and Herzegovina | ba", "Trinidad and Tobago | tt", "Myanmar | mm", "Micronesia (Federated States of) | fm",
        "China, Hong Kong Special Administrative Region | hk",
    })
    void mapsListSpellingsToIso(String in, String code) {
        assertThat(Countries.toCode(in)).contains(code);
    }

    @ParameterizedTest
    @CsvSource({"Atlantis", "''", "Region of Nowhere"})
    void unknownIsEmpty(String in) {
        assertThat(Countries.toCode(in)).isEmpty();
    }
}
