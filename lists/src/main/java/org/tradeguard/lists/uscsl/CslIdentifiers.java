package org.tradeguard.lists.uscsl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tradeguard.lists.RecordProblem;
import org.tradeguard.lists.ofac.OfacIdentifiers;
import org.tradeguard.model.Entity;
import org.tradeguard.model.PartialDate;
import org.tradeguard.model.Prop;
import org.tradeguard.model.Schema;

/**
 * The CSL {@code ids} column: "; "-separated entries of the form
 * {@code Type, Number[, CC][, issue date][, expiry date]} (e.g. {@code Passport, E590976, TN,
 * 19 Jun 1987, 18 Jun 1992}). OFAC also puts non-identifier facts here in the same shape
 * ({@code Gender, Male}, {@code Listing Date (CMIC), 2021-06-03}, directive texts); those go to
 * the property or the Sanction they describe, the rest are identifiers of the party.
 */
final class CslIdentifiers {
    private CslIdentifiers() {}

    /** FtM {@code Company:ticker}; Prop has no constant for it. */
    static final String TICKER = "ticker";

    private enum Kind { IDENTIFIER, GENDER, ESTABLISHED, JURISDICTION, NATIONALITY, ALIAS, TICKER, LISTING_DATE, PROVISION, NOTE }

    /**
     * Adds the entries of {@code ids} to the party and its sanction; returns the Identification
     * (or Passport) entities made for identifiers strong enough to carry one.
     */
    static List<Entity.Builder> apply(String ids, Entity.Builder party, Entity.Builder sanction, RowContext ctx) {
        List<Entity.Builder> identifications = new ArrayList<>();
        for (String entry : RowContext.values(ids)) {
            String[] parts = entry.split(", ");
            String type = parts[0].strip();
            String value = String.join(", ", Arrays.copyOfRange(parts, 1, parts.length)).strip();
            if (value.isEmpty()) {
                ctx.problem("ids", "entry without a value: " + RecordProblem.cut(entry));
                continue;
            }
            switch (kind(type)) {
                case GENDER -> party.add(Prop.GENDER, value.toLowerCase(Locale.ROOT));
                case ESTABLISHED -> ctx.addDates(party, Prop.INCORPORATION_DATE, "ids", value);
                case JURISDICTION -> ctx.addCountry(party, Prop.JURISDICTION, value);
                case NATIONALITY -> ctx.addCountry(party, Prop.NATIONALITY, value);
                case ALIAS -> party.add(Prop.ALIAS, value);
                case TICKER -> party.add(TICKER, value);
                case LISTING_DATE -> ctx.addDates(sanction, Prop.LISTING_DATE, "ids", value);
                case PROVISION -> sanction.add(Prop.PROVISIONS, label(type) + ": " + value);
                case NOTE -> party.add(Prop.NOTES, label(type) + ": " + value);
                case IDENTIFIER -> identifier(type, parts, party, identifications.size() + 1, ctx)
                        .ifPresent(identifications::add);
            }
        }
        return identifications;
    }

    private static Kind kind(String type) {
        return switch (type) {
            case "Gender" -> Kind.GENDER;
            case "Organization Established Date" -> Kind.ESTABLISHED;
            case "Nationality of Registration" -> Kind.JURISDICTION;
            case "Nationality Country" -> Kind.NATIONALITY;
            case "Issuer Name" -> Kind.ALIAS;
            case "Equity Ticker" -> Kind.TICKER;
            case "Target Type", "Organization Type:" -> Kind.NOTE;
            default -> {
                if (type.startsWith("Listing Date")) {
                    yield Kind.LISTING_DATE;
                }
                // directive texts, effective dates and secondary-sanctions notes describe the
                // measure, not the party; OFAC marks most of them with a trailing ":" or " -"
                if (type.endsWith(":") || type.endsWith(" -") || type.startsWith("Effective Date")
                        || type.startsWith("Purchase/Sales") || type.startsWith("Executive Order")) {
                    yield Kind.PROVISION;
                }
                yield Kind.IDENTIFIER;
            }
        };
    }

    private static String label(String type) {
        String t = type.strip();
        if (t.endsWith(":")) {
            t = t.substring(0, t.length() - 1);
        } else if (t.endsWith(" -")) {
            t = t.substring(0, t.length() - 2);
        }
        return t.strip();
    }

    /**
     * {@code Type, Number[, CC][, issue][, expiry]}: the number goes to the property OFAC's type
     * maps to, exactly as listed; strong identifiers also get an Identification entity.
     */
    private static Optional<Entity.Builder> identifier(String type, String[] parts, Entity.Builder party, int n,
                                                      RowContext ctx) {
        String number = parts[1].strip();
        String property = OfacIdentifiers.propertyFor(type, number);
        String country = null;
        List<PartialDate> dates = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (int i = 2; i < parts.length; i++) {
            String p = parts[i].strip();
            Optional<PartialDate> date = CslDates.date(p);
            if (country == null && p.length() == 2 && isUpper(p)) {
                country = ctx.country(p).orElse("");
            } else if (date.isPresent()) {
                dates.add(date.get());
            } else {
                rest.add(p);
            }
        }
        party.add(property, number);
        if (!Prop.STRONG_IDENTIFIERS.contains(property)) {
            if (!rest.isEmpty()) {
                ctx.problem("ids", "detail of " + type + " dropped: " + RecordProblem.cut(String.join(", ", rest)));
            }
            return Optional.empty();
        }
        Schema schema = property.equals(Prop.PASSPORT_NUMBER) ? Schema.PASSPORT : Schema.IDENTIFICATION;
        Entity.Builder id = Entity.builder(party.id() + "-id-" + n, schema, null)
                .add(Prop.HOLDER, party.id())
                .add(Prop.TYPE, type)
                .add(Prop.NUMBER, number)
                .add(Prop.COUNTRY, country)
                // a qualifier such as "Passport, D000000483, Diplomatic, SY"
                .add(Prop.SUMMARY, String.join(", ", rest));
        if (!dates.isEmpty()) {
            id.add(Prop.START_DATE, dates.get(0).toString());
        }
        if (dates.size() > 1) {
            id.add(Prop.END_DATE, dates.get(1).toString());
        }
        return Optional.of(id);
    }

    private static boolean isUpper(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < 'A' || s.charAt(i) > 'Z') {
                return false;
            }
        }
        return true;
    }
}
