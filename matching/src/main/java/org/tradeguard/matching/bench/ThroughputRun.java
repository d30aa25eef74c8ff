package org.tradeguard.matching.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.tradeguard.matching.ScreenOptions;
import org.tradeguard.matching.Screener;
import org.tradeguard.model.ScreeningQuery;

/**
 * Screens a query mix on N threads for a fixed time after a warm-up and reports throughput,
 * latency percentiles and retained heap. Used by {@code tradeguard bench} and the JMH benchmark's
 * companion; a benchmark, never a unit test.
 *
 * <p>The warm-up lasts at least the given seconds and then until the JIT compiler is quiet: the
 * matcher's large methods are compiled by C2 for 15-20 s after start, and on a 2-core machine a
 * busy compiler thread takes a core from the second screening thread (seen as p99 of 4 ms and
 * 1.3 times the one-thread rate instead of 1.7). The figures are those of a running service.
 */
public final class ThroughputRun {
    /** The JIT counts as quiet when it compiled for less than this in the last second. */
    static final long QUIET_JIT_MS_PER_SECOND = 20;
    /** Warm-up ends here even if the JIT is still compiling. */
    static final double MAX_WARMUP_SECONDS = 60;

    private ThroughputRun() {}

    /** Figures of one run; field names are the JSON keys of {@code tradeguard bench --format json}. */
    public record Result(double screeningsPerSecond, double p50Ms, double p99Ms, double p999Ms, long heapMb, int threads,
                         int entities, int names, long screenings, double seconds, long indexMillis,
                         double warmupSeconds, boolean jitQuiet) {
    }

    public static Result run(Screener screener, List<ScreeningQuery> mix, int threads, double warmupSeconds,
                             double measureSeconds, long indexMillis) throws InterruptedException {
        ScreenOptions options = ScreenOptions.defaults();
        long warmStart = System.nanoTime();
        boolean[] quiet = new boolean[1];
        loop(screener, mix, threads, () -> quiet[0] = warmUp(warmupSeconds), options);
        double warmed = round((System.nanoTime() - warmStart) / 1e9);
        long heap = retainedHeapMb();
        long started = System.nanoTime();
        List<long[]> perThread = loop(screener, mix, threads, () -> sleep(measureSeconds), options);
        double seconds = (System.nanoTime() - started) / 1e9;
        int total = 0;
        for (long[] l : perThread) {
            total += (int) l[0];
        }
        long[] all = new long[total];
        int k = 0;
        for (long[] l : perThread) {
            System.arraycopy(l, 1, all, k, (int) l[0]);
            k += (int) l[0];
        }
        Arrays.sort(all);
        return new Result(round(total / seconds), ms(pct(all, 0.50)), ms(pct(all, 0.99)), ms(pct(all, 0.999)), heap,
                threads, screener.entityCount(), screener.nameCount(), total, round(seconds), indexMillis, warmed, quiet[0]);
    }

    /**
     * Blocks for at least {@code minSeconds}, then until the JIT is quiet; true if it became quiet.
     * Zero means no warm-up at all (for smoke tests of the command).
     */
    private static boolean warmUp(double minSeconds) throws InterruptedException {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean measurable = jit != null && jit.isCompilationTimeMonitoringSupported();
        long start = System.nanoTime();
        sleep(minSeconds);
        if (!measurable || minSeconds == 0) {
            return false;
        }
        long before = jit.getTotalCompilationTime();
        while ((System.nanoTime() - start) / 1e9 < MAX_WARMUP_SECONDS) {
            sleep(1);
            long now = jit.getTotalCompilationTime();
            if (now - before < QUIET_JIT_MS_PER_SECOND) {
                return true;
            }
            before = now;
        }
        return false;
    }

    private static void sleep(double seconds) throws InterruptedException {
        Thread.sleep((long) (seconds * 1000));
    }

    /** Blocks the calling thread while the screening threads run. */
    private interface Wait {
        void run() throws InterruptedException;
    }

    /** Returns per thread: [count, latency nanos...]. */
    private static List<long[]> loop(Screener screener, List<ScreeningQuery> mix, int threads, Wait wait,
                                     ScreenOptions options) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(threads);
        List<long[]> results = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t * (mix.size() / Math.max(1, threads));
            // 4M latencies per thread on one or two threads (minutes of screening); less per thread
            // beyond, so 40 threads do not need 1.3 GB of arrays
            long[] lat = new long[Math.min(1 << 22, (1 << 25) / threads)];
            results.add(lat);
            Thread th = new Thread(() -> {
                int i = offset;
                int n = 0;
                while (!stop.get() && n < lat.length - 1) {
                    ScreeningQuery q = mix.get(i++ % mix.size());
                    long t0 = System.nanoTime();
                    screener.screen(q, options);
                    lat[++n] = System.nanoTime() - t0;
                }
                lat[0] = n;
                done.countDown();
            }, "bench-" + t);
            workers.add(th);
        }
        workers.forEach(Thread::start);
        try {
            wait.run();
        } finally {
            stop.set(true);
        }
        done.await();
        return results;
    }

    private static long retainedHeapMb() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
    }

    private static long pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 1000.0) / 1000.0;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
