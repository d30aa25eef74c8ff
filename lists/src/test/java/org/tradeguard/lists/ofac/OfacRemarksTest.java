package org.tradeguard.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tradeguard.lists.ofac.OfacRemarks.Field;
import org.tradeguard.lists.ofac.OfacRemarks.Identifier;
import org.tradeguard.model.PartialDate;

/** Remarks texts below are copied from OFAC's sdn.csv / cons_prim.csv (2021-07 and 2024-05). */
class OfacRemarksTest {

    @Test
    void personFactsOfHejeij() {
        OfacRemarks.Facts f = OfacRemarks.parse("DOB 05 Mar 1953; POB Lagos, Nigeria; nationality Lebanon; Gender Male; "
                + "Passport RL0000432 (Lebanon) issued 31 Jan 2013 expires 31 Jan 2018; Linked To: HIZBALLAH.");
        assertThat(f.get(Field.BIRTH_DATE)).containsExactly("05 Mar 1953");
        assertThat(f.get(Field.BIRTH_PLACE)).containsExactly("Lagos, Nigeria");
        assertThat(f.get(Field.NATIONALITY)).containsExactly("Lebanon");
        assertThat(f.get(Field.GENDER)).containsExactly("Male");
        assertThat(f.get(Field.LINKED_TO)).containsExactly("HIZBALLAH");
        assertThat(f.identifiers()).containsExactly(
                new Identifier("Passport", "RL0000432", "Lebanon", null, "31 Jan 2013", "31 Jan 2018"));
        assertThat(f.get(Field.NOTE)).isEmpty();
    }

    @Test
    void quotedAkasAreWeakAndAltValuesRepeatTheFact() {
        OfacRemarks.Facts f = OfacRemarks.parse("Target Type State-Owned Enterprise; Registration Number 100534485 (Belarus); "
                + "a.k.a. 'OJSC MZKT'; a.k.a. 'OJSC MWPT'; a.k.a. 'VOLAT'.");
        assertThat(f.get(Field.WEAK_ALIAS)).containsExactly("OJSC MZKT", "OJSC MWPT", "VOLAT");
        assertThat(f.identifiers()).containsExactly(
                new Identifier("Registration Number", "100534485", "Belarus", null, null, null));
        assertThat(f.get(Field.NOTE)).containsExactly("Target Type State-Owned Enterprise");

        OfacRemarks.Facts alt = OfacRemarks.parse("DOB 28 Sep 1973; nationality Qatar; Passport 01020802 (Qatar); "
                + "alt. Passport 00754833 (Qatar) issued 20 May 2007; a.k.a. 'Abu Ali al-Kawari'; Linked To: AL QA'IDA.");
        assertThat(alt.identifiers()).extracting(Identifier::number).containsExactly("01020802", "00754833");
        assertThat(alt.identifiers().get(1).issued()).isEqualTo("20 May 2007");
        assertThat(alt.get(Field.WEAK_ALIAS)).containsExactly("Abu Ali al-Kawari");
        assertThat(alt.get(Field.LINKED_TO)).containsExactly("AL QA'IDA");
    }

    @Test
    void npwmdCompaniesOfApril2024() {
        OfacRemarks.Facts f = OfacRemarks.parse("Website www.granpect.com; Organization Established Date 02 Mar 2005; "
                + "Registration Number 110108007999360 (China); Unified Social Credit Code (USCC) 911101087719621018 (China).");
        assertThat(f.get(Field.INCORPORATION_DATE)).containsExactly("02 Mar 2005");
        assertThat(f.identifiers()).containsExactly(
                new Identifier("Website", "www.granpect.com", null, null, null, null),
                new Identifier("Registration Number", "110108007999360", "China", null, null, null),
                new Identifier("Unified Social Credit Code (USCC)", "911101087719621018", "China", null, null, null));
    }

    @Test
    void vesselAndAircraftFacts() {
        OfacRemarks.Facts v = OfacRemarks.parse("Former Vessel Flag Malta; alt. Former Vessel Flag Tuvalu; "
                + "Additional Sanctions Information - Subject to Secondary Sanctions; Vessel Registration Identification IMO 9187629; "
                + "MMSI 572469210; f.k.a. 'ALPHA'; Linked To: NATIONAL IRANIAN TANKER COMPANY.");
        assertThat(v.get(Field.PAST_FLAG)).containsExactly("Malta", "Tuvalu");
        assertThat(v.get(Field.PROVISION)).containsExactly("Additional Sanctions Information - Subject to Secondary Sanctions");
        assertThat(v.get(Field.PREVIOUS_NAME)).containsExactly("ALPHA");
        assertThat(v.identifiers()).extracting(Identifier::type, Identifier::number).containsExactly(
                tuple("Vessel Registration Identification", "IMO 9187629"),
                tuple("MMSI", "572469210"));

        OfacRemarks.Facts a = OfacRemarks.parse("Aircraft Construction Number (also called L/N or S/N or F/N) 8401; "
                + "Aircraft Manufacture Date 1992; Aircraft Model IL76-TD; Aircraft Operator YAS AIR; "
                + "Aircraft Manufacturer's Serial Number (MSN) 1023409321; Linked To: POUYA AIR.");
        assertThat(a.get(Field.BUILD_DATE)).containsExactly("1992");
        assertThat(a.get(Field.MODEL)).containsExactly("IL76-TD");
        assertThat(a.get(Field.NOTE)).containsExactly("Aircraft Operator YAS AIR");
        assertThat(a.identifiers()).extracting(Identifier::number).containsExactly("8401", "1023409321");
    }

    @Test
    void cryptoAddressesTelephonesAndNestedParentheses() {
        OfacRemarks.Facts f = OfacRemarks.parse("Digital Currency Address - XBT 134r8iHv69xdT6p5qVKTsHrcUEuBVZAYak; "
                + "Telephone (98)(21)(66153220); Registration Number HRA 738077 (Stuttgart) (Germany); "
                + "Tarjeta Profesional 186785 (Abogado) (Colombia); Branch 15.");
        assertThat(f.identifiers()).containsExactly(
                new Identifier("Digital Currency Address - XBT", "134r8iHv69xdT6p5qVKTsHrcUEuBVZAYak", null, null, null, null),
                new Identifier("Telephone", "(98)(21)(66153220)", null, null, null, null),
                new Identifier("Registration Number", "HRA 738077", "Germany", "Stuttgart", null, null),
                new Identifier("Tarjeta Profesional", "186785", "Colombia", "Abogado", null, null));
        assertThat(f.get(Field.NOTE)).containsExactly("Branch 15");
    }

    @Test
    void sanctionsInformationGoesToProvisionsAndTheRestToNotes() {
        OfacRemarks.Facts f = OfacRemarks.parse("Secondary sanctions risk: North Korea Sanctions Regulations, sections 510.201 "
                + "and 510.210; Transactions Prohibited For Persons Owned or Controlled By U.S. Financial Institutions: North Korea "
                + "Sanctions Regulations section 510.214; Tanchon Commercial Bank Representative in Vietnam; Gender Unknown.");
        assertThat(f.get(Field.PROVISION)).hasSize(2);
        assertThat(f.get(Field.NOTE)).containsExactly("Tanchon Commercial Bank Representative in Vietnam", "Gender Unknown");
        assertThat(f.get(Field.GENDER)).isEmpty();
    }

    @Test
    void aNameCutAtTheColumnEndIsKeptAndFlagged() {
        OfacRemarks.Facts f = OfacRemarks.parse("Identification Number 321284198607120616 (China); a.k.a. 'tianyinyin0404'; a.k.a. 'snowsjo");
        assertThat(f.get(Field.WEAK_ALIAS)).containsExactly("tianyinyin0404", "snowsjo");
        assertThat(f.unterminatedQuotes()).containsExactly("'snowsjo");
    }

    @Test
    void nothingFromNothing() {
        assertThat(OfacRemarks.parse(null).values()).isEmpty();
        assertThat(OfacRemarks.parse("  ").identifiers()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "10 Dec 1948|1948-12-10",
        "Sep 1938|1938-09",
        "1946|1946",
        "circa 1951|1951",
        "circa 07 Jul 1966|1966-07-07",
        "1951 to 1953|1951,1952,1953",
        "01 Jan 1961 to 31 Dec 1962|1961,1962",
        "Mar 1962 to Feb 1963|1962,1963",
        "circa 1979-1982|1979,1980,1981,1982",
        "1965.|1965",
    })
    void ofacDateForms(String text, String expected) {
        assertThat(OfacRemarks.dates(text)).extracting(PartialDate::toString).containsExactly(expected.split(","));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"31 Feb 1970", "1970 to 1920", "1900 to 1990", "unknown", "13 Foo 1970", "''"})
    void notDates(String text) {
        assertThat(OfacRemarks.dates(text)).isEmpty();
    }

    @Test
    void ofacCountrySpellings() {
        assertThat(OfacRemarks.country("Korea, North")).contains("kp");
        assertThat(OfacRemarks.country("Region: Crimea")).contains("ua");
        assertThat(OfacRemarks.country("Region: West Bank")).contains("ps");
        assertThat(OfacRemarks.country("Iraq.")).contains("iq");
        assertThat(OfacRemarks.country("Bosnia and Herzegovina")).contains("ba");
        assertThat(OfacRemarks.country("Man, Isle of")).contains("im");
        assertThat(OfacRemarks.country("Region: Kafia Kingi")).isEmpty();
        assertThat(OfacRemarks.country(null)).isEmpty();
        assertThat(List.of(OfacRemarks.dropFinalPeriod("Washington, D.C."), OfacRemarks.dropFinalPeriod("Mexico.")))
                .containsExactly("Washington, D.C.", "Mexico");
    }
}
