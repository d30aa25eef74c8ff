package org.tradeguard.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import org.tradeguard.model.Countries;
import org.tradeguard.model.PartialDate;
import org.tradeguard.model.Schema;
import org.tradeguard.model.ScreeningQuery;

/**
 * One party to screen as the native API receives it, validated: {@code name} (required),
 * {@code schema}, {@code country}, {@code birth_date}, {@code identifiers}, {@code reference}.
 */
record Party(ScreeningQuery query) {

    static final Set<String> FIELDS = Set.of("name", "schema", "country", "birth_date", "identifiers", "reference");
    static final int MAX_IDENTIFIERS = 20;
    static final int MAX_FIELD = 200;

    static Party parse(JsonNode n, String path) {
        Fields.object(n, path);
        Fields.onlyKnown(n, path, FIELDS);
        String name = Fields.text(n, "name", path, ScreeningQuery.MAX_NAME_LENGTH, true);
        String schemaText = Fields.text(n, "schema", path, MAX_FIELD, false);
        String countryText = Fields.text(n, "country", path, MAX_FIELD, false);
        String birth = Fields.text(n, "birth_date", path, MAX_FIELD, false);
        List<String> ids = Fields.texts(n, "identifiers", path, MAX_IDENTIFIERS, MAX_FIELD);
        String reference = Fields.text(n, "reference", path, MAX_FIELD, false);
        String p = path.isEmpty() ? "" : path + ".";
        Schema schema = null;
        if (schemaText != null && !schemaText.isBlank()) {
            schema = Schema.parse(schemaText).filter(Schema::matchable).orElseThrow(() -> Problem.badRequest(p + "schema",
                    "schema '" + Problem.cut(schemaText) + "' is not one of Person, Organization, Company, LegalEntity, Vessel, Aircraft"));
        }
        String country = null;
        if (countryText != null && !countryText.isBlank()) {
            country = Countries.toCode(countryText).orElseThrow(() -> Problem.badRequest(p + "country",
                    "country '" + Problem.cut(countryText) + "' is not an ISO 3166 code or a known country name"));
        }
        PartialDate date = null;
        if (birth != null && !birth.isBlank()) {
            date = PartialDate.parseIso(birth).orElseThrow(() -> Problem.badRequest(p + "birth_date",
                    "birth_date '" + Problem.cut(birth) + "' is not YYYY, YYYY-MM or YYYY-MM-DD"));
        }
        return new Party(new ScreeningQuery(name.strip(), schema, country, date, ids, reference));
    }
}
