package org.tradeguard.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Table-driven: pipeline-cases.tsv lists names and the tokens they must give. */
class NamePipelineTest {

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (InputStream in = NamePipelineTest.class.getResourceAsStream("pipeline-cases.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.add(Arguments.of(f[0], f[1]));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void tokens(String name, String expected) {
        AnalyzedName a = NamePipeline.standard().analyze(name);
        List<String> got = new ArrayList<>();
        for (Token t : a.tokens()) {
            String s = t.key();
            s += switch (t.kind()) {
                case LEGAL_FORM -> ":LF";
                case HONORIFIC -> ":H";
                case STOPWORD -> ":S";
                case QUALIFIER -> ":Q";
                case WORD -> "";
            };
            got.add(s + (t.transliterated() ? "*" : ""));
        }
        assertThat(String.join(" ", got)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void offsetsCoverTheOriginal(String name, String ignored) {
        AnalyzedName a = NamePipeline.standard().analyze(name);
        int last = 0;
        for (Token t : a.tokens()) {
            assertThat(t.start()).isGreaterThanOrEqualTo(0);
            assertThat(t.end()).isLessThanOrEqualTo(name.length()).isGreaterThan(t.start());
            assertThat(t.start()).as("offsets never go backwards").isGreaterThanOrEqualTo(Math.min(last, t.start()));
            last = t.start();
        }
    }
}
