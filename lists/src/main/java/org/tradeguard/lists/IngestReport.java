package org.tradeguard.lists;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What happened while reading one snapshot.
 *
 * @param source   source id
 * @param records  source records read (rows, elements, JSON lines)
 * @param skipped  records skipped as broken
 * @param problems every skipped record or dropped field, with where and why
 * @param counters named counts worth reporting, e.g. {@code alt rows without primary entry}
 * @param loadTime wall time of the load
 */
public record IngestReport(String source, int records, int skipped, List<RecordProblem> problems,
                           Map<String, Long> counters, Duration loadTime) {

    public IngestReport {
        problems = List.copyOf(problems);
        counters = Collections.unmodifiableMap(new TreeMap<>(counters));
    }

    /** Collects problems and counters while a reader runs; not thread-safe. */
    public static final class Builder {
        private final String source;
        private final long started = System.nanoTime();
        private int records;
        private int skipped;
        private final List<RecordProblem> problems = new ArrayList<>();
        private final Map<String, Long> counters = new TreeMap<>();

        public Builder(String source) {
            this.source = source;
        }

        public void record() {
            records++;
        }

        /** A record that could not be read at all and was skipped. */
        public void skip(RecordProblem p) {
            skipped++;
            problems.add(p);
        }

        /** A record that was kept but lost a field. */
        public void problem(RecordProblem p) {
            problems.add(p);
        }

        public void count(String counter) {
            count(counter, 1);
        }

        public void count(String counter, long n) {
            counters.merge(counter, n, Long::sum);
        }

        public IngestReport build() {
            return new IngestReport(source, records, skipped, problems, counters,
                    Duration.ofNanos(System.nanoTime() - started));
        }
    }
}
