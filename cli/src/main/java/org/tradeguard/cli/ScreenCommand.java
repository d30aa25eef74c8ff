package org.tradeguard.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tradeguard.model.FactCheck;
import org.tradeguard.model.Hit;
import org.tradeguard.model.MatchExplanation;
import org.tradeguard.model.Prop;
import org.tradeguard.model.ScreeningQuery;
import org.tradeguard.model.TokenMatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "screen", description = "Screen one name against the bundled lists. Exit 1 when something alerts.")
final class ScreenCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME", description = "The name to screen, in any script.")
    String name;

    @Option(names = "--schema", paramLabel = "SCHEMA", description = "Person, Organization, Company, LegalEntity, Vessel or Aircraft.")
    String schema;

    @Option(names = "--country", paramLabel = "CC", description = "Country (ISO code or name): nationality, registration or flag.")
    String country;

    @Option(names = "--birth-date", paramLabel = "YYYY[-MM[-DD]]", description = "Birth or incorporation date.")
    String birthDate;

    @Option(names = "--id", paramLabel = "VALUE", description = "An identifier (passport, registration, IMO, crypto address); repeatable.")
    List<String> ids = new ArrayList<>();

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Most hits shown (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--explain", description = "Explain each hit: token matches with offsets, methods, weights, facts.")
    boolean explain;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Mixin
    MatchingOptions matching;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        ScreeningQuery query;
        try {
            query = QueryParsing.query(name, schema, country, birthDate, ids, null);
        } catch (QueryParsing.Invalid e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
        var options = matching.options(limit, explain, cl);
        Catalog catalog = Catalog.load(matching.lists, matching.listFiles, cl);
        List<Hit> hits = catalog.screener().screen(query, options);
        boolean alert = hits.stream().anyMatch(Hit::alert);
        PrintWriter out = cl.getOut();
        if (format == OutputFormat.json) {
            out.println(Json.write(json(query, options.threshold(), options.cutoff(), catalog, hits, alert)));
        } else {
            text(out, query, options.threshold(), hits, alert);
            cl.getErr().printf(Locale.ROOT, "screened against %,d entities from %d lists (%s); load %,d ms, index %,d ms%n",
                    catalog.screener().entityCount(), catalog.loads().size(), catalog.screener().version(),
                    catalog.loadMillis(), catalog.indexMillis());
        }
        return alert ? Tradeguard.ALERT : Tradeguard.OK;
    }

    static Map<String, Object> json(ScreeningQuery q, double threshold, double cutoff, Catalog catalog, List<Hit> hits, boolean alert) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("name", q.name());
        query.put("schema", q.schema() == null ? null : q.schema().code());
        query.put("country", q.country());
        query.put("birth_date", q.birthDate() == null ? null : q.birthDate().toString());
        query.put("identifiers", q.identifiers());
        m.put("query", query);
        m.put("outcome", alert ? "alert" : "clear");
        m.put("threshold", threshold);
        m.put("cutoff", cutoff);
        m.put("algorithm", catalog.screener().version());
        List<Map<String, Object>> lists = new ArrayList<>();
        catalog.loads().forEach(l -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("source", l.snapshot().source());
            s.put("published", String.valueOf(l.snapshot().published()));
            s.put("sha256", l.snapshot().sha256());
            lists.add(s);
        });
        m.put("lists", lists);
        m.put("hits", hits.stream().map(Json::hit).toList());
        return m;
    }

    static void text(PrintWriter out, ScreeningQuery q, double threshold, List<Hit> hits, boolean alert) {
        long alerts = hits.stream().filter(Hit::alert).count();
        out.printf(Locale.ROOT, "%s  ->  %s (%d hit%s at or above %.2f, %d shown)%n", q.name(), alert ? "ALERT" : "CLEAR",
                alerts, alerts == 1 ? "" : "s", threshold, hits.size());
        if (hits.isEmpty()) {
            return;
        }
        out.printf(Locale.ROOT, "  %-5s  %-6s  %-22s  %-12s  %-45s  %-12s  %s%n", "", "score", "id", "schema", "name", "list", "programs");
        for (Hit h : hits) {
            out.printf(Locale.ROOT, "  %-5s  %.4f  %-22s  %-12s  %-45s  %-12s  %s%n", h.alert() ? "ALERT" : "", h.score(),
                    h.entity().id(), h.entity().schema().code(), cut(h.entity().caption(), 45),
                    String.join(",", h.entity().datasets()), String.join(",", h.entity().get(Prop.PROGRAM)));
            if (!h.matchedName().equals(h.entity().caption())) {
                out.printf(Locale.ROOT, "  %-5s  %-6s  matched: %s%n", "", "", h.matchedName());
            }
            if (h.explanation() != null) {
                explain(out, h.explanation());
            }
        }
    }

    private static void explain(PrintWriter out, MatchExplanation x) {
        String pad = "                 ";
        out.printf(Locale.ROOT, "%swhy: query \"%s\" vs %s \"%s\": name score %.4f%n", pad, x.queryName(), x.listProperty(),
                x.listName(), x.nameScore());
        for (TokenMatch t : x.tokens()) {
            out.printf(Locale.ROOT, "%s  %-24s [%d,%d) ~ %-28s [%d,%d)  %-15s sim %.2f  weight %.2f%n", pad,
                    "\"" + t.queryText() + "\"", t.queryStart(), t.queryEnd(), "\"" + t.listText() + "\"", t.listStart(),
                    t.listEnd(), t.method(), t.similarity(), t.weight());
        }
        if (!x.unmatchedQuery().isEmpty()) {
            out.printf(Locale.ROOT, "%s  unmatched in query: %s%n", pad, String.join(", ", x.unmatchedQuery()));
        }
        if (!x.repeatedQuery().isEmpty()) {
            out.printf(Locale.ROOT, "%s  unmatched in query, no cost (repeats the name, names its namesake or the listed party's own country, or says only that it is an organisation): %s%n", pad, String.join(", ", x.repeatedQuery()));
        }
        if (!x.repeatedList().isEmpty()) {
            out.printf(Locale.ROOT, "%s  unmatched in list name, no cost (repeats the name, names its namesake, or says only that it is an organisation): %s%n", pad, String.join(", ", x.repeatedList()));
        }
        if (!x.unmatchedList().isEmpty()) {
            out.printf(Locale.ROOT, "%s  unmatched in list name: %s%n", pad, String.join(", ", x.unmatchedList()));
        }
        for (FactCheck f : x.facts()) {
            out.printf(Locale.ROOT, "%s  %s: query %s vs list %s -> %s (%+.2f)%n", pad, f.property(), f.queryValue(),
                    f.listValue(), f.outcome().code(), f.effect());
        }
    }

    static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
