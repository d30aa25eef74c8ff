package org.tradeguard.lists.ofac;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tradeguard.lists.IngestReport;
import org.tradeguard.lists.ListFormatException;
import org.tradeguard.lists.RecordProblem;

/**
 * Reads one file of OFAC's legacy CSV set into rows: no header, CRLF, {@code -0-} (often
 * {@code "-0- "}) as the null marker, a DOS end-of-file byte 0x1A after the last line.
 *
 * <p>OFAC writes every record on one physical line (checked on the 2021 and 2024/2025 sets), so
 * each line is parsed on its own: a line with a stray quote or the wrong number of fields is
 * skipped and reported without dragging the following lines into it, and the raw text of a record
 * is simply its line.
 */
final class OfacCsvReader {

    /** The DOS end-of-file marker OFAC appends to its CSV files. */
    private static final char CTRL_Z = '\u001A';
    private static final String NULL_MARKER = "-0-";
    private static final char REPLACEMENT = '\uFFFD';
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setQuote('"').build();

    /** One record: its 1-based line number, its fields as written and its line as read. */
    record Row(int line, List<String> fields, String raw) {
        /** Field {@code i} stripped, null for OFAC's null marker or an empty field. */
        String get(int i) {
            return nullable(fields.get(i));
        }

        /** Field {@code i} exactly as written (the remarks overflow continues it mid-word). */
        String verbatim(int i) {
            return fields.get(i);
        }

        String location() {
            return "line " + line;
        }
    }

    private final String file;
    private final int fieldCount;
    private final String layout;

    /**
     * @param file       file name, for messages
     * @param fieldCount fields every record must have
     * @param layout     the expected columns, for messages (e.g. "ent_num,SDN_Name,...")
     */
    OfacCsvReader(String file, int fieldCount, String layout) {
        this.file = file;
        this.fieldCount = fieldCount;
        this.layout = layout;
    }

    /**
     * Streams the rows of {@code in} to {@code sink}. A broken record is skipped and reported; a
     * file whose first record is already broken is not this format and is rejected whole, as is
     * a {@code required} file that is empty and a file that is not UTF-8 (OFAC's files are ASCII).
     *
     * @return the ent_nums of the skipped records, where readable, so their other rows are not
     *         taken for rows without a primary entry
     */
    Set<String> read(InputStream in, boolean required, IngestReport.Builder report, Consumer<Row> sink) throws IOException {
        // undecodable bytes become U+FFFD, found below with their line number
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int lineNo = 0;
        int good = 0;
        Set<String> skipped = new HashSet<>();
        boolean seenRecord = false;
        String line;
        while ((line = lines.readLine()) != null) {
            lineNo++;
            if (line.indexOf(REPLACEMENT) >= 0) {
                throw new ListFormatException(file, "line " + lineNo,
                        "not UTF-8/ASCII text: " + RecordProblem.cut(line) + "; OFAC's CSV files are ASCII");
            }
            String text = stripEof(line);
            if (text.isBlank()) {
                continue;
            }
            report.record();
            String problem = null;
            List<String> fields = null;
            try {
                fields = split(text);
                if (fields.size() != fieldCount) {
                    problem = "expected " + fieldCount + " fields, found " + fields.size() + ": " + RecordProblem.cut(text);
                } else if (nullable(fields.get(0)) == null || !isDigits(nullable(fields.get(0)))) {
                    problem = "ent_num is not a number: " + RecordProblem.cut(fields.get(0));
                }
            } catch (UncheckedIOException e) {
                problem = "not a CSV record (" + e.getCause().getMessage() + "): " + RecordProblem.cut(text);
            }
            if (problem != null && !seenRecord) {
                throw new ListFormatException(file, "line " + lineNo,
                        "not an OFAC legacy CSV file: " + problem + "; expected " + fieldCount + " comma-separated fields " + layout);
            }
            seenRecord = true;
            if (problem != null) {
                String id = fields != null && !fields.isEmpty() ? nullable(fields.get(0)) : leadingNumber(text);
                report.skip(new RecordProblem(file, "line " + lineNo, id, "", problem));
                if (id != null) {
                    skipped.add(id);
                }
                continue;
            }
            good++;
            sink.accept(new Row(lineNo, fields, text));
        }
        if (!seenRecord && required) {
            throw new ListFormatException(file, "", "empty file; expected records of " + fieldCount + " fields " + layout);
        }
        report.count("rows read: " + file, good);
        return skipped;
    }

    /** Drops the trailing Ctrl-Z, which sits alone on the last line or right after the last record. */
    private static String stripEof(String line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == CTRL_Z) {
            end--;
        }
        return end == line.length() ? line : line.substring(0, end);
    }

    private static List<String> split(String text) {
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            Iterator<CSVRecord> it = parser.iterator();
            if (!it.hasNext()) {
                return List.of();
            }
            CSVRecord rec = it.next();
            List<String> fields = new ArrayList<>(rec.size());
            for (String v : rec) {
                fields.add(v);
            }
            return fields;
        } catch (IOException e) {
            // parsing a String cannot fail on I/O; a malformed record arrives as UncheckedIOException
            throw new UncheckedIOException(e);
        }
    }

    /** The value with OFAC's null marker (and surrounding blanks) removed; null when empty. */
    static String nullable(String v) {
        if (v == null) {
            return null;
        }
        String s = v.strip();
        return s.isEmpty() || s.equals(NULL_MARKER) ? null : s;
    }

    /** The ent_num of a line the CSV parser rejects: OFAC writes it first and unquoted. */
    private static String leadingNumber(String text) {
        int comma = text.indexOf(',');
        String first = comma > 0 ? text.substring(0, comma).strip() : "";
        return isDigits(first) ? first : null;
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
