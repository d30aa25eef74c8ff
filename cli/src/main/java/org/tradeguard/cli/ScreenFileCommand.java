package org.tradeguard.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.tradeguard.matching.ScreenOptions;
import org.tradeguard.model.Hit;
import org.tradeguard.model.ScreeningQuery;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Batch screening of a CSV file. Input columns (header row, UTF-8, comma-separated): {@code name}
 * (required), optional {@code schema}, {@code country}, {@code birth_date}, {@code id}
 * (semicolon-separated) and {@code reference}. Output: one row per input row, see {@link #COLUMNS}.
 * A bad row is written with outcome {@code error} and the reason; it never stops the batch.
 * The output is written to a temporary file and moved into place at the end, so a crash never
 * leaves a half-written file behind.
 */
@Command(name = "screen-file", description = "Screen every row of a CSV file; write one result row per input row.")
final class ScreenFileCommand implements Callable<Integer> {

    static final List<String> COLUMNS = List.of("line", "reference", "name", "outcome", "alerts", "top_score", "top_id",
            "top_name", "top_schema", "top_lists", "top_matched_name", "alert_ids", "error");

    @Parameters(index = "0", paramLabel = "IN.csv", description = "Input CSV with a header row and a 'name' column.")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "OUT.csv", description = "Where to write the results.")
    Path out;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits considered per row (default: ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    MatchingOptions matching;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        ScreenOptions options = matching.options(limit, false, cl);
        if (!Files.isRegularFile(in)) {
            throw new BadInputException("input file " + in + " does not exist or is not a file");
        }
        PrintWriter err = cl.getErr();
        long total = countLines(in);
        Catalog catalog = Catalog.load(matching.lists, matching.listFiles, cl);
        Path tmp = out.toAbsolutePath().resolveSibling(out.getFileName() + ".partial");
        int rows = 0;
        int errors = 0;
        int alerted = 0;
        long started = System.nanoTime();
        Progress progress = new Progress(err, total);
        CSVFormat inFormat = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).build();
        try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(org.tradeguard.model.ByteOrderMark.skip(r), inFormat);
             BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).build())) {
            Map<String, Integer> header = parser.getHeaderMap();
            if (header == null || !header.containsKey("name")) {
                throw new BadInputException(in + " line 1: the header must have a 'name' column (found "
                        + (header == null ? "no header" : header.keySet()) + ")");
            }
            for (CSVRecord rec : parser) {
                rows++;
                long line = rec.getParser().getCurrentLineNumber();
                String name = field(rec, "name");
                String reference = field(rec, "reference");
                try {
                    List<String> ids = Arrays.stream(field(rec, "id").split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
                    ScreeningQuery q = QueryParsing.query(name, field(rec, "schema"), field(rec, "country"),
                            field(rec, "birth_date"), ids, reference);
                    List<Hit> hits = catalog.screener().screen(q, options);
                    List<String> alertIds = hits.stream().filter(Hit::alert).map(h -> h.entity().id()).toList();
                    if (!alertIds.isEmpty()) {
                        alerted++;
                    }
                    Hit top = hits.isEmpty() ? null : hits.get(0);
                    printer.printRecord(line, reference, name, alertIds.isEmpty() ? "clear" : "alert", alertIds.size(),
                            top == null ? "" : String.format(Locale.ROOT, "%.4f", top.score()),
                            top == null ? "" : top.entity().id(), top == null ? "" : top.entity().caption(),
                            top == null ? "" : top.entity().schema().code(),
                            top == null ? "" : String.join(";", top.entity().datasets()),
                            top == null ? "" : top.matchedName(), String.join(";", alertIds), "");
                } catch (QueryParsing.Invalid e) {
                    errors++;
                    err.printf(Locale.ROOT, "%n%s line %d: %s%n", in, line, e.getMessage());
                    printer.printRecord(line, reference, name, "error", "", "", "", "", "", "", "", "", e.getMessage());
                }
                progress.update(rows);
            }
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            Files.deleteIfExists(tmp);
            throw new BadInputException(in + ": not a readable CSV file (" + e.getMessage() + ")", e);
        } catch (RuntimeException | IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        progress.done(rows);
        double seconds = (System.nanoTime() - started) / 1e9;
        err.printf(Locale.ROOT, "screened %,d rows in %.1f s (%,.0f rows/s): %,d alerted, %,d errors; results in %s%n", rows,
                seconds, rows / Math.max(seconds, 1e-9), alerted, errors, out);
        if (errors > 0) {
            return Tradeguard.BAD_INPUT;
        }
        return alerted > 0 ? Tradeguard.ALERT : Tradeguard.OK;
    }

    /** Skips the byte order mark that Excel writes at the start of a "CSV UTF-8" file, so the first column keeps its name. */
    private static String field(CSVRecord rec, String column) {
        return rec.isMapped(column) && rec.isSet(column) ? rec.get(column) : "";
    }

    private static long countLines(Path p) throws IOException {
        try (var lines = Files.lines(p, StandardCharsets.UTF_8)) {
            return Math.max(0, lines.count() - 1);
        } catch (java.io.UncheckedIOException e) {
            throw new BadInputException(p + ": not valid UTF-8 text", e);
        }
    }

    /** A one-line progress bar on stderr, redrawn at most every 200 ms. */
    static final class Progress {
        private final PrintWriter err;
        private final long total;
        private final long started = System.nanoTime();
        private long lastDraw;

        Progress(PrintWriter err, long total) {
            this.err = err;
            this.total = total;
        }

        void update(long done) {
            long now = System.nanoTime();
            if (now - lastDraw < 200_000_000L) {
                return;
            }
            lastDraw = now;
            draw(done, now);
        }

        void done(long done) {
            draw(done, System.nanoTime());
            err.println();
        }

        private void draw(long done, long now) {
            int width = 30;
            double frac = total == 0 ? 1 : Math.min(1.0, (double) done / total);
            int filled = (int) Math.round(frac * width);
            double rate = done / Math.max((now - started) / 1e9, 1e-9);
            err.printf(Locale.ROOT, "\r[%s%s] %,d/%,d (%3.0f%%) %,.0f rows/s", "#".repeat(filled), " ".repeat(width - filled),
                    done, total, frac * 100, rate);
            err.flush();
        }
    }
}
