package org.tradeguard.lists.uscsl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tradeguard.lists.ListFormatException;
import org.tradeguard.lists.RecordProblem;

/**
 * Reads a CSV file one logical record at a time, keeping the record's first line number and its
 * text, so a broken record can be skipped and reported on its own and the good ones can carry their
 * original line as provenance. A record spans several lines only while a quoted field is open; each
 * record is then parsed by commons-csv.
 */
final class CsvRecords {

    /**
     * How many lines one quoted field may span before the record is declared broken. Neither the
     * CSL nor the DPL has a single multi-line field, so a long run means a stray quote; without the
     * cap that quote would swallow the rest of the file into one "record".
     */
    private static final int MAX_LINES_PER_RECORD = 20;

    /**
     * One logical record.
     *
     * @param line   number of its first line (1-based)
     * @param raw    its text as read (lines joined with {@code \n})
     * @param fields its fields, or null when it could not be parsed
     * @param error  why it could not be parsed, or null
     */
    record Row(int line, String raw, List<String> fields, String error) {
        boolean broken() {
            return fields == null;
        }

        boolean blank() {
            return fields != null && fields.stream().allMatch(String::isBlank);
        }

        /** Why the row cannot be read as a record of {@code header}, or null when it can. */
        String problem(Header header) {
            if (broken()) {
                return error + ": " + RecordProblem.cut(raw);
            }
            return fields.size() == header.names().size() ? null
                    : "expected " + header.names().size() + " fields, found " + fields.size();
        }
    }

    /** Column positions by header name. */
    record Header(List<String> names) {
        Header {
            names = List.copyOf(names);
        }

        boolean has(String column) {
            return names.contains(column);
        }

        /** The stripped value of a column; empty when the file has no such column. */
        String get(List<String> fields, String column) {
            int i = names.indexOf(column);
            return i < 0 || i >= fields.size() ? "" : fields.get(i).strip();
        }

        /** The names of {@code required} columns the header lacks. */
        List<String> missing(List<String> required) {
            return required.stream().filter(c -> !names.contains(c)).toList();
        }
    }

    private record Line(int number, String text) {}

    private final BufferedReader reader;
    private final CSVFormat format;
    private final Deque<Line> pushedBack = new ArrayDeque<>();
    private int lastLine;

    CsvRecords(InputStream in, CSVFormat format) {
        this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.format = format;
    }

    /**
     * Reads the header line; a missing header or one without the {@code required} columns rejects
     * the file as not being {@code format}.
     */
    Header header(String file, List<String> required, String format) throws IOException {
        Row first = next();
        if (first == null) {
            throw new ListFormatException(file, "line 1", "empty file, expected a " + format + " header");
        }
        Header header = new Header(first.broken() ? List.of() : first.fields());
        List<String> missing = header.missing(required);
        if (!missing.isEmpty()) {
            throw new ListFormatException(file, "line 1", "not a " + format + " header, columns missing " + missing
                    + "; found " + RecordProblem.cut(first.raw()));
        }
        return header;
    }

    /** The next record, or null at the end of the file. */
    Row next() throws IOException {
        Line first = readLine();
        if (first == null) {
            return null;
        }
        StringBuilder raw = new StringBuilder(first.text());
        int quotes = quotes(first.text());
        List<Line> continuation = new ArrayList<>();
        while (quotes % 2 != 0) {
            Line more = continuation.size() + 2 > MAX_LINES_PER_RECORD ? null : readLine();
            if (more == null) {
                // only the first line is broken: the lines read ahead are records of their own
                for (int i = continuation.size() - 1; i >= 0; i--) {
                    pushedBack.push(continuation.get(i));
                }
                return new Row(first.number(), first.text(), null, continuation.size() + 2 > MAX_LINES_PER_RECORD
                        ? "quoted field not closed within " + MAX_LINES_PER_RECORD + " lines (stray quote?)"
                        : "quoted field not closed before the end of the file (truncated record or stray quote)");
            }
            continuation.add(more);
            raw.append('\n').append(more.text());
            quotes += quotes(more.text());
        }
        return parse(first.number(), raw.toString());
    }

    private Row parse(int line, String raw) {
        try (CSVParser parser = CSVParser.parse(raw, format)) {
            Iterator<CSVRecord> it = parser.iterator();
            if (!it.hasNext()) {
                return new Row(line, raw, List.of(), null);
            }
            CSVRecord rec = it.next();
            if (it.hasNext()) {
                return new Row(line, raw, null, "more than one record in one line");
            }
            return new Row(line, raw, rec.toList(), null);
        } catch (UncheckedIOException e) {
            return new Row(line, raw, null, "not valid CSV: " + e.getCause().getMessage());
        } catch (IOException e) {
            return new Row(line, raw, null, "not valid CSV: " + e.getMessage());
        }
    }

    private Line readLine() throws IOException {
        if (!pushedBack.isEmpty()) {
            return pushedBack.pop();
        }
        String text = reader.readLine();
        if (text == null) {
            return null;
        }
        lastLine++;
        if (lastLine == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return new Line(lastLine, text);
    }

    private static int quotes(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '"') {
                n++;
            }
        }
        return n;
    }
}
