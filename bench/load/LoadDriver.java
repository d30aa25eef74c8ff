import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load driver for the screening service (run from a second process on loopback):
 *
 * <pre>
 * java bench/load/LoadDriver.java batch  URL KEY [batches=20] [clients=2]
 * java bench/load/LoadDriver.java single URL KEY [rate=500] [seconds=30]
 * </pre>
 *
 * batch: sends batches of 1,000 parties from {@code clients} connections, reports screenings/s.
 * single: open loop at a fixed rate of one-party requests (each send is scheduled, so a slow
 * server cannot slow the load down and hide its latency), reports achieved rate and latency
 * percentiles measured from the scheduled send time. Bounded in count and time; stops by itself.
 */
public class LoadDriver {
    static final String[] FIRST = {"Ivan", "Maria", "Mohammed", "Li", "Anna", "Jose", "Olga", "Ahmed", "Sergei", "Fatima",
            "John", "Elena", "Wei", "Omar", "Nikolai", "Aisha", "Peter", "Yusuf", "Svetlana", "Hassan"};
    static final String[] LAST = {"Petrov", "Smith", "Hassan", "Wang", "Garcia", "Kuznetsova", "Ali", "Ivanov", "Rahman",
            "Muller", "Sokolov", "Khan", "Chen", "Novak", "Popescu", "Haddad", "Jensen", "Morozov", "Silva", "Tanaka"};
    static final String[] COMPANY = {"Trading", "Shipping", "Logistics", "Industrial", "Energy", "Technologies", "Holdings",
            "Maritime", "Export", "Import"};
    static final String[] FORM = {"LLC", "Ltd", "GmbH", "JSC", "Co. Ltd", "S.A.", "FZE", "OOO"};

    static String party(Random rnd, int i) {
        if (rnd.nextInt(3) == 0) {
            return "{\"name\":\"" + LAST[rnd.nextInt(LAST.length)] + " " + COMPANY[rnd.nextInt(COMPANY.length)] + " "
                    + FORM[rnd.nextInt(FORM.length)] + "\",\"schema\":\"Company\",\"reference\":\"c" + i + "\"}";
        }
        return "{\"name\":\"" + FIRST[rnd.nextInt(FIRST.length)] + " " + LAST[rnd.nextInt(LAST.length)]
                + "\",\"schema\":\"Person\",\"reference\":\"p" + i + "\"}";
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: LoadDriver batch|single URL KEY [n] [m]");
            System.exit(2);
        }
        String mode = args[0];
        String url = args[1];
        String key = args[2];
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        if (mode.equals("batch")) {
            batch(client, url, key, args.length > 3 ? Integer.parseInt(args[3]) : 20, args.length > 4 ? Integer.parseInt(args[4]) : 2);
        } else {
            single(client, url, key, args.length > 3 ? Integer.parseInt(args[3]) : 500, args.length > 4 ? Integer.parseInt(args[4]) : 30);
        }
    }

    static HttpRequest request(String url, String key, String body) {
        return HttpRequest.newBuilder(URI.create(url + "/v1/screen")).header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static void batch(HttpClient client, String url, String key, int batches, int clients) throws Exception {
        Random rnd = new Random(7);
        List<String> bodies = new ArrayList<>();
        for (int b = 0; b < batches; b++) {
            StringBuilder sb = new StringBuilder("{\"parties\":[");
            for (int i = 0; i < 1000; i++) {
                sb.append(i == 0 ? "" : ",").append(party(rnd, b * 1000 + i));
            }
            bodies.add(sb.append("]}").toString());
        }
        // Warm-up: five batches (the JIT compiles the matcher's hot loops), not counted.
        for (int w = 0; w < 5; w++) {
            client.send(request(url, key, bodies.get(w % bodies.size())), HttpResponse.BodyHandlers.ofString());
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long t0 = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            threads.add(Thread.ofPlatform().start(() -> {
                int b;
                while ((b = next.getAndIncrement()) < batches) {
                    try {
                        HttpResponse<String> r = client.send(request(url, key, bodies.get(b)), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 200) {
                            failed.incrementAndGet();
                            System.err.println("batch " + b + ": " + r.statusCode() + " " + r.body());
                        }
                    } catch (java.io.IOException e) {
                        failed.incrementAndGet();
                        System.err.println("batch " + b + ": " + e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "batch: %d batches x 1000 parties from %d clients in %.2f s = %.0f screenings/s (%d failed)%n",
                batches, clients, secs, batches * 1000 / secs, failed.get());
    }

    static void single(HttpClient client, String url, String key, int rate, int seconds) throws Exception {
        Random rnd = new Random(11);
        int total = rate * seconds;
        List<String> bodies = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            bodies.add(party(rnd, i));
        }
        // Warm-up: 5 s at the target rate, not counted.
        run(client, url, key, bodies.subList(0, Math.min(total, rate * 5)), rate);
        long t0 = System.nanoTime();
        List<Long> lat = run(client, url, key, bodies, rate);
        double secs = (System.nanoTime() - t0) / 1e9;
        long ok = lat.stream().filter(l -> l >= 0).count();
        List<Long> sorted = new ArrayList<>(lat.stream().filter(l -> l >= 0).toList());
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "single: %d requests at %d/s offered, %.0f/s achieved, %d failed; latency ms p50 %.1f p90 %.1f p99 %.1f max %.1f%n",
                total, rate, ok / secs, total - ok, pct(sorted, 0.50), pct(sorted, 0.90), pct(sorted, 0.99), pct(sorted, 1.0));
    }

    static double pct(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int i = (int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1);
        return sorted.get(Math.max(0, i)) / 1e6;
    }

    /** Open loop: request i is due at start + i/rate; latency counts from when it was due. */
    static List<Long> run(HttpClient client, String url, String key, List<String> bodies, int rate) throws Exception {
        ConcurrentLinkedQueue<Long> lat = new ConcurrentLinkedQueue<>();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        List<CompletableFuture<?>> all = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime() + 10_000_000;
        long periodNanos = 1_000_000_000L / rate;
        AtomicInteger i = new AtomicInteger();
        CompletableFuture<Void> done = new CompletableFuture<>();
        ticker.scheduleAtFixedRate(() -> {
            long now = System.nanoTime();
            int n;
            while ((n = i.get()) < bodies.size() && start + n * periodNanos <= now) {
                i.incrementAndGet();
                long due = start + n * periodNanos;
                all.add(client.sendAsync(request(url, key, bodies.get(n)), HttpResponse.BodyHandlers.ofString())
                        .handle((r, e) -> {
                            lat.add(e == null && r.statusCode() == 200 ? System.nanoTime() - due : -1L);
                            return null;
                        }));
            }
            if (i.get() >= bodies.size()) {
                done.complete(null);
            }
        }, 0, 1, TimeUnit.MILLISECONDS);
        done.get(bodies.size() / rate + 60, TimeUnit.SECONDS);
        ticker.shutdownNow();
        CompletableFuture.allOf(all.toArray(new CompletableFuture[0])).get(120, TimeUnit.SECONDS);
        return new ArrayList<>(lat);
    }
}
