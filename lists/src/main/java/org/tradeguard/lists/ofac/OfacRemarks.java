package org.tradeguard.lists.ofac;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tradeguard.model.Countries;
import org.tradeguard.model.PartialDate;

/**
 * Parses the free-text Remarks column of OFAC's legacy CSV: {@code ;}-separated facts, the last
 * one ending with {@code .}, e.g. {@code DOB 1965; alt. DOB 1966; POB Tehran, Iran; Passport
 * A1234567 (Iran) expires 2020; a.k.a. 'OJSC MZKT'; Linked To: NAME OF OTHER ENTRY.}. Recognises
 * the fact kinds by their OFAC label; whatever it does not recognise is kept as a note.
 *
 * <p>The a.k.a.s in the remarks are OFAC's <em>weak</em> AKAs: OFAC publishes strong aliases in
 * alt.csv and moves weak ones (nicknames, short acronyms: {@code 'BNC'} of BANCO NACIONAL DE
 * CUBA, {@code 'VOLAT'} of MINSK WHEEL TRACTOR PLANT) into the remarks, quoted, just as the TXT
 * list puts them in quotes.
 */
final class OfacRemarks {
    private OfacRemarks() {}

    /** The kinds of single-valued facts the remarks carry; identifiers are kept separately. */
    enum Field {
        BIRTH_DATE, BIRTH_PLACE, NATIONALITY, CITIZENSHIP, GENDER, WEAK_ALIAS, PREVIOUS_NAME, LINKED_TO,
        INCORPORATION_DATE, PAST_FLAG, BUILD_DATE, MODEL, REGISTRATION_COUNTRY, PROVISION, NOTE
    }

    /**
     * One identifier fact, e.g. {@code Passport E590976 (Tunisia) issued 19 Jun 1987 expires 18 Jun 1992}.
     *
     * @param type      OFAC's identifier type as written ("Passport", "Digital Currency Address - XBT")
     * @param number    the number exactly as listed, without the country and dates that follow it
     * @param country   the country named in parentheses after the number, as written, or null
     * @param qualifier other parenthesised text after the number ("Stuttgart"), or null
     * @param issued    the text after "issued", or null
     * @param expires   the text after "expires"/"expired", or null
     */
    record Identifier(String type, String number, String country, String qualifier, String issued, String expires) {}

    /** Everything found in one remarks text, in source order per field. */
    record Facts(Map<Field, List<String>> values, List<Identifier> identifiers, List<String> unterminatedQuotes) {
        List<String> get(Field f) {
            return values.getOrDefault(f, List.of());
        }
    }

    /** Labels that introduce a fact, longest first so "Nationality of Registration" wins over "nationality". */
    private static final List<Map.Entry<String, Field>> LABELS = sortedByLength(List.of(
            Map.entry("DOB", Field.BIRTH_DATE),
            Map.entry("POB", Field.BIRTH_PLACE),
            Map.entry("nationality", Field.NATIONALITY),
            Map.entry("citizen", Field.CITIZENSHIP),
            Map.entry("Gender", Field.GENDER),
            Map.entry("a.k.a.", Field.WEAK_ALIAS),
            // OFAC's one remarks n.k.a. ('LGOK') is quoted like the weak a.k.a.s beside it
            Map.entry("n.k.a.", Field.WEAK_ALIAS),
            Map.entry("f.k.a.", Field.PREVIOUS_NAME),
            Map.entry("Linked To:", Field.LINKED_TO),
            Map.entry("Organization Established Date", Field.INCORPORATION_DATE),
            Map.entry("Former Vessel Flag", Field.PAST_FLAG),
            Map.entry("Vessel Year of Build", Field.BUILD_DATE),
            Map.entry("Aircraft Manufacture Date", Field.BUILD_DATE),
            Map.entry("Aircraft Model", Field.MODEL),
            Map.entry("Nationality of Registration", Field.REGISTRATION_COUNTRY)));

    /**
     * Facts about the designation rather than the party: they belong on the Sanction entity
     * ({@code provisions}), where a reviewer looks for what is prohibited.
     */
    private static final List<String> PROVISION_LABELS = List.of(
            "Additional Sanctions Information", "Secondary sanctions risk", "Transactions Prohibited For Persons",
            "Executive Order", "CAATSA Section", "Listing Date (", "Effective Date (",
            "Purchase/Sales For Divestment Date", "IFCA Determination", "Section 311");

    /**
     * OFAC identifier types as written in the remarks (2021, 2024 and 2025 files). A type is
     * recognised only from this table, or when its number is followed by a country in
     * parentheses; other facts with digits ("Branch 15", "arrested 23 Apr 2002") stay notes.
     */
    private static final List<String> ID_TYPES = sortedStrings(List.of(
            "Passport", "Diplomatic Passport", "Passport Booklet", "British National Overseas Passport",
            "Stateless Person Passport", "Tax ID No.", "Registration Number", "National ID No.",
            "Vessel Registration Identification", "Cedula No.", "C.U.R.P.", "C.U.R.P. #", "R.F.C.", "R.F.C. #", "RFC",
            "NIT #", "Registration ID", "Government Gazette Number", "Aircraft Manufacturer's Serial Number (MSN)",
            "Identification Number", "RUC #", "Business Registration Number", "Folio Mercantil No.", "Company Number",
            "Commercial Registry Number", "MMSI", "Aircraft Tail Number", "Previous Aircraft Tail Number", "ISIN",
            "Aircraft Construction Number (also called L/N or S/N or F/N)", "Unified Social Credit Code (USCC)",
            "United Social Credit Code Certificate (USCCC)", "Matricula Mercantil No", "V.A.T. Number", "License",
            "C.R. No.", "Legal Entity Number", "Phone Number", "Phone No.", "Telephone", "Telephone No.",
            "Telephone Number", "SWIFT/BIC", "D.N.I.", "D-U-N-S Number", "Economic Register Number (CBLS)",
            "Trade License No.", "RIF #", "Electoral Registry No.", "Chamber of Commerce Number", "Driver's License No.",
            "Business Registration Document #", "BIK (RU)", "Birth Certificate Number", "Public Registration Number",
            "Italian Fiscal Code", "Personal ID Card", "Central Registration System Number", "Credencial electoral",
            "National Foreign ID Number", "Cartilla de Servicio Militar Nacional", "Istanbul Chamber of Comm. No.",
            "Business Number", "UK Company Number", "US FEIN", "Enterprise Number", "SSN", "Residency Number", "I.F.E.",
            "Registered Charity No.", "C.U.I.", "C.U.I.T.", "C.U.I.P.", "Branch Unit Number",
            "Dubai Chamber of Commerce Membership No.", "LE Number", "Certificate of Incorporation Number",
            "Turkish Identification Number", "Numero de Identidad", "RTN", "Kenyan ID No.", "Travel Document Number",
            "Permit Number", "Aircraft Mode S Transponder Code", "VisaNumberID", "File Number", "SRE Permit No.",
            "Tazkira National ID Card", "Aircraft Serial Identification", "Immigration No.",
            "Numero Unico de Identificacao Tributaria (NUIT)", "C.I.F.", "Refugee ID Card", "Romanian C.R.",
            "Afghan Money Service Provider License Number", "Pilot License Number", "UAE Identification",
            "Other Vessel Call Sign", "Organization Code", "Serial No.", "Public Security and Immigration No.",
            "Moroccan Personal ID No.", "Bosnian Personal ID No.", "Paraguayan tax identification number",
            "MSB Registration Number", "Seafarer's Identification Document", "Tourism License No.", "N.I.E.", "N.I.F.",
            "CNP (Personal Numerical Code)", "Romanian Permanent Resident CAN", "Romanian Tax Registration",
            "Fiscal Code", "Military Registration Number", "Registration Certificate Number (Dubai)",
            "Russian State Individual Business Registration Number Pattern (OGRNIP)", "C.I.N.", "RSIN",
            "Stateless Person ID Card", "Citizen's Card Number", "International Maritime Organization No.",
            "Website", "Email Address"));

    private static final String CRYPTO = "Digital Currency Address - ";

    /** Parses one remarks text (with any sdn_comments.csv overflow already appended); null gives no facts. */
    static Facts parse(String remarks) {
        Map<Field, List<String>> values = new EnumMap<>(Field.class);
        List<Identifier> ids = new ArrayList<>();
        List<String> unterminated = new ArrayList<>();
        if (remarks == null || remarks.isBlank()) {
            return new Facts(values, ids, unterminated);
        }
        String text = remarks.strip();
        // the whole remarks text ends with a period that belongs to no single fact
        if (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        for (String part : text.split(";")) {
            String fact = part.strip();
            if (fact.isEmpty()) {
                continue;
            }
            classify(fact, values, ids, unterminated);
        }
        return new Facts(values, ids, unterminated);
    }

    private static void classify(String fact, Map<Field, List<String>> values, List<Identifier> ids, List<String> unterminated) {
        String body = withoutAlt(fact);
        for (Map.Entry<String, Field> label : LABELS) {
            String value = after(body, label.getKey());
            if (value == null) {
                continue;
            }
            Field f = label.getValue();
            if (f == Field.WEAK_ALIAS || f == Field.PREVIOUS_NAME) {
                value = unquote(value, unterminated);
            } else if (f != Field.LINKED_TO) {
                value = dropFinalPeriod(value);
            }
            if (f == Field.GENDER && !value.equalsIgnoreCase("male") && !value.equalsIgnoreCase("female")) {
                break;
            }
            if (!value.isEmpty()) {
                values.computeIfAbsent(f, k -> new ArrayList<>()).add(value);
                return;
            }
        }
        for (String p : PROVISION_LABELS) {
            if (body.startsWith(p)) {
                values.computeIfAbsent(Field.PROVISION, k -> new ArrayList<>()).add(fact);
                return;
            }
        }
        Identifier id = identifier(body);
        if (id != null) {
            ids.add(id);
            return;
        }
        values.computeIfAbsent(Field.NOTE, k -> new ArrayList<>()).add(fact);
    }

    /** OFAC marks second and further values with "alt." (also "Alt."): the same fact kind. */
    private static String withoutAlt(String fact) {
        if (fact.regionMatches(true, 0, "alt. ", 0, 5)) {
            return fact.substring(5).strip();
        }
        return fact;
    }

    /** The value after {@code label} when {@code body} starts with it followed by a blank or colon. */
    private static String after(String body, String label) {
        if (!body.startsWith(label)) {
            return null;
        }
        if (body.length() == label.length()) {
            return "";
        }
        char next = body.charAt(label.length());
        if (label.endsWith(":") || label.endsWith("(") || next == ' ' || next == ':') {
            String v = body.substring(label.length()).strip();
            return v.startsWith(":") ? v.substring(1).strip() : v;
        }
        return null;
    }

    private static String unquote(String value, List<String> unterminated) {
        String v = value.strip();
        if (v.endsWith("'.")) {
            v = v.substring(0, v.length() - 1);
        }
        if (v.length() >= 2 && v.startsWith("'") && v.endsWith("'")) {
            return v.substring(1, v.length() - 1).strip();
        }
        if (v.startsWith("'")) {
            // a remarks text cut at OFAC's 1,000-character column whose overflow did not follow
            unterminated.add(v);
            return v.substring(1).strip();
        }
        return v;
    }

    /**
     * Drops a period that ends a sentence rather than an abbreviation: after a lower-case letter,
     * a digit or a closing parenthesis ("Mexico.", "1965.", "(Russia)."), not after a capital
     * ("Washington, D.C.").
     */
    static String dropFinalPeriod(String v) {
        String s = v.strip();
        if (s.length() > 1 && s.endsWith(".")) {
            char c = s.charAt(s.length() - 2);
            if (Character.isLowerCase(c) || Character.isDigit(c) || c == ')' || c == '\'') {
                return s.substring(0, s.length() - 1).strip();
            }
        }
        return s;
    }

    /** An identifier fact, or null when {@code body} is not one. */
    static Identifier identifier(String body) {
        String type = null;
        String rest = null;
        if (body.startsWith(CRYPTO)) {
            String tail = body.substring(CRYPTO.length()).strip();
            int sp = tail.indexOf(' ');
            if (sp > 0) {
                type = CRYPTO + tail.substring(0, sp);
                rest = tail.substring(sp + 1);
            }
        } else {
            for (String t : ID_TYPES) {
                String v = after(body, t);
                if (v != null && !v.isEmpty()) {
                    type = t;
                    rest = v;
                    break;
                }
            }
        }
        Identifier id = type == null ? null : split(type, rest);
        if (id != null) {
            return id;
        }
        return generic(body);
    }

    /**
     * An unlisted identifier type is accepted when the fact reads "words number (Country)": the
     * type is the words before the first token with a digit, e.g. "Tarjeta Profesional 186785
     * (Abogado) (Colombia)".
     */
    private static Identifier generic(String body) {
        int digit = -1;
        int tokenStart = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == ' ') {
                tokenStart = i + 1;
            } else if (Character.isDigit(c)) {
                digit = tokenStart;
                break;
            }
        }
        if (digit <= 0) {
            return null;
        }
        Identifier id = split(body.substring(0, digit).strip(), body.substring(digit));
        return id != null && id.country() != null ? id : null;
    }

    private static Identifier split(String type, String rest) {
        String head = dropFinalPeriod(rest.strip());
        String issued = null;
        String expires = null;
        int cut = firstKeyword(head);
        if (cut >= 0) {
            String tail = head.substring(cut).strip();
            head = head.substring(0, cut).strip();
            issued = keywordValue(tail, "issued");
            expires = keywordValue(tail, "expires");
            if (expires == null) {
                expires = keywordValue(tail, "expired");
            }
        }
        String country = null;
        List<String> qualifiers = new ArrayList<>();
        while (head.endsWith(")")) {
            int open = head.lastIndexOf('(');
            // only a parenthesised group standing apart: "(98)(21)(66153220)" is one phone number
            if (open <= 0 || head.charAt(open - 1) != ' ') {
                break;
            }
            String group = head.substring(open + 1, head.length() - 1).strip();
            if (country == null && country(group).isPresent()) {
                country = group;
            } else {
                qualifiers.add(0, group);
            }
            head = head.substring(0, open).strip();
        }
        String number = head.endsWith(",") ? head.substring(0, head.length() - 1).strip() : head;
        if (number.isEmpty() && !qualifiers.isEmpty() && country == null) {
            // "International Maritime Organization No. (5777731)": the number itself is in parentheses
            number = qualifiers.remove(0);
        }
        if (number.isEmpty()) {
            return null;
        }
        return new Identifier(type, number, country, qualifiers.isEmpty() ? null : String.join("; ", qualifiers),
                issued, expires);
    }

    private static int firstKeyword(String s) {
        int best = -1;
        for (String k : new String[] {" issued ", " expires ", " expired "}) {
            int i = s.indexOf(k);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    /** The text after {@code keyword} up to the next keyword, or null. */
    private static String keywordValue(String tail, String keyword) {
        String padded = " " + tail + " ";
        int i = padded.indexOf(" " + keyword + " ");
        if (i < 0) {
            return null;
        }
        String v = padded.substring(i + keyword.length() + 2);
        int next = firstKeyword(" " + v);
        if (next >= 0) {
            v = (" " + v).substring(0, next);
        }
        v = v.strip();
        return v.isEmpty() ? null : v;
    }

    /**
     * The ISO code of a country as OFAC writes it ("Korea, North", "Region: Crimea", "Iraq."),
     * empty when unknown.
     */
    static Optional<String> country(String raw) {
        return raw == null ? Optional.empty() : Countries.toCode(raw);
    }

    // ---- dates -------------------------------------------------------------------------------

    /** A range longer than this is not a plausible "born between" span; it is reported instead. */
    private static final int MAX_RANGE_YEARS = 30;

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    /**
     * The dates of an OFAC date text: one partial date ("07 Mar 1965", "Mar 1965", "1965",
     * "circa 1965"), or for a range ("1960 to 1962", "01 Jan 1961 to 31 Dec 1962",
     * "circa 1979-1982") every year it spans. Empty when the text is not a date.
     */
    static List<PartialDate> dates(String text) {
        if (text == null) {
            return List.of();
        }
        String s = dropFinalPeriod(text).strip();
        if (s.regionMatches(true, 0, "circa ", 0, 6)) {
            s = s.substring(6).strip();
        }
        int to = s.indexOf(" to ");
        String from = null;
        String until = null;
        if (to > 0) {
            from = s.substring(0, to);
            until = s.substring(to + 4);
        } else if (s.length() == 9 && s.charAt(4) == '-') {
            from = s.substring(0, 4);
            until = s.substring(5);
        }
        if (from == null) {
            PartialDate d = date(s);
            return d == null ? List.of() : List.of(d);
        }
        PartialDate a = date(from.strip());
        PartialDate b = date(until.strip());
        if (a == null || b == null || b.year() < a.year() || b.year() - a.year() > MAX_RANGE_YEARS) {
            return List.of();
        }
        List<PartialDate> years = new ArrayList<>();
        for (int y = a.year(); y <= b.year(); y++) {
            years.add(PartialDate.ofYear(y));
        }
        return years;
    }

    /** "07 Mar 1965", "Mar 1965" or "1965"; null otherwise. */
    private static PartialDate date(String s) {
        String[] parts = s.split(" ");
        try {
            return switch (parts.length) {
                case 1 -> isYear(parts[0]) ? PartialDate.ofYear(Integer.parseInt(parts[0])) : null;
                case 2 -> month(parts[0]) > 0 && isYear(parts[1])
                        ? new PartialDate(Integer.parseInt(parts[1]), month(parts[0]), 0) : null;
                case 3 -> parts[0].length() <= 2 && isNumber(parts[0]) && month(parts[1]) > 0 && isYear(parts[2])
                        ? valid(Integer.parseInt(parts[2]), month(parts[1]), Integer.parseInt(parts[0])) : null;
                default -> null;
            };
        } catch (IllegalArgumentException | DateTimeException e) {
            // a day or month out of range ("31 Feb 1970"): not a date
            return null;
        }
    }

    private static PartialDate valid(int year, int month, int day) {
        // PartialDate accepts 31 Feb; a calendar check keeps "31 Feb 1970" out
        LocalDate.of(year, month, day);
        return new PartialDate(year, month, day);
    }

    private static int month(String s) {
        if (s.length() < 3) {
            return 0;
        }
        String m = s.substring(0, 3).toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equals(m)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static boolean isYear(String s) {
        return s.length() == 4 && isNumber(s);
    }

    private static boolean isNumber(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<Map.Entry<String, Field>> sortedByLength(List<Map.Entry<String, Field>> labels) {
        List<Map.Entry<String, Field>> l = new ArrayList<>(labels);
        l.sort(Comparator.comparingInt((Map.Entry<String, Field> e) -> e.getKey().length()).reversed());
        return List.copyOf(l);
    }

    private static List<String> sortedStrings(List<String> types) {
        List<String> l = new ArrayList<>(types);
        l.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(l);
    }
}
