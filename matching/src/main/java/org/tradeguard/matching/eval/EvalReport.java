package org.tradeguard.matching.eval;

import java.util.List;

/**
 * Figures of one evaluation run. Field names are the JSON keys of {@code tradeguard eval --format json}.
 */
public record EvalReport(String set, int positives, int negatives, double recallAt1, double recallAt10,
                         double recallAtThreshold, double falseAlertRate, double threshold, double p50Ms, double p99Ms,
                         String algorithm, int entities, List<Miss> misses, List<FalseAlert> falseAlerts) {

    /** How many misses and false alerts the summary shows; {@link #misses()} has them all. */
    public static final int WORST = 20;

    /**
     * @param misses      every positive case that did not alert, lowest expected score first
     * @param falseAlerts every negative case that alerted, highest score first
     */
    public EvalReport {
        misses = List.copyOf(misses);
        falseAlerts = List.copyOf(falseAlerts);
    }

    public List<Miss> worstMisses() {
        return misses.subList(0, Math.min(WORST, misses.size()));
    }

    public List<FalseAlert> worstFalseAlerts() {
        return falseAlerts.subList(0, Math.min(WORST, falseAlerts.size()));
    }

    /**
     * A positive case that did not alert on any expected entity.
     *
     * @param expectedScore best score of an expected entity among the returned hits, or -1 when
     *                      none was in the top 10
     * @param expectedName  the name of the expected entity that scored it, or null
     */
    public record Miss(int line, String query, List<String> expected, double expectedScore, String expectedName, String topId,
                       String topName, double topScore) {
    }

    /** A negative case that alerted. */
    public record FalseAlert(int line, String query, String topId, String topName, double topScore) {
    }
}
