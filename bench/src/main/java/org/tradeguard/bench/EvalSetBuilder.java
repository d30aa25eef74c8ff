package org.tradeguard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tradeguard.lists.BundledLists;
import org.tradeguard.lists.ListLoad;
import org.tradeguard.model.Entity;
import org.tradeguard.model.Snapshot;

/**
 * Builds the project's labelled evaluation sets from the bundled lists and the committed name
 * sources ({@code eval/sources/}), deterministically: same lists and sources, same bytes.
 *
 * <p>Run {@code eval/build-sets.sh} (it builds this module and calls {@link #main} with
 * {@code eval/}). Writes {@code aliases.tsv}, {@code uk-un-crosslist.tsv},
 * {@code transliteration.tsv}, {@code ftm-scripts.tsv}, {@code cross-list-*.tsv},
 * {@code negatives-persons.tsv}, {@code negatives-companies.tsv} and {@code BUILD-REPORT.md};
 * the hand-written {@code founding-cases.tsv} is left alone. What each set tests and which
 * {@code --lists} it runs with: {@code eval/README.md}.
 */
public final class EvalSetBuilder {
    private EvalSetBuilder() {}

    static final String REPORT = "BUILD-REPORT.md";

    /**
     * Args: the output folder (default {@code eval}), then the folder of the name sources
     * (default: {@code sources/} inside the output folder).
     */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "eval");
        NameSources names = NameSources.read(args.length > 1 ? Path.of(args[1]) : out.resolve("sources"));
        System.err.println("eval sets: loading the bundled lists...");
        List<ListLoad> loads = BundledLists.load(id -> true);
        if (loads.isEmpty()) {
            System.err.println("eval sets: no bundled list is registered (lists module, Registry.ENTRIES); nothing to build");
            System.exit(3);
        }
        List<Entity> entities = new ArrayList<>();
        List<Snapshot> snapshots = new ArrayList<>();
        for (ListLoad l : loads) {
            entities.addAll(l.entities());
            snapshots.add(l.snapshot());
        }
        BuildReport report = build(snapshots, entities, names, out);
        for (BuildReport.Section s : report.sections()) {
            System.err.printf(Locale.ROOT, "%-34s %,6d cases%s%n", s.file, s.cases, s.lists.isEmpty() ? "" : "  (--lists " + s.lists + ")");
        }
        System.err.println("eval sets: written to " + out + " (details in " + out.resolve(REPORT) + ")");
    }

    /** Builds and writes every generated set into {@code out}; returns what was done. */
    static BuildReport build(List<Snapshot> snapshots, List<Entity> entities, NameSources names, Path out) throws IOException {
        BuildReport report = new BuildReport();
        report.headerLine("Lists read (bundled snapshots):\n");
        report.headerLine("| source | published | SHA-256 | entities |");
        report.headerLine("|---|---|---|---|");
        for (Snapshot s : snapshots) {
            long n = entities.stream().filter(e -> e.provenance().source().equals(s.source())).count();
            report.headerLine(String.format(Locale.ROOT, "| %s | %s | `%s` | %,d |", s.source(),
                    s.published() == null ? "-" : s.published(), s.sha256(), n));
        }
        ListIndex index = new ListIndex(entities);
        List<String> nameless = index.nameless();
        report.headerLine(String.format(Locale.ROOT, "\nEntities without a name (the screener does not index them; left out "
                + "of every set): %,d%s", nameless.size(), nameless.isEmpty() ? "" : " (" + String.join(", ", nameless.stream().limit(10).toList())
                + (nameless.size() > 10 ? ", ..." : "") + ")"));

        writeSet(report, out.resolve(AliasSet.FILE), AliasSet.build(index, report.section(AliasSet.FILE, "",
                "Strong aliases and previous names -> their entity (plus the same party in other sources where the "
                        + "authorities publish the link: OFAC ent_num = CSL SDN row, UN reference = UK subject). "
                        + "Screen against all lists.")));
        writeSet(report, out.resolve(LinkedSets.UK_UN), LinkedSets.ukToUn(index, report.section(LinkedSets.UK_UN, "un",
                "UK subjects that carry a UN reference number -> the UN entry (primary name and good-quality aliases "
                        + "as separate cases). Screen against the UN list only.")));
        writeSet(report, out.resolve(LinkedSets.TRANSLITERATION), LinkedSets.transliteration(index,
                report.section(LinkedSets.TRANSLITERATION, "uk",
                        "UN original-script names (Arabic, Cyrillic, Han ...) -> the UK subjects with the same UN "
                                + "reference. The bundled UK list has no non-Latin names, so a match has to go through "
                                + "transliteration. Screen against the UK list only.")));
        writeSet(report, out.resolve(LinkedSets.FTM_SCRIPTS), LinkedSets.ftmScripts(index,
                report.section(LinkedSets.FTM_SCRIPTS, "",
                        "OpenSanctions FtM entities with Latin and non-Latin names: a non-Latin name -> the entity. "
                                + "The entity has that very name indexed, so this tests exact non-Latin lookup, not "
                                + "transliteration. Screen against all lists.")));
        for (Map.Entry<String, List<EvalRow>> e : LinkedSets.crossList(index, report).entrySet()) {
            writeSet(report, out.resolve(e.getKey()), e.getValue());
        }
        Set<String> listed = NegativeSet.listedKeys(index.all());
        writeSet(report, out.resolve(NegativeSet.PERSONS), NegativeSet.persons(names, listed,
                report.section(NegativeSet.PERSONS, "", "Real people's names that are not listed: must not alert. "
                        + "Screen against all lists.")));
        writeSet(report, out.resolve(NegativeSet.COMPANIES), NegativeSet.companies(names, listed,
                report.section(NegativeSet.COMPANIES, "", "Real company names that are not listed: must not alert. "
                        + "Screen against all lists.")));
        report.write(out.resolve(REPORT));
        return report;
    }

    /** Writes a set; a set without cases is not written (and an old copy is removed), the report says so. */
    private static void writeSet(BuildReport report, Path file, List<EvalRow> rows) throws IOException {
        if (rows.isEmpty()) {
            Files.deleteIfExists(file);
            report.find(file.getFileName().toString()).line("no cases: the file is not written");
            return;
        }
        EvalTsv.write(file, rows);
    }
}
