package org.tradeguard.matching.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.tradeguard.matching.ScreenOptions;
import org.tradeguard.matching.Screener;
import org.tradeguard.model.Hit;

/**
 * Runs labelled cases through a {@link Screener} and computes recall and false-alert figures.
 * Deterministic: the same cases, lists and threshold always give the same figures (latencies aside).
 */
public final class Evaluator {
    private Evaluator() {}

    public static EvalReport run(String set, List<EvalCase> cases, Screener screener, double threshold) {
        ScreenOptions options = new ScreenOptions(threshold, 0.0, 10, false);
        int positives = 0;
        int negatives = 0;
        int at1 = 0;
        int at10 = 0;
        int atThreshold = 0;
        int falseAlerts = 0;
        long[] nanos = new long[cases.size()];
        List<EvalReport.Miss> misses = new ArrayList<>();
        List<EvalReport.FalseAlert> alerts = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            EvalCase c = cases.get(i);
            long t0 = System.nanoTime();
            List<Hit> hits = screener.screen(c.toQuery(), options);
            nanos[i] = System.nanoTime() - t0;
            Hit top = hits.isEmpty() ? null : hits.get(0);
            if (c.positive()) {
                positives++;
                double expectedScore = -1;
                String expectedName = null;
                boolean alerted = false;
                for (int k = 0; k < hits.size(); k++) {
                    Hit h = hits.get(k);
                    if (c.expected().contains(h.entity().id())) {
                        if (expectedScore < 0) {
                            expectedScore = h.score();
                            expectedName = h.matchedName();
                            if (k == 0) {
                                at1++;
                            }
                            at10++;
                        }
                        if (h.score() >= threshold) {
                            alerted = true;
                        }
                    }
                }
                if (alerted) {
                    atThreshold++;
                } else {
                    misses.add(new EvalReport.Miss(c.line(), c.query(), c.expected().stream().sorted().toList(), expectedScore,
                            expectedName, top == null ? null : top.entity().id(), top == null ? null : top.matchedName(),
                            top == null ? 0 : top.score()));
                }
            } else {
                negatives++;
                if (top != null && top.score() >= threshold) {
                    falseAlerts++;
                    alerts.add(new EvalReport.FalseAlert(c.line(), c.query(), top.entity().id(), top.matchedName(), top.score()));
                }
            }
        }
        misses.sort(Comparator.comparingDouble(EvalReport.Miss::expectedScore).thenComparingInt(EvalReport.Miss::line));
        alerts.sort(Comparator.comparingDouble(EvalReport.FalseAlert::topScore).reversed().thenComparingInt(EvalReport.FalseAlert::line));
        Arrays.sort(nanos);
        return new EvalReport(set, positives, negatives, ratio(at1, positives), ratio(at10, positives),
                ratio(atThreshold, positives), ratio(falseAlerts, negatives), threshold,
                percentile(nanos, 0.50), percentile(nanos, 0.99), screener.version(), screener.entityCount(),
                misses, alerts);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0.0 : Math.round(10000.0 * a / b) / 10000.0;
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int idx = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
        return Math.round(sorted[Math.max(0, idx)] / 1000.0) / 1000.0;
    }
}
