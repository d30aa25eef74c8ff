package org.tradeguard.lists.uk;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tradeguard.lists.ListFormatException;
import org.tradeguard.lists.RecordProblem;

/**
 * One CSV file of the UK set, read record by record with each record's original text and first
 * line number (provenance and problem reports quote them). The header row is checked against the
 * columns the reader needs. The caller owns and closes the stream.
 */
final class UkCsvFile {

    /**
     * One data record.
     *
     * @param line first physical line of the record (the header is line 1)
     * @param raw  the record's text exactly as in the file, without its line break
     */
    record Row(String file, int line, String raw, CSVRecord record, Map<String, Integer> columns) {

        /** The value of a column, or "" when the record is too short to have it. */
        String get(String column) {
            Integer i = columns.get(column);
            return i == null || i >= record.size() ? "" : record.get(i);
        }

        /** True when the record has as many fields as the header. */
        boolean complete() {
            return record.size() == columns.size();
        }

        String location() {
            return "line " + line;
        }

        RecordProblem problem(String recordId, String field, String message) {
            return new RecordProblem(file, location(), recordId, field, message);
        }
    }

    private final String name;
    private final Recording recording;
    private final Iterator<CSVRecord> records;
    private final Map<String, Integer> columns = new HashMap<>();
    private CSVRecord next;

    private UkCsvFile(String name, InputStream in) throws IOException {
        this.name = name;
        // a byte sequence that is not UTF-8 makes the file unreadable rather than silently altered
        this.recording = new Recording(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).build().parse(recording);
        this.records = parser.iterator();
        this.next = fetch(1);
    }

    /**
     * Opens a file and checks its header.
     *
     * @throws ListFormatException when the file is empty or lacks a required column
     */
    static UkCsvFile open(InputStream in, String name, List<String> required) throws IOException {
        UkCsvFile f = new UkCsvFile(name, in);
        Row header = f.next();
        if (header == null) {
            throw new ListFormatException(name, "line 1", "empty file, expected a header with " + required);
        }
        for (int i = 0; i < header.record().size(); i++) {
            String col = header.record().get(i).strip();
            if (i == 0 && col.startsWith("\uFEFF")) {
                col = col.substring(1);
            }
            f.columns.putIfAbsent(col, i);
        }
        List<String> missing = new ArrayList<>();
        for (String col : required) {
            if (!f.columns.containsKey(col)) {
                missing.add(col);
            }
        }
        if (!missing.isEmpty()) {
            throw new ListFormatException(name, "line 1", "header lacks column(s) " + missing + "; expected "
                    + required + ", found '" + RecordProblem.cut(header.raw()) + "'");
        }
        return f;
    }

    /** The next record, or null at the end of the file. */
    Row next() {
        if (next == null) {
            return null;
        }
        CSVRecord current = next;
        int line = recording.lineOf(current.getCharacterPosition());
        next = fetch(line);
        long end = next != null ? next.getCharacterPosition() : recording.position();
        String raw = recording.take(current.getCharacterPosition(), end);
        return new Row(name, line, raw, current, columns);
    }

    private CSVRecord fetch(int lineForError) {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException | IllegalStateException e) {
            // commons-csv reports an unterminated quote or an unreadable byte this way
            String cause = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            throw new ListFormatException(name, "after line " + lineForError, "not readable as CSV: " + cause, e);
        }
    }

    /** A reader that keeps what it has read until taken, so records can be quoted exactly. */
    private static final class Recording extends Reader {
        private final Reader in;
        private final StringBuilder buf = new StringBuilder();
        private long base;
        private int linesBeforeBase;

        Recording(Reader in) {
            this.in = in;
        }

        @Override
        public int read(char[] c, int off, int len) throws IOException {
            int n = in.read(c, off, len);
            if (n > 0) {
                buf.append(c, off, n);
            }
            return n;
        }

        long position() {
            return base + buf.length();
        }

        /** The 1-based line on which the character at {@code pos} (not yet taken) stands. */
        int lineOf(long pos) {
            int lines = linesBeforeBase;
            int upto = (int) Math.min(pos - base, buf.length());
            for (int i = 0; i < upto; i++) {
                if (buf.charAt(i) == '\n') {
                    lines++;
                }
            }
            return lines + 1;
        }

        /** The text between two positions without its trailing line break; drops everything before {@code end}. */
        String take(long start, long end) {
            int s = (int) Math.max(0, start - base);
            int e = (int) Math.min(buf.length(), end - base);
            String text = buf.substring(s, e);
            for (int i = 0; i < e; i++) {
                if (buf.charAt(i) == '\n') {
                    linesBeforeBase++;
                }
            }
            buf.delete(0, e);
            base += e;
            int cut = text.length();
            while (cut > 0 && (text.charAt(cut - 1) == '\n' || text.charAt(cut - 1) == '\r')) {
                cut--;
            }
            return text.substring(0, cut);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
