package org.tradeguard.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfacXmlDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "07 Mar 1965 | 1965-03-07",
        "22 Mar 1958 | 1958-03-22",
        "Mar 1965 | 1965-03",
        "1965 | 1965",
        "circa 1965 | 1965",
        "1960 to 1962 | 1960 1961 1962",
        "circa 1979 to 1982 | 1979 1980 1981 1982",
        "01 Jan 1960 to 15 Mar 1961 | 1960-01-01 1961-03-15",
        "04 September 1956 | 1956-09-04",
        "1965-03-07 | 1965-03-07",
    })
    void parsesClassicDateTexts(String text, String iso) {
        assertThat(OfacXmlDates.parseText(text)).contains(List.of(iso.split(" ")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"22 Mrz 1958", "31 Feb 1965", "65", "1962 to 1960", "'' ", "Mar", "07 Mar 65"})
    void rejectsOtherTexts(String text) {
        assertThat(OfacXmlDates.parseText(text)).isEmpty();
    }

    @Test
    void readsPrecisionFromPeriodBounds() {
        assertThat(OfacXmlDates.period(LocalDate.of(1962, 1, 1), LocalDate.of(1962, 12, 31))).containsExactly("1962");
        assertThat(OfacXmlDates.period(LocalDate.of(1960, 1, 1), LocalDate.of(1962, 12, 31)))
                .containsExactly("1960", "1961", "1962");
        assertThat(OfacXmlDates.period(LocalDate.of(1980, 2, 1), LocalDate.of(1980, 2, 29))).containsExactly("1980-02");
        assertThat(OfacXmlDates.period(LocalDate.of(1980, 2, 8), LocalDate.of(1980, 2, 8))).containsExactly("1980-02-08");
        assertThat(OfacXmlDates.period(LocalDate.of(1980, 2, 8), null)).containsExactly("1980-02-08");
        assertThat(OfacXmlDates.period(LocalDate.of(1980, 2, 8), LocalDate.of(1980, 3, 1)))
                .containsExactly("1980-02-08", "1980-03-01");
        assertThat(OfacXmlDates.period(LocalDate.of(1980, 2, 8), LocalDate.of(1979, 1, 1))).isEmpty();
    }

    @Test
    void keepsOnlyTheBoundsOfAWideYearRange() {
        assertThat(OfacXmlDates.period(LocalDate.of(1900, 1, 1), LocalDate.of(1990, 12, 31))).containsExactly("1900", "1990");
    }
}
