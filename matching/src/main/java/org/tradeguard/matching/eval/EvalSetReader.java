package org.tradeguard.matching.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tradeguard.model.Countries;
import org.tradeguard.model.PartialDate;
import org.tradeguard.model.Schema;

/**
 * Reads an evaluation set: UTF-8, tab-separated, a header row, fields quoted CSV-style where they
 * hold a quote. Columns: {@code query} (required), {@code schema} (empty = any), {@code expected}
 * (semicolon-separated entity ids; empty = must not alert), optional {@code country},
 * {@code birth_date}, {@code id} (semicolon-separated). Unknown columns are ignored (a
 * {@code note} column is common).
 */
public final class EvalSetReader {
    private EvalSetReader() {}

    /** A bad evaluation file; the message names the file, line and what was wrong. */
    public static final class EvalFormatException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public EvalFormatException(String message) {
            super(message);
        }
    }

    private static final CSVFormat FORMAT = CSVFormat.TDF.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(false).setTrim(false)
            .setQuote('"').setIgnoreEmptyLines(true).build();

    public static List<EvalCase> read(Path file) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader r = org.tradeguard.model.ByteOrderMark.skip(
                new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file), decoder)));
             CSVParser p = CSVParser.parse(r, FORMAT)) {
            Map<String, Integer> header = p.getHeaderMap();
            if (header == null || !header.containsKey("query")) {
                throw new EvalFormatException(file + " line 1: header must have a 'query' column (tab-separated), found "
                        + (header == null ? "none" : header.keySet()));
            }
            List<EvalCase> out = new ArrayList<>();
            for (CSVRecord rec : p) {
                int line = (int) rec.getParser().getCurrentLineNumber();
                out.add(toCase(file, line, rec));
            }
            return out;
        } catch (CharacterCodingException e) {
            throw new EvalFormatException(file + ": not valid UTF-8 (" + e.getMessage() + ")");
        } catch (java.io.UncheckedIOException e) {
            throw new EvalFormatException(file + ": " + e.getCause().getMessage());
        } catch (IllegalStateException e) {
            // commons-csv reports malformed quoting as IllegalStateException/UncheckedIOException
            throw new EvalFormatException(file + ": " + e.getMessage());
        }
    }

    private static EvalCase toCase(Path file, int line, CSVRecord rec) {
        String where = file + " line " + line;
        String query = get(rec, "query");
        if (query.isBlank()) {
            throw new EvalFormatException(where + ": column 'query' is empty");
        }
        Schema schema = null;
        String s = get(rec, "schema");
        if (!s.isBlank()) {
            schema = Schema.parse(s).orElseThrow(() -> new EvalFormatException(where + ": unknown schema '" + s
                    + "' (expected Person, Organization, Company, LegalEntity, Vessel or Aircraft)"));
        }
        Set<String> expected = new LinkedHashSet<>();
        for (String id : get(rec, "expected").split(";")) {
            if (!id.isBlank()) {
                expected.add(id.strip());
            }
        }
        String country = null;
        String c = get(rec, "country");
        if (!c.isBlank()) {
            country = Countries.toCode(c).orElseThrow(() -> new EvalFormatException(where + ": unknown country '" + c + "'"));
        }
        PartialDate dob = null;
        String d = get(rec, "birth_date");
        if (!d.isBlank()) {
            dob = PartialDate.parseIso(d).orElseThrow(() -> new EvalFormatException(where + ": birth_date '" + d
                    + "' is not YYYY, YYYY-MM or YYYY-MM-DD"));
        }
        List<String> ids = Arrays.stream(get(rec, "id").split(";")).map(String::strip).filter(x -> !x.isEmpty()).toList();
        try {
            return new EvalCase(line, query, schema, expected, country == null ? null : country.toLowerCase(Locale.ROOT), dob, ids);
        } catch (IllegalArgumentException e) {
            throw new EvalFormatException(where + ": " + e.getMessage());
        }
    }

    private static String get(CSVRecord rec, String column) {
        return rec.isMapped(column) && rec.isSet(column) ? rec.get(column) : "";
    }
}
