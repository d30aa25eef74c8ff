package org.tradeguard.lists.uscsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tradeguard.lists.IngestReport;
import org.tradeguard.lists.RecordProblem;
import org.tradeguard.model.Countries;
import org.tradeguard.model.Entity;
import org.tradeguard.model.PartialDate;

/** Where a row came from, so every dropped field is reported with file, line and record id. */
record RowContext(IngestReport.Builder report, String file, int line, String recordId) {

    String location() {
        return "line " + line;
    }

    /** A field of an otherwise good row was dropped. */
    void problem(String field, String message) {
        report.problem(new RecordProblem(file, location(), recordId, field, message));
    }

    void count(String counter) {
        report.count(counter);
    }

    /** Adds the ISO forms of a date value, reporting it when it is not a date. */
    void addDates(Entity.Builder b, String property, String field, String value) {
        if (value.isBlank()) {
            return;
        }
        List<PartialDate> dates = CslDates.parse(value);
        if (dates.isEmpty()) {
            problem(field, "not a date: " + RecordProblem.cut(value));
        }
        dates.forEach(d -> b.add(property, d.toString()));
    }

    /** Adds the ISO code of a country value; an unknown country is dropped and counted. */
    void addCountry(Entity.Builder b, String property, String value) {
        country(value).ifPresent(c -> b.add(property, c));
    }

    Optional<String> country(String value) {
        if (value.isBlank()) {
            return Optional.empty();
        }
        Optional<String> code = Countries.toCode(value);
        if (code.isEmpty()) {
            count("unmapped country: " + value.strip());
        }
        return code;
    }

    /** The values of a "; "-separated multi-valued CSL field, stripped, blanks dropped. */
    static List<String> values(String field) {
        List<String> out = new ArrayList<>();
        for (String v : field.split("; ")) {
            String s = v.strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }
}
