package org.tradeguard.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AbjadVowelsTest {

    @ParameterizedTest
    @CsvSource({
        "akhwnd, akhund",   // آخوند: waw between consonants is u
        "tyb, tib",         // طیب: ya between consonants is i
        "jwad, jwad",       // جواد: waw before alef is the consonant v
        "wly, wli",         // ولی: first letter stays a consonant
        "dwst, dust",       // دوست
        "m, m",
    })
    void readsWawAndYaAsVowelsBetweenConsonants(String in, String out) {
        assertThat(NamePipeline.abjadVowels(in)).isEqualTo(out);
    }

    @ParameterizedTest
    @CsvSource({"آخوند, AKHUND", "جواد, JAVAD", "طیب, TAYEB", "دوست محمد, DOST MOHAMMAD"})
    void arabicScriptSkeletonsMeetTheirLatinForms(String arabic, String latin) {
        NamePipeline p = NamePipeline.standard();
        var a = p.analyze(arabic).tokens();
        var l = p.analyze(latin).tokens();
        assertThat(a).hasSameSizeAs(l);
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i).skeleton()).as(arabic + " token " + i).isEqualTo(l.get(i).skeleton());
        }
    }
}
