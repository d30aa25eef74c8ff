package org.tradeguard.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the builder did, set by set: counts of cases and of everything it dropped, and why.
 * Written as {@code BUILD-REPORT.md} beside the sets; no timestamp, so a rebuild from the same
 * lists gives the same bytes.
 */
final class BuildReport {

    /** One set's figures, in the order they were recorded. */
    static final class Section {
        final String file;
        final String lists;
        final String purpose;
        final List<String> lines = new ArrayList<>();
        int cases;

        Section(String file, String lists, String purpose) {
            this.file = file;
            this.lists = lists;
            this.purpose = purpose;
        }

        Section count(String what, long n) {
            lines.add(String.format(Locale.ROOT, "%s: %,d", what, n));
            return this;
        }

        Section line(String text) {
            lines.add(text);
            return this;
        }
    }

    private final List<String> header = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();

    void headerLine(String text) {
        header.add(text);
    }

    Section section(String file, String lists, String purpose) {
        Section s = new Section(file, lists, purpose);
        sections.add(s);
        return s;
    }

    Section find(String file) {
        return sections.stream().filter(s -> s.file.equals(file)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no section " + file));
    }

    List<Section> sections() {
        return List.copyOf(sections);
    }

    void write(Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("# Evaluation sets: build report\n\n");
        sb.append("Written by `org.tradeguard.bench.EvalSetBuilder` (run `eval/build-sets.sh`); do not edit.\n");
        sb.append("How the sets are built and what they are for: [README.md](README.md).\n\n");
        header.forEach(h -> sb.append(h).append('\n'));
        for (Section s : sections) {
            sb.append("\n## ").append(s.file).append("\n\n");
            sb.append(s.purpose).append("\n\n");
            sb.append(String.format(Locale.ROOT, "- cases: %,d", s.cases)).append('\n');
            sb.append("- run with: `").append(s.lists.isEmpty() ? "./tradeguard eval eval/" + s.file
                    : "./tradeguard eval eval/" + s.file + " --lists " + s.lists).append("`\n");
            s.lines.forEach(l -> sb.append("- ").append(l).append('\n'));
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }
}
