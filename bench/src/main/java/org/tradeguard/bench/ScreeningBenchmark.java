package org.tradeguard.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tradeguard.lists.BundledLists;
import org.tradeguard.lists.ListLoad;
import org.tradeguard.matching.ScreenOptions;
import org.tradeguard.matching.Screener;
import org.tradeguard.matching.bench.QueryMix;
import org.tradeguard.model.Entity;
import org.tradeguard.model.Hit;
import org.tradeguard.model.ScreeningQuery;

/**
 * Question: how many screenings per second does one thread do on the built-in realistic mix
 * (persons and organisations, half listed names with variations, half innocent names, ~10%
 * non-Latin) with every bundled list indexed? Run:
 * {@code ./mvnw -q -pl bench -am package -DskipTests && java -jar bench/target/benchmarks.jar ScreeningBenchmark}
 * (add {@code -t 2} for two threads). Four warm-up iterations: C2 compiles the matcher's large
 * methods for about 15 s after start (the third iteration still ran at 0.9 of the measured rate).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class ScreeningBenchmark {

    @State(Scope.Benchmark)
    public static class Index {
        Screener screener;
        List<ScreeningQuery> mix;

        @Setup(Level.Trial)
        public void build() {
            List<Entity> all = new ArrayList<>();
            for (ListLoad l : BundledLists.load(id -> true)) {
                all.addAll(l.entities());
            }
            screener = Screener.build(all);
            mix = QueryMix.build(all, 20_000, QueryMix.DEFAULT_SEED);
        }
    }

    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    private static final ScreenOptions OPTIONS = ScreenOptions.defaults();

    @Benchmark
    public List<Hit> screen(Index index, Cursor cursor) {
        ScreeningQuery q = index.mix.get(cursor.next++ % index.mix.size());
        return index.screener.screen(q, OPTIONS);
    }
}
