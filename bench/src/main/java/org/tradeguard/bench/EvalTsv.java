package org.tradeguard.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes an evaluation set in the format {@code EvalSetReader} reads: UTF-8, tab-separated,
 * header {@code query schema expected country birth_date id note}, LF line ends, a field quoted
 * CSV-style only when it holds a quote, a tab or a line break.
 */
final class EvalTsv {
    private EvalTsv() {}

    static final String HEADER = "query\tschema\texpected\tcountry\tbirth_date\tid\tnote";

    static void write(Path file, List<EvalRow> rows) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            for (EvalRow r : rows) {
                w.write(field(r.query()));
                w.write('\t');
                w.write(r.schema() == null ? "" : r.schema().code());
                w.write('\t');
                w.write(field(String.join(";", r.expected())));
                w.write("\t\t\t"); // country, birth_date: the builders give names only
                w.write(field(String.join(";", r.ids())));
                w.write('\t');
                w.write(field(r.note()));
                w.write('\n');
            }
        }
    }

    static String field(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\t' || c == '\n' || c == '\r') {
                return '"' + s.replace("\"", "\"\"") + '"';
            }
        }
        return s;
    }
}
