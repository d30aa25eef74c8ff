package org.tradeguard.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tradeguard.lists.ListLoad;
import org.tradeguard.matching.bench.QueryMix;
import org.tradeguard.matching.bench.ThroughputRun;
import org.tradeguard.model.Entity;
import org.tradeguard.model.ScreeningQuery;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", description = "Measure screening throughput and latency on a built-in realistic query mix.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1", description = "Screening threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "10", description = "Measured seconds (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--warmup", paramLabel = "S", defaultValue = "5", description = "Warm-up seconds at least, then until the JIT compiler is quiet, 60 s at most; 0 for none (default: ${DEFAULT-VALUE}).")
    double warmup;

    @Option(names = "--queries", paramLabel = "N", defaultValue = "20000", description = "Size of the query mix (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--synthetic", paramLabel = "N", defaultValue = "0",
            description = "Add N synthetic entities made from real name parts (fixed seed), for scale tests.")
    int synthetic;

    @Option(names = "--lists", paramLabel = "IDS", description = "Only these sources (default: all bundled lists).")
    String lists;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        CommandLine cl = spec.commandLine();
        if (threads < 1 || threads > 256) {
            throw new CommandLine.ParameterException(cl, "--threads must be between 1 and 256, got " + threads);
        }
        if (seconds <= 0 || warmup < 0 || queries < 1) {
            throw new CommandLine.ParameterException(cl, "--seconds must be > 0, --warmup >= 0, --queries >= 1");
        }
        Catalog catalog = Catalog.load(lists, cl);
        List<Entity> all = new ArrayList<>();
        for (ListLoad l : catalog.loads()) {
            all.addAll(l.entities());
        }
        List<ScreeningQuery> mix;
        try {
            mix = QueryMix.build(all, queries, QueryMix.DEFAULT_SEED);
        } catch (IllegalArgumentException e) {
            // a selection such as --lists dpl (legal entities only) is the user's choice, not an internal error
            throw new CommandLine.ParameterException(cl, "--lists " + lists + ": " + e.getMessage()
                    + "; select lists with both, e.g. --lists un");
        }
        org.tradeguard.matching.Screener screener = catalog.screener();
        long indexMillis = catalog.indexMillis();
        if (synthetic > 0) {
            List<Entity> bigger = new ArrayList<>(all);
            bigger.addAll(org.tradeguard.matching.bench.SyntheticEntities.generate(all, synthetic, QueryMix.DEFAULT_SEED));
            all = null;
            long t0 = System.nanoTime();
            screener = org.tradeguard.matching.Screener.build(bigger);
            indexMillis = (System.nanoTime() - t0) / 1_000_000;
        }
        ThroughputRun.Result r = ThroughputRun.run(screener, mix, threads, warmup, seconds, indexMillis);
        PrintWriter out = cl.getOut();
        if (format == OutputFormat.json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("screenings_per_second", r.screeningsPerSecond());
            m.put("p50_ms", r.p50Ms());
            m.put("p99_ms", r.p99Ms());
            m.put("p999_ms", r.p999Ms());
            m.put("heap_mb", r.heapMb());
            m.put("threads", r.threads());
            m.put("entities", r.entities());
            m.put("names", r.names());
            m.put("screenings", r.screenings());
            m.put("seconds", r.seconds());
            m.put("warmup_seconds", r.warmupSeconds());
            m.put("jit_quiet", r.jitQuiet());
            m.put("index_build_ms", r.indexMillis());
            m.put("list_load_ms", catalog.loadMillis());
            m.put("algorithm", catalog.screener().version());
            out.println(Json.write(m));
        } else {
            out.printf(Locale.ROOT, "screenings/s  %,.0f on %d thread%s (%,d screenings in %.1f s)%n", r.screeningsPerSecond(),
                    r.threads(), r.threads() == 1 ? "" : "s", r.screenings(), r.seconds());
            out.printf(Locale.ROOT, "latency       p50 %.3f ms, p99 %.3f ms, p99.9 %.3f ms%n", r.p50Ms(), r.p99Ms(), r.p999Ms());
            out.printf(Locale.ROOT, "index         %,d entities, %,d names; lists loaded in %,d ms, index built in %,d ms%n",
                    r.entities(), r.names(), catalog.loadMillis(), r.indexMillis());
            out.printf(Locale.ROOT, "heap          %,d MB retained after load and warm-up%n", r.heapMb());
            out.printf(Locale.ROOT, "warm-up       %.1f s, %s%n", r.warmupSeconds(),
                    r.jitQuiet() ? "until the JIT compiler was quiet" : "the JIT compiler was still busy");
        }
        return Tradeguard.OK;
    }
}
