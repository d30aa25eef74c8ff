package org.tradeguard.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

/**
 * The embedded default: real list snapshots shipped inside the jar (see bundled/PROVENANCE.md).
 * Each entry names its source, the resource folder and the files of the snapshot.
 */
public final class BundledLists {
    private BundledLists() {}

    /** One bundled snapshot. */
    public record Entry(ListSource source, String folder, List<String> files) {
        public Entry {
            files = List.copyOf(files);
        }

        public String id() {
            return source.id();
        }

        public SourceInput input() {
            return SourceInput.ofResources(BundledLists.class, "/bundled/" + folder, files);
        }
    }

    /** Every bundled snapshot, in a fixed order. */
    public static List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        out.addAll(Registry.ENTRIES);
        return out;
    }

    /**
     * True when a {@code --lists} token selects a source: the id itself ({@code ofac-sdn}) or its
     * family before the first dash ({@code ofac} selects {@code ofac-sdn} and {@code ofac-nonsdn}).
     */
    public static boolean selects(String token, String sourceId) {
        return sourceId.equals(token) || sourceId.startsWith(token + "-");
    }

    /** Loads the selected bundled snapshots, two at a time, in the fixed order. */
    public static List<ListLoad> load(Predicate<String> selected) {
        List<Entry> chosen = entries().stream().filter(e -> selected.test(e.id())).toList();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(2, chosen.size())), r -> {
            Thread t = new Thread(r, "list-loader");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ListLoad>> futures = new ArrayList<>();
            for (Entry e : chosen) {
                futures.add(pool.submit(() -> e.source().load(e.input())));
            }
            List<ListLoad> loads = new ArrayList<>();
            for (Future<ListLoad> f : futures) {
                loads.add(f.get());
            }
            return loads;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading lists", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            if (c instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(c);
        } finally {
            pool.shutdownNow();
        }
    }
}
