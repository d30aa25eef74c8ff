package org.tradeguard.server;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * Counters and latency histograms in the Prometheus text format ({@code GET /metrics}): requests
 * by route, method and status; request latency by route; screenings by outcome; alerts raised;
 * decisions by verdict; export assessments by outcome. Lock-free on the request path.
 */
final class Metrics {
    /** Latency buckets in seconds: fine below 20 ms, where the single-party target lies. */
    private static final double[] BUCKETS = {0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<String, Histogram> latency = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> screenings = new ConcurrentHashMap<>();
    private final LongAdder alertsRaised = new LongAdder();
    private final Map<String, LongAdder> decisions = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> assessments = new ConcurrentHashMap<>();
    private final Map<String, LongSupplier> gauges = new ConcurrentHashMap<>();

    private static final class Histogram {
        final LongAdder[] counts = new LongAdder[BUCKETS.length + 1];
        final LongAdder count = new LongAdder();
        final java.util.concurrent.atomic.DoubleAdder sum = new java.util.concurrent.atomic.DoubleAdder();

        Histogram() {
            for (int i = 0; i < counts.length; i++) {
                counts[i] = new LongAdder();
            }
        }

        void observe(double seconds) {
            int i = 0;
            while (i < BUCKETS.length && seconds > BUCKETS[i]) {
                i++;
            }
            counts[i].increment();
            count.increment();
            sum.add(seconds);
        }
    }

    void request(String route, String method, int status, long nanos) {
        requests.computeIfAbsent(label("route", route) + "," + label("method", method) + "," + label("status", Integer.toString(status)),
                k -> new LongAdder()).increment();
        latency.computeIfAbsent(label("route", route), k -> new Histogram()).observe(nanos / 1e9);
    }

    void screened(String outcome, int newAlerts) {
        screenings.computeIfAbsent(label("outcome", outcome), k -> new LongAdder()).increment();
        alertsRaised.add(newAlerts);
    }

    void decided(String verdict) {
        decisions.computeIfAbsent(label("verdict", verdict), k -> new LongAdder()).increment();
    }

    void assessed(String outcome) {
        assessments.computeIfAbsent(label("outcome", outcome), k -> new LongAdder()).increment();
    }

    /** A value read when scraped, e.g. open alerts or list entities. */
    void gauge(String name, LongSupplier value) {
        gauges.put(name, value);
    }

    private static String label(String name, String value) {
        return name + "=\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    String render() {
        StringBuilder sb = new StringBuilder(4096);
        counter(sb, "tradeguard_http_requests_total", "HTTP requests by route, method and status.", requests);
        sb.append("# HELP tradeguard_http_request_duration_seconds Request latency by route.\n");
        sb.append("# TYPE tradeguard_http_request_duration_seconds histogram\n");
        new TreeMap<>(latency).forEach((labels, h) -> {
            long cumulative = 0;
            for (int i = 0; i < BUCKETS.length; i++) {
                cumulative += h.counts[i].sum();
                sb.append("tradeguard_http_request_duration_seconds_bucket{").append(labels).append(",le=\"")
                        .append(BUCKETS[i]).append("\"} ").append(cumulative).append('\n');
            }
            cumulative += h.counts[BUCKETS.length].sum();
            sb.append("tradeguard_http_request_duration_seconds_bucket{").append(labels).append(",le=\"+Inf\"} ")
                    .append(cumulative).append('\n');
            sb.append("tradeguard_http_request_duration_seconds_sum{").append(labels).append("} ")
                    .append(String.format(Locale.ROOT, "%.6f", h.sum.sum())).append('\n');
            sb.append("tradeguard_http_request_duration_seconds_count{").append(labels).append("} ").append(h.count.sum()).append('\n');
        });
        counter(sb, "tradeguard_screenings_total", "Parties screened, by outcome.", screenings);
        sb.append("# HELP tradeguard_alerts_raised_total Alerts raised for analysts.\n# TYPE tradeguard_alerts_raised_total counter\n");
        sb.append("tradeguard_alerts_raised_total ").append(alertsRaised.sum()).append('\n');
        counter(sb, "tradeguard_decisions_total", "Alert decisions, by verdict.", decisions);
        counter(sb, "tradeguard_assessments_total", "Export assessments, by outcome.", assessments);
        new TreeMap<>(gauges).forEach((name, v) -> {
            sb.append("# TYPE ").append(name).append(" gauge\n");
            sb.append(name).append(' ').append(v.getAsLong()).append('\n');
        });
        return sb.toString();
    }

    private static void counter(StringBuilder sb, String name, String help, Map<String, LongAdder> values) {
        sb.append("# HELP ").append(name).append(' ').append(help).append('\n');
        sb.append("# TYPE ").append(name).append(" counter\n");
        new TreeMap<>(values).forEach((labels, v) -> sb.append(name).append('{').append(labels).append("} ").append(v.sum()).append('\n'));
    }
}
