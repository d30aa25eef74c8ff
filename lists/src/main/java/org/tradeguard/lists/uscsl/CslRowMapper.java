package org.tradeguard.lists.uscsl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tradeguard.lists.RecordProblem;
import org.tradeguard.model.Entity;
import org.tradeguard.model.Prop;
import org.tradeguard.model.Schema;

/** One CSL row -> the listed party, its Sanction and its Identification entities. */
final class CslRowMapper {

    /** Extension: the DPL "standard order" flag (Y/N) of a denial order; Prop has no constant. */
    static final String STANDARD_ORDER = "standardOrder";
    /** FtM {@code Vessel:tonnage}. */
    static final String TONNAGE = "tonnage";
    /** FtM {@code Vessel:grossRegisteredTonnage}. */
    static final String GROSS_REGISTERED_TONNAGE = "grossRegisteredTonnage";

    /**
     * Which of the lists merged into the CSL a row comes from, read from the {@code source} column
     * ("Entity List (EL) - Bureau of Industry and Security").
     *
     * @param code      short lower-case slug of the abbreviation in parentheses, e.g. {@code el}
     * @param authority the agency after the last " - "
     * @param topics    FtM topics of the list
     */
    record Listing(String code, String authority, List<String> topics) {

        static Listing of(String source) {
            int dash = source.lastIndexOf(" - ");
            String title = dash > 0 ? source.substring(0, dash) : source;
            String authority = dash > 0 ? source.substring(dash + 3).strip() : "";
            int open = title.indexOf('(');
            int close = title.indexOf(')', open + 1);
            String abbreviation = open >= 0 && close > open ? title.substring(open + 1, close) : title;
            String code = slug(abbreviation);
            return new Listing(code, authority, topics(code));
        }

        /** "NS-MBS List" -> {@code ns-mbs}: lower case, runs of other characters -> "-". */
        private static String slug(String abbreviation) {
            String a = abbreviation.strip().toLowerCase(Locale.ROOT);
            if (a.endsWith(" list")) {
                a = a.substring(0, a.length() - 5);
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < a.length(); i++) {
                char c = a.charAt(i);
                if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                    sb.append(c);
                } else if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != '-') {
                    sb.append('-');
                }
            }
            while (!sb.isEmpty() && sb.charAt(sb.length() - 1) == '-') {
                sb.setLength(sb.length() - 1);
            }
            return sb.toString();
        }

        private static List<String> topics(String code) {
            return switch (code) {
                // BIS export-control lists: a licence requirement, not a blocking
                case "el", "meu", "uvl" -> List.of("export.control");
                // denial and debarment orders
                case "dpl", "dtc" -> List.of("debarment");
                default -> List.of("sanction");
            };
        }

        boolean known() {
            return switch (code) {
                case "el", "meu", "uvl", "dpl", "dtc", "sdn", "ssi", "isn", "plc", "cmic", "ns-mbs", "fse", "cap" -> true;
                default -> false;
            };
        }
    }

    private final String dataset;
    private final Map<String, Listing> listings = new HashMap<>();

    CslRowMapper(String dataset) {
        this.dataset = dataset;
    }

    Listing listing(String source) {
        return listings.computeIfAbsent(source, Listing::of);
    }

    /** The entities of one row; the party first. The row's id and source are known to be present. */
    List<Entity.Builder> map(CsvRecords.Header h, List<String> f, String entityId, Listing listing, RowContext ctx) {
        Schema schema = schema(h.get(f, "type"), ctx);
        Entity.Builder party = Entity.builder(entityId, schema, null).dataset(dataset);
        party.add(Prop.NAME, h.get(f, "name"));
        party.addAll(Prop.ALIAS, RowContext.values(h.get(f, "alt_names")));
        party.addAll(Prop.PROGRAM, RowContext.values(h.get(f, "programs")));
        party.addAll(Prop.TOPICS, listing.topics());
        party.add(Prop.POSITION, h.get(f, "title"));
        party.add(Prop.NOTES, h.get(f, "remarks"));
        for (String address : RowContext.values(h.get(f, "addresses"))) {
            party.add(Prop.ADDRESS, address);
            addressCountry(address, party, ctx);
        }
        for (String dob : RowContext.values(h.get(f, "dates_of_birth"))) {
            ctx.addDates(party, Prop.BIRTH_DATE, "dates_of_birth", dob);
        }
        party.addAll(Prop.BIRTH_PLACE, RowContext.values(h.get(f, "places_of_birth")));
        // only people have a nationality in FtM; for an organisation the same value is its country
        boolean person = schema == Schema.PERSON;
        for (String c : RowContext.values(h.get(f, "nationalities"))) {
            ctx.addCountry(party, person ? Prop.NATIONALITY : Prop.COUNTRY, c);
        }
        for (String c : RowContext.values(h.get(f, "citizenships"))) {
            ctx.addCountry(party, person ? Prop.CITIZENSHIP : Prop.COUNTRY, c);
        }
        vessel(h, f, party, ctx);

        Entity.Builder sanction = sanction(h, f, entityId, listing, ctx);
        List<Entity.Builder> out = new ArrayList<>();
        out.add(party);
        out.add(sanction);
        for (Entity.Builder id : CslIdentifiers.apply(h.get(f, "ids"), party, sanction, ctx)) {
            out.add(id.dataset(dataset));
        }
        return out;
    }

    private Entity.Builder sanction(CsvRecords.Header h, List<String> f, String entityId, Listing listing, RowContext ctx) {
        Entity.Builder s = Entity.builder(entityId + "-sanction", Schema.SANCTION, null).dataset(dataset);
        s.add(Prop.ENTITY, entityId);
        s.add(Prop.AUTHORITY, listing.authority());
        s.addAll(Prop.PROGRAM, RowContext.values(h.get(f, "programs")));
        ctx.addDates(s, Prop.START_DATE, "start_date", h.get(f, "start_date"));
        ctx.addDates(s, Prop.END_DATE, "end_date", h.get(f, "end_date"));
        s.add(Prop.SOURCE_URL, h.get(f, "source_list_url"));
        s.add(Prop.SOURCE_URL, h.get(f, "source_information_url"));
        s.addAll(Prop.FEDERAL_REGISTER, RowContext.values(h.get(f, "federal_register_notice")));
        s.add(Prop.LICENSE_REQUIREMENT, h.get(f, "license_requirement"));
        s.add(Prop.LICENSE_POLICY, h.get(f, "license_policy"));
        String standardOrder = h.get(f, "standard_order");
        if (!standardOrder.isEmpty()) {
            s.add(STANDARD_ORDER, standardOrder.toUpperCase(Locale.ROOT));
        }
        return s;
    }

    private static void vessel(CsvRecords.Header h, List<String> f, Entity.Builder party, RowContext ctx) {
        party.add(Prop.CALL_SIGN, h.get(f, "call_sign"));
        party.add(Prop.TYPE, h.get(f, "vessel_type"));
        party.add(TONNAGE, h.get(f, "gross_tonnage"));
        party.add(GROSS_REGISTERED_TONNAGE, h.get(f, "gross_registered_tonnage"));
        ctx.addCountry(party, Prop.FLAG, h.get(f, "vessel_flag"));
        String owner = h.get(f, "vessel_owner");
        if (!owner.isEmpty()) {
            // the owner is a name, not a listed party we could link to
            party.add(Prop.NOTES, "Vessel owner: " + owner);
        }
    }

    /** The CSL ends an address with the ISO code of its country ("..., Beijing, 100033, CN"). */
    private static void addressCountry(String address, Entity.Builder party, RowContext ctx) {
        int comma = address.lastIndexOf(',');
        String last = (comma >= 0 ? address.substring(comma + 1) : address).strip();
        if (last.chars().anyMatch(Character::isDigit)) {
            ctx.count("address without country");
            return;
        }
        ctx.addCountry(party, Prop.COUNTRY, last);
    }

    private static Schema schema(String type, RowContext ctx) {
        return switch (type) {
            case "Individual" -> Schema.PERSON;
            case "Entity" -> Schema.ORGANIZATION;
            case "Vessel" -> Schema.VESSEL;
            case "Aircraft" -> Schema.AIRCRAFT;
            case "" -> Schema.LEGAL_ENTITY;
            default -> {
                ctx.problem("type", "unknown type " + RecordProblem.cut(type) + ", read as LegalEntity");
                yield Schema.LEGAL_ENTITY;
            }
        };
    }
}
