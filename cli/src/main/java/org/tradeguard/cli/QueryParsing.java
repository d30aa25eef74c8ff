package org.tradeguard.cli;

import java.util.List;
import org.tradeguard.model.Countries;
import org.tradeguard.model.PartialDate;
import org.tradeguard.model.Schema;
import org.tradeguard.model.ScreeningQuery;

/** Turns user text (options or CSV fields) into a query; each failure names the field and the value. */
final class QueryParsing {
    private QueryParsing() {}

    /** Thrown with a message naming the field; callers turn it into a usage error or a bad row. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message);
        }
    }

    static ScreeningQuery query(String name, String schema, String country, String birthDate, List<String> ids,
                                String reference) throws Invalid {
        if (name == null || name.isBlank()) {
            throw new Invalid("name is empty");
        }
        if (name.length() > ScreeningQuery.MAX_NAME_LENGTH) {
            throw new Invalid("name is " + name.length() + " characters long; at most " + ScreeningQuery.MAX_NAME_LENGTH + " are accepted");
        }
        Schema s = null;
        if (schema != null && !schema.isBlank()) {
            s = Schema.parse(schema).filter(Schema::matchable).orElse(null);
            if (s == null) {
                throw new Invalid("schema '" + cut(schema) + "' is not one of Person, Organization, Company, LegalEntity, Vessel, Aircraft");
            }
        }
        String c = null;
        if (country != null && !country.isBlank()) {
            c = Countries.toCode(country).orElse(null);
            if (c == null) {
                throw new Invalid("country '" + cut(country) + "' is not an ISO 3166 code or a known country name");
            }
        }
        PartialDate d = null;
        if (birthDate != null && !birthDate.isBlank()) {
            d = PartialDate.parseIso(birthDate).orElse(null);
            if (d == null) {
                throw new Invalid("birth date '" + cut(birthDate) + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
            }
        }
        return new ScreeningQuery(name.strip(), s, c, d, ids == null ? List.of() : ids, reference);
    }

    static String cut(String v) {
        return v.length() <= 60 ? v : v.substring(0, 57) + "...";
    }
}
