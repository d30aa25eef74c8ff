package org.tradeguard.cli;

import org.tradeguard.matching.ScreenOptions;
import picocli.CommandLine.Option;

/** Options shared by every command that screens: which lists, and the score threshold and cutoff. */
final class MatchingOptions {

    @Option(names = "--lists", paramLabel = "IDS",
            description = "Only these sources (comma-separated ids or families, e.g. ofac,un). Default: all bundled lists.")
    String lists;

    @Option(names = "--list-file", paramLabel = "FORMAT=PATH",
            description = "Also load a list from a file or folder (replaces the bundled snapshot of the same source); repeatable. Formats: ${sys:tradeguard.formats}.")
    java.util.Map<String, java.nio.file.Path> listFiles = new java.util.LinkedHashMap<>();

    @Option(names = "--threshold", paramLabel = "X", defaultValue = "" + ScreenOptions.DEFAULT_THRESHOLD,
            description = "Score at or above which a hit alerts (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--cutoff", paramLabel = "X", defaultValue = "" + ScreenOptions.DEFAULT_CUTOFF,
            description = "Score at or above which a hit is shown at all (default: ${DEFAULT-VALUE}).")
    double cutoff;

    ScreenOptions options(int limit, boolean explain, picocli.CommandLine cl) {
        if (threshold < 0 || threshold > 1) {
            throw new picocli.CommandLine.ParameterException(cl, "--threshold must be between 0 and 1, got " + threshold);
        }
        if (cutoff < 0 || cutoff > 1) {
            throw new picocli.CommandLine.ParameterException(cl, "--cutoff must be between 0 and 1, got " + cutoff);
        }
        if (limit < 1 || limit > 1000) {
            throw new picocli.CommandLine.ParameterException(cl, "--limit must be between 1 and 1000, got " + limit);
        }
        return new ScreenOptions(threshold, Math.min(cutoff, threshold), limit, explain);
    }
}
