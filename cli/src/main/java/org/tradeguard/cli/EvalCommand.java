package org.tradeguard.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tradeguard.matching.eval.EvalCase;
import org.tradeguard.matching.eval.EvalReport;
import org.tradeguard.matching.eval.EvalSetReader;
import org.tradeguard.matching.eval.Evaluator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", description = "Evaluate matching on a labelled set (TSV: query, schema, expected, country, birth_date, id).")
final class EvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CASES.tsv", description = "The labelled cases.")
    Path cases;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--details", paramLabel = "FILE",
            description = "Also write every miss and every false alert to FILE (TSV), not only the worst 20.")
    Path details;

    @Mixin
    MatchingOptions matching;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        matching.options(10, false, cl);
        List<EvalCase> set = EvalSetReader.read(cases);
        Catalog catalog = Catalog.load(matching.lists, matching.listFiles, cl);
        EvalReport r = Evaluator.run(cases.getFileName().toString(), set, catalog.screener(), matching.threshold);
        if (details != null) {
            writeDetails(details, r);
        }
        PrintWriter out = cl.getOut();
        if (format == OutputFormat.json) {
            out.println(Json.write(json(r)));
        } else {
            text(out, r);
        }
        return Tradeguard.OK;
    }

    /** One row per miss and per false alert, written to a sibling file and moved into place. */
    static void writeDetails(Path file, EvalReport r) throws IOException {
        StringBuilder b = new StringBuilder("kind\tline\tquery\texpected\texpected_score\texpected_name\ttop_id\ttop_name\ttop_score\n");
        for (EvalReport.Miss m : r.misses()) {
            b.append("miss\t").append(m.line()).append('\t').append(tsv(m.query())).append('\t').append(String.join(";", m.expected()))
                    .append('\t').append(m.expectedScore() < 0 ? "" : String.format(Locale.ROOT, "%.4f", m.expectedScore()))
                    .append('\t').append(tsv(m.expectedName())).append('\t').append(m.topId() == null ? "" : m.topId())
                    .append('\t').append(tsv(m.topName())).append('\t').append(String.format(Locale.ROOT, "%.4f", m.topScore())).append('\n');
        }
        for (EvalReport.FalseAlert a : r.falseAlerts()) {
            b.append("false_alert\t").append(a.line()).append('\t').append(tsv(a.query())).append("\t\t\t\t").append(a.topId())
                    .append('\t').append(tsv(a.topName())).append('\t').append(String.format(Locale.ROOT, "%.4f", a.topScore())).append('\n');
        }
        Path abs = file.toAbsolutePath();
        Path tmp = abs.resolveSibling(abs.getFileName() + ".tmp");
        Files.writeString(tmp, b, StandardCharsets.UTF_8);
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String tsv(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    static Map<String, Object> json(EvalReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("set", r.set());
        m.put("positives", r.positives());
        m.put("negatives", r.negatives());
        m.put("recall_at_1", r.recallAt1());
        m.put("recall_at_10", r.recallAt10());
        m.put("recall_at_threshold", r.recallAtThreshold());
        m.put("false_alert_rate", r.falseAlertRate());
        m.put("threshold", r.threshold());
        m.put("p50_ms", r.p50Ms());
        m.put("p99_ms", r.p99Ms());
        m.put("algorithm", r.algorithm());
        m.put("entities", r.entities());
        m.put("worst_misses", r.worstMisses().stream().map(x -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("line", x.line());
            e.put("query", x.query());
            e.put("expected", x.expected());
            e.put("expected_score", x.expectedScore() < 0 ? null : x.expectedScore());
            e.put("top_id", x.topId());
            e.put("top_name", x.topName());
            e.put("top_score", x.topScore());
            return e;
        }).toList());
        m.put("worst_false_alerts", r.worstFalseAlerts().stream().map(x -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("line", x.line());
            e.put("query", x.query());
            e.put("top_id", x.topId());
            e.put("top_name", x.topName());
            e.put("top_score", x.topScore());
            return e;
        }).toList());
        return m;
    }

    static void text(PrintWriter out, EvalReport r) {
        out.printf(Locale.ROOT, "set                  %s (%s, %,d entities)%n", r.set(), r.algorithm(), r.entities());
        out.printf(Locale.ROOT, "positives            %,d%n", r.positives());
        out.printf(Locale.ROOT, "negatives            %,d%n", r.negatives());
        out.printf(Locale.ROOT, "recall_at_1          %.4f%n", r.recallAt1());
        out.printf(Locale.ROOT, "recall_at_10         %.4f%n", r.recallAt10());
        out.printf(Locale.ROOT, "recall_at_threshold  %.4f%n", r.recallAtThreshold());
        out.printf(Locale.ROOT, "false_alert_rate     %.4f%n", r.falseAlertRate());
        out.printf(Locale.ROOT, "threshold            %.2f%n", r.threshold());
        out.printf(Locale.ROOT, "latency              p50 %.3f ms, p99 %.3f ms%n", r.p50Ms(), r.p99Ms());
        if (!r.worstMisses().isEmpty()) {
            out.println();
            out.println("worst misses (expected entity's score; top hit):");
            for (EvalReport.Miss m : r.worstMisses()) {
                out.printf(Locale.ROOT, "  line %-6d %-40s expected %-28s %s; top %s %.4f%n", m.line(), quote(m.query()),
                        String.join(";", m.expected()), m.expectedScore() < 0 ? "not in top 10" : String.format(Locale.ROOT, "%.4f", m.expectedScore()),
                        m.topId() == null ? "-" : m.topId() + " " + quote(m.topName()), m.topScore());
            }
        }
        if (!r.worstFalseAlerts().isEmpty()) {
            out.println();
            out.println("worst false alerts:");
            for (EvalReport.FalseAlert a : r.worstFalseAlerts()) {
                out.printf(Locale.ROOT, "  line %-6d %-40s -> %s %s %.4f%n", a.line(), quote(a.query()), a.topId(), quote(a.topName()), a.topScore());
            }
        }
    }

    private static String quote(String s) {
        return "\"" + s + "\"";
    }
}
