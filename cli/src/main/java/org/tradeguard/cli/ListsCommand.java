package org.tradeguard.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tradeguard.lists.ListLoad;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "lists", description = "Show each bundled list: snapshot date, SHA-256, entity counts by schema, load time.")
final class ListsCommand implements Callable<Integer> {

    @Option(names = "--lists", paramLabel = "IDS", description = "Only these sources (comma-separated ids or families, e.g. ofac,un).")
    String lists;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<ListLoad> loads = org.tradeguard.lists.BundledLists.load(Catalog.selection(lists, spec.commandLine()));
        if (format == OutputFormat.json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (ListLoad l : loads) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("source", l.snapshot().source());
                m.put("title", l.snapshot().title());
                m.put("published", String.valueOf(l.snapshot().published()));
                m.put("sha256", l.snapshot().sha256());
                m.put("origin", l.snapshot().origin());
                m.put("entities", l.entities().size());
                m.put("by_schema", l.countsBySchema());
                m.put("records", l.report().records());
                m.put("skipped", l.report().skipped());
                m.put("problems", l.report().problems().size());
                m.put("counters", l.report().counters());
                m.put("load_ms", l.report().loadTime().toMillis());
                rows.add(m);
            }
            out.println(Json.write(rows));
            return Tradeguard.OK;
        }
        for (ListLoad l : loads) {
            out.printf(Locale.ROOT, "%s  %s%n", l.snapshot().source(), l.snapshot().title());
            out.printf(Locale.ROOT, "  published  %s%n", l.snapshot().published() == null ? "unknown" : l.snapshot().published());
            out.printf(Locale.ROOT, "  sha256     %s%n", l.snapshot().sha256());
            out.printf(Locale.ROOT, "  entities   %,d  (%s)%n", l.entities().size(), schemaCounts(l.countsBySchema()));
            out.printf(Locale.ROOT, "  records    %,d read, %,d skipped, %,d problems%n", l.report().records(),
                    l.report().skipped(), l.report().problems().size());
            out.printf(Locale.ROOT, "  load time  %,d ms%n%n", l.report().loadTime().toMillis());
        }
        return Tradeguard.OK;
    }

    private static String schemaCounts(Map<String, Integer> counts) {
        List<String> parts = new ArrayList<>();
        counts.forEach((k, v) -> parts.add(String.format(Locale.ROOT, "%s %,d", k, v)));
        return String.join(", ", parts);
    }
}
