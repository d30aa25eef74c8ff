package org.tradeguard.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Legal forms of one family ({@code legal-forms.txt} "=" lines) say the same kind of company. */
class LegalFamilyTest {

    private static String form(String text) {
        for (Token t : NamePipeline.standard().analyze("ACME " + text).tokens()) {
            if (t.kind() == TokenKind.LEGAL_FORM) {
                return t.key();
            }
        }
        throw new AssertionError("no legal form in " + text);
    }

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource({
            "OAO, PAO, true",
            "Open Joint Stock Company, JSC, true",
            "ZAO, AO, true",
            "Publichnoe Aktsionernoe Obshchestvo, Closed Joint Stock Company, true",
            "OOO, Ltd, true",
            "Limited Liability Company, Limited, true",
            "FGUP, State Enterprise, true",
            "GUP, Republican Unitary Enterprise, true",
            "OOO, OOO, true",
            "OOO, JSC, false",
            "OAO, LLC, false",
            "Ltd, PLC, false",
            "GmbH, AG, false",
            "JSC, Inc, false",
            "FGUP, FGBU, false",
    })
    void sameFamily(String a, String b, boolean same) {
        assertThat(NamePipeline.sameLegalFamily(form(a), form(b))).isEqualTo(same);
        assertThat(NamePipeline.sameLegalFamily(form(b), form(a))).isEqualTo(same);
    }
}
