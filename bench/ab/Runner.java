import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.DoubleUnaryOperator;
import org.tradeguard.lists.BundledLists;
import org.tradeguard.lists.ListLoad;
import org.tradeguard.matching.ScreenOptions;
import org.tradeguard.matching.Screener;
import org.tradeguard.matching.bench.QueryMix;
import org.tradeguard.model.Entity;
import org.tradeguard.model.ScreeningQuery;

/**
 * One build under test, loaded by its own class loader (see AB.java): the bundled lists, the
 * index and the bench query mix; {@link #applyAsDouble} screens for that many seconds on
 * {@code ab.threads} threads (default 1) and returns screenings per second.
 */
public class Runner implements DoubleUnaryOperator {
    private final Screener screener;
    private final List<ScreeningQuery> mix;
    private final int threads = Integer.getInteger("ab.threads", 1);
    private final ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r);
        t.setDaemon(true);
        return t;
    });

    public Runner() {
        List<Entity> all = new ArrayList<>();
        for (ListLoad l : BundledLists.load(id -> true)) {
            all.addAll(l.entities());
        }
        screener = Screener.build(all);
        mix = QueryMix.build(all, 20000, QueryMix.DEFAULT_SEED);
    }

    @Override
    public double applyAsDouble(double seconds) {
        ScreenOptions options = ScreenOptions.defaults();
        long started = System.nanoTime();
        long end = started + (long) (seconds * 1e9);
        List<Future<Integer>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t * 7919;
            parts.add(pool.submit(() -> {
                int n = 0;
                while ((n & 63) != 0 || System.nanoTime() < end) {
                    screener.screen(mix.get((first + n) % mix.size()), options);
                    n++;
                }
                return n;
            }));
        }
        long total = 0;
        try {
            for (Future<Integer> f : parts) {
                total += f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while screening", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a screening thread failed", e.getCause());
        }
        return total / ((System.nanoTime() - started) / 1e9);
    }
}
