package org.tradeguard.matching.eval;

import java.util.List;

/**
 * Figures of one evaluation run. Field names are the JSON keys of {@code tradeguard eval --format json}.
 */
public record EvalReport(String set, int positives, int negatives, double recallAt1, double recallAt10,
                         double recallAtThreshold, double falseAlertRate, double threshold, double p50Ms, double p99Ms,
                         String algorithm, int entities, List<Miss> worstMisses, List<FalseAlert> worstFalseAlerts) {

    public EvalReport {
        worstMisses = List.copyOf(worstMisses);
        worstFalseAlerts = List.copyOf(worstFalseAlerts);
    }

    /**
     * A positive case that did not alert on any expected entity.
     *
     * @param expectedScore best score of an expected entity among the returned hits, or -1 when
     *                      none was in the top 10
     */
    public record Miss(int line, String query, List<String> expected, double expectedScore, String topId,
                       String topName, double topScore) {
    }

    /** A negative case that alerted. */
    public record FalseAlert(int line, String query, String topId, String topName, double topScore) {
    }
}
