package org.tradeguard.matching.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeguard.model.Schema;

class EvalSetReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsASetSavedWithAByteOrderMark() throws Exception {
        Path f = dir.resolve("set.tsv");
        Files.writeString(f, "\uFEFFquery\tschema\texpected\tcountry\tbirth_date\tid\n"
                + "Granpect Co Ltd\tOrganization\tofac-48621\t\t\t\n"
                + "Jane Example\tPerson\t\tgb\t1970\t\n", StandardCharsets.UTF_8);
        List<EvalCase> cases = EvalSetReader.read(f);
        assertThat(cases).hasSize(2);
        assertThat(cases.get(0).query()).isEqualTo("Granpect Co Ltd");
        assertThat(cases.get(0).expected()).containsExactly("ofac-48621");
        assertThat(cases.get(0).schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(cases.get(1).positive()).isFalse();
        assertThat(cases.get(1).line()).isEqualTo(3);
    }

    @Test
    void aBadBirthDateNamesFileLineAndValue() throws Exception {
        Path f = dir.resolve("bad.tsv");
        Files.writeString(f, "query\tschema\texpected\tcountry\tbirth_date\tid\n"
                + "Jane Example\tPerson\t\t\t1970-13-45\t\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> EvalSetReader.read(f)).isInstanceOf(EvalSetReader.EvalFormatException.class)
                .hasMessageContaining("bad.tsv line 2").hasMessageContaining("1970-13-45");
    }
}
