package org.tradeguard.controls;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A negative list by HS code (P-3): rows of regime, transit and destination country, HS prefix,
 * validity dates and legal reference. Loaded from CSV with the header
 * {@code rule,regime,list,transit,destination,hs_prefix,category,valid_from,valid_to,legal_reference,complete,note}.
 *
 * @param id      table id (file name without extension)
 * @param version the latest {@code valid_from} of its rows, or "undated"
 * @param rows    the rows
 */
public record NegativeList(String id, String version, List<NegativeList.Row> rows) {

    public NegativeList {
        rows = List.copyOf(rows);
    }

    /**
     * One row.
     *
     * @param line      line number in the file (for evidence)
     * @param complete  false when the row is known to stand for an incompletely transcribed list
     */
    public record Row(String rule, String regime, String list, String transit, String destination, String hsPrefix,
                      String category, LocalDate validFrom, LocalDate validTo, String legalReference, boolean complete,
                      String note, long line) {

        public boolean validOn(LocalDate d) {
            return !d.isBefore(validFrom) && (validTo == null || !d.isAfter(validTo));
        }
    }

    static final String[] HEADER = {"rule", "regime", "list", "transit", "destination", "hs_prefix", "category",
        "valid_from", "valid_to", "legal_reference", "complete", "note"};

    /** Reads a table; a bad row rejects the whole file with its line and column. */
    public static NegativeList read(String id, String fileName, Reader in) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).build();
        List<Row> rows = new ArrayList<>();
        LocalDate latest = null;
        try (CSVParser p = CSVParser.parse(in, format)) {
            for (String h : HEADER) {
                if (!p.getHeaderMap().containsKey(h)) {
                    throw new BadTradeDataException(fileName + ": missing column '" + h + "'; expected header "
                            + String.join(",", HEADER));
                }
            }
            for (CSVRecord r : p) {
                long line = r.getRecordNumber() + 1;
                String hs = required(r, "hs_prefix", fileName, line).replace(".", "");
                if (!hs.chars().allMatch(Character::isDigit) || hs.length() < 2) {
                    throw new BadTradeDataException(fileName + ": line " + line + ", column hs_prefix: '" + hs
                            + "' is not an HS prefix (2 or more digits)");
                }
                LocalDate from = date(r, "valid_from", fileName, line, true);
                LocalDate to = date(r, "valid_to", fileName, line, false);
                if (latest == null || from.isAfter(latest)) {
                    latest = from;
                }
                rows.add(new Row(orDefault(r.get("rule"), "P-3"), required(r, "regime", fileName, line),
                        r.get("list"), lower(r.get("transit")), lower(required(r, "destination", fileName, line)), hs,
                        r.get("category"), from, to, required(r, "legal_reference", fileName, line),
                        !"false".equalsIgnoreCase(r.get("complete")), r.get("note"), line));
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new BadTradeDataException(fileName + ": not a valid CSV table: " + e.getMessage(), e);
        }
        return new NegativeList(id, latest == null ? "undated" : latest.toString(), rows);
    }

    private static String required(CSVRecord r, String col, String file, long line) {
        String v = r.isMapped(col) ? r.get(col) : null;
        if (v == null || v.isBlank()) {
            throw new BadTradeDataException(file + ": line " + line + ", column " + col + ": empty; a value is required");
        }
        return v;
    }

    private static LocalDate date(CSVRecord r, String col, String file, long line, boolean required) {
        String v = r.get(col);
        if (v == null || v.isBlank()) {
            if (required) {
                throw new BadTradeDataException(file + ": line " + line + ", column " + col + ": empty; expected YYYY-MM-DD");
            }
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new BadTradeDataException(file + ": line " + line + ", column " + col + ": '" + v + "' is not a date YYYY-MM-DD");
        }
    }

    private static String lower(String s) {
        return s == null || s.isBlank() ? null : s.strip().toLowerCase(Locale.ROOT);
    }

    private static String orDefault(String s, String d) {
        return s == null || s.isBlank() ? d : s;
    }
}
