package org.tradeguard.matching;

/**
 * How to screen.
 *
 * @param threshold score at or above which a hit alerts ("is it a match")
 * @param cutoff    score at or above which a hit is returned at all ("is it worth showing")
 * @param limit     most hits returned
 * @param explain   build explanations for the returned hits
 */
public record ScreenOptions(double threshold, double cutoff, int limit, boolean explain) {

    /**
     * Default threshold, chosen on the project's own eval sets (eval/README.md): the lowest value
     * of the sweep 0.70 / 0.74 / 0.77 / 0.80 / 0.85 at which the false-alert rate stays at or under
     * 1% on both negative sets (persons 0.70%, companies 0.15% at 0.80; persons 1.09% at 0.77).
     */
    public static final double DEFAULT_THRESHOLD = 0.80;
    /** Default cutoff: hits below this are not worth an analyst's look. */
    public static final double DEFAULT_CUTOFF = 0.50;
    public static final int DEFAULT_LIMIT = 10;

    public ScreenOptions {
        if (threshold < 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold must be in [0,1], got " + threshold);
        }
        if (cutoff < 0 || cutoff > 1) {
            throw new IllegalArgumentException("cutoff must be in [0,1], got " + cutoff);
        }
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be in [1,1000], got " + limit);
        }
    }

    public static ScreenOptions defaults() {
        return new ScreenOptions(DEFAULT_THRESHOLD, DEFAULT_CUTOFF, DEFAULT_LIMIT, false);
    }

    public ScreenOptions withExplain(boolean e) {
        return new ScreenOptions(threshold, cutoff, limit, e);
    }

    public ScreenOptions withLimit(int l) {
        return new ScreenOptions(threshold, cutoff, l, explain);
    }

    public ScreenOptions withThreshold(double t) {
        return new ScreenOptions(t, Math.min(cutoff, t), limit, explain);
    }

    public ScreenOptions withCutoff(double c) {
        return new ScreenOptions(threshold, c, limit, explain);
    }
}
