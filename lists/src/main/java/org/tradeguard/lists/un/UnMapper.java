package org.tradeguard.lists.un;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tradeguard.lists.IngestReport;
import org.tradeguard.lists.RecordProblem;
import org.tradeguard.model.Countries;
import org.tradeguard.model.Entity;
import org.tradeguard.model.PartialDate;
import org.tradeguard.model.Prop;
import org.tradeguard.model.Provenance;
import org.tradeguard.model.Schema;

/**
 * One UN record element -> the listed party (Person or Organization), its Sanction and one
 * Identification/Passport per numbered document. Not thread-safe: one mapper per load.
 */
final class UnMapper {

    static final String AUTHORITY = "United Nations Security Council";
    /** FtM Person property that {@link Prop} lacks: the country part of a place of birth. */
    static final String BIRTH_COUNTRY = "birthCountry";

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("january", 1), Map.entry("feb", 2), Map.entry("february", 2),
            Map.entry("mar", 3), Map.entry("march", 3), Map.entry("apr", 4), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("june", 6), Map.entry("jul", 7),
            Map.entry("july", 7), Map.entry("aug", 8), Map.entry("august", 8), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("september", 9), Map.entry("oct", 10), Map.entry("october", 10),
            Map.entry("nov", 11), Map.entry("november", 11), Map.entry("dec", 12), Map.entry("december", 12));

    /** A mapped record: its entities (placeholder provenance) and what their provenance will say. */
    record Mapped(String recordId, String raw, List<Entity.Builder> entities) {}

    private final String dataset;
    private final String file;
    private final IngestReport.Builder report;
    private final Provenance placeholder;
    private final Set<String> seen = new HashSet<>();

    UnMapper(String dataset, String file, IngestReport.Builder report, Provenance placeholder) {
        this.dataset = dataset;
        this.file = file;
        this.report = report;
        this.placeholder = placeholder;
    }

    /** Maps one INDIVIDUAL or ENTITY; empty when the record is skipped (and reported). */
    Optional<Mapped> map(XmlNode el, String path) {
        boolean person = el.name().equals("INDIVIDUAL");
        String ref = el.text("REFERENCE_NUMBER");
        if (ref.isEmpty()) {
            report.skip(new RecordProblem(file, path, "", "REFERENCE_NUMBER", "missing reference number"));
            return Optional.empty();
        }
        if (ref.indexOf(' ') >= 0) {
            report.skip(new RecordProblem(file, path, ref, "REFERENCE_NUMBER",
                    "malformed reference number '" + RecordProblem.cut(ref) + "'"));
            return Optional.empty();
        }
        if (!seen.add(ref)) {
            report.skip(new RecordProblem(file, path, ref, "REFERENCE_NUMBER", "duplicate reference number " + ref));
            return Optional.empty();
        }
        String id = "un-" + ref;
        Entity.Builder party = Entity.builder(id, person ? Schema.PERSON : Schema.ORGANIZATION, placeholder)
                .dataset(dataset);
        if (person) {
            personName(el, party);
        } else {
            entityName(el, party);
        }
        if (!party.has(Prop.NAME)) {
            report.skip(new RecordProblem(file, path, ref, "FIRST_NAME", "no name"));
            return Optional.empty();
        }
        Ctx ctx = new Ctx(path, ref);
        String script = el.text("NAME_ORIGINAL_SCRIPT");
        if (!script.isEmpty()) {
            party.add(Prop.ALIAS, script);
            report.count("original-script names");
        }
        for (XmlNode alias : el.all(person ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS")) {
            alias(alias, party, ctx);
        }
        party.addAll(Prop.TITLE, el.values("TITLE"));
        party.addAll(Prop.POSITION, el.values("DESIGNATION"));
        for (String nat : el.values("NATIONALITY")) {
            country(nat, Prop.NATIONALITY, party);
        }
        for (XmlNode dob : el.all("INDIVIDUAL_DATE_OF_BIRTH")) {
            birthDate(dob, party, ctx);
        }
        for (XmlNode pob : el.all("INDIVIDUAL_PLACE_OF_BIRTH")) {
            birthPlace(pob.text("STREET"), pob.text("CITY"), pob.text("STATE_PROVINCE"), pob.text("COUNTRY"),
                    pob.text("NOTE"), party);
        }
        for (XmlNode addr : el.all(person ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS")) {
            address(addr, party);
        }
        String gender = el.text("GENDER");
        if (!gender.isEmpty()) {
            party.add(Prop.GENDER, gender.toLowerCase(Locale.ROOT));
        }
        party.add(Prop.NOTES, el.text("COMMENTS1"));
        String program = el.text("UN_LIST_TYPE");
        if (program.isEmpty()) {
            report.problem(new RecordProblem(file, path, ref, "UN_LIST_TYPE", "no sanctions regime"));
        }
        party.add(Prop.PROGRAM, program);
        party.add(Prop.TOPICS, "sanction");
        party.add(Prop.UNSC_ID, ref);
        String modified = latest(el.values("LAST_DAY_UPDATED"), ctx);
        party.add(Prop.MODIFIED_AT, modified);

        List<Entity.Builder> out = new ArrayList<>();
        out.add(party);
        Entity.Builder sanction = Entity.builder(id + "-sanction", Schema.SANCTION, placeholder).dataset(dataset)
                .add(Prop.ENTITY, id)
                .add(Prop.AUTHORITY, AUTHORITY)
                .add(Prop.PROGRAM, program)
                .add(Prop.UNSC_ID, ref)
                .add(Prop.MODIFIED_AT, modified);
        addDate(sanction, Prop.LISTING_DATE, el.text("LISTED_ON"), ctx, "LISTED_ON", "listing date");
        out.add(sanction);
        int n = 0;
        for (XmlNode doc : el.all("INDIVIDUAL_DOCUMENT")) {
            Entity.Builder idDoc = document(doc, party, n + 1);
            if (idDoc != null) {
                n++;
                out.add(idDoc);
            }
        }
        report.count(person ? "individuals" : "entities");
        return Optional.of(new Mapped(ref, el.toXml(), out));
    }

    private record Ctx(String path, String ref) {}

    /**
     * The UN prints a person's name parts in order FIRST..FOURTH. Their roles differ by regime:
     * for Korean names (DPRK regime: "KIM" "KWANG-IL") FIRST_NAME is the family name; elsewhere
     * ("AIMAN" "MUHAMMED" "RABI" "AL-ZAWAHIRI") the first part is the given name and the last
     * part the family name.
     */
    private static void personName(XmlNode el, Entity.Builder b) {
        List<String> parts = new ArrayList<>();
        for (String tag : List.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")) {
            String p = el.text(tag);
            if (!p.isEmpty()) {
                parts.add(p);
            }
        }
        if (parts.isEmpty()) {
            return;
        }
        b.add(Prop.NAME, String.join(" ", parts));
        if (parts.size() == 1) {
            return;
        }
        if ("DPRK".equals(el.text("UN_LIST_TYPE"))) {
            b.add(Prop.LAST_NAME, parts.get(0));
            b.add(Prop.FIRST_NAME, String.join(" ", parts.subList(1, parts.size())));
            return;
        }
        b.add(Prop.FIRST_NAME, parts.get(0));
        for (String middle : parts.subList(1, parts.size() - 1)) {
            b.add(Prop.MIDDLE_NAME, middle);
        }
        b.add(Prop.LAST_NAME, parts.get(parts.size() - 1));
    }

    /** An entity's name is FIRST_NAME as written; when it packs several names, they become aliases too. */
    private void entityName(XmlNode el, Entity.Builder b) {
        String name = el.text("FIRST_NAME");
        b.add(Prop.NAME, name);
        List<String> parts = UnNames.split(name);
        if (parts.size() > 1) {
            b.addAll(Prop.ALIAS, parts);
            report.count("entity names holding several names");
        }
    }

    private void alias(XmlNode alias, Entity.Builder b, Ctx ctx) {
        String text = alias.text("ALIAS_NAME");
        if (text.isEmpty()) {
            report.count("empty alias elements");
            return;
        }
        String quality = alias.text("QUALITY").toLowerCase(Locale.ROOT);
        String prop = switch (quality) {
            case "good", "a.k.a." -> Prop.ALIAS;
            case "low" -> Prop.WEAK_ALIAS;
            case "f.k.a." -> Prop.PREVIOUS_NAME;
            default -> {
                report.count("alias quality '" + quality + "' kept as alias");
                yield Prop.ALIAS;
            }
        };
        List<String> names = UnNames.split(text);
        if (names.size() > 1) {
            report.count("alias elements holding several names");
        }
        b.addAll(prop, names);
        report.count("alias names (" + prop + ")", names.size());
        // a.k.a. identities sometimes come with their own date and place of birth
        addDate(b, Prop.BIRTH_DATE, alias.text("DATE_OF_BIRTH"), ctx, "INDIVIDUAL_ALIAS/DATE_OF_BIRTH", "date of birth");
        birthPlace("", alias.text("CITY_OF_BIRTH"), "", alias.text("COUNTRY_OF_BIRTH"), "", b);
    }

    /**
     * TYPE_OF_DATE EXACT/APPROXIMATELY with DATE or YEAR; BETWEEN with FROM_YEAR..TO_YEAR (each
     * year); a few dates are written only in NOTE ("Nov. 1973", "Between Aug. and Sep. 1977").
     */
    private void birthDate(XmlNode dob, Entity.Builder b, Ctx ctx) {
        if (dob.isBlank()) {
            report.count("empty date-of-birth elements");
            return;
        }
        String date = dob.text("DATE");
        String year = dob.text("YEAR");
        String from = dob.text("FROM_YEAR");
        String to = dob.text("TO_YEAR");
        String note = dob.text("NOTE");
        List<String> found = new ArrayList<>();
        String bad = null;
        if (!date.isEmpty()) {
            isoDate(date).ifPresent(d -> found.add(d.toString()));
            bad = found.isEmpty() ? date : null;
        } else if (!year.isEmpty()) {
            Optional<PartialDate> y = isoDate(year).filter(d -> !d.hasMonth());
            Optional<Integer> month = month(note);
            if (y.isPresent() && month.isPresent()) {
                found.add(new PartialDate(y.get().year(), month.get(), 0).toString());
            } else {
                y.ifPresent(d -> found.add(d.toString()));
            }
            bad = found.isEmpty() ? year : null;
        } else if (!from.isEmpty() || !to.isEmpty()) {
            Optional<PartialDate> f = isoDate(from).filter(d -> !d.hasMonth());
            Optional<PartialDate> t = isoDate(to).filter(d -> !d.hasMonth());
            // a range spans a few years; anything wider is a data error, not a birth date
            if (f.isPresent() && t.isPresent() && t.get().year() >= f.get().year()
                    && t.get().year() - f.get().year() <= 20) {
                for (int y = f.get().year(); y <= t.get().year(); y++) {
                    found.add(PartialDate.ofYear(y).toString());
                }
            } else {
                bad = from + " to " + to;
            }
        } else if (!note.isEmpty()) {
            Optional<PartialDate> d = fromNote(note);
            d.ifPresent(p -> found.add(p.toString()));
            bad = d.isEmpty() ? note : null;
            report.count(d.isPresent() ? "birth dates read from NOTE" : "birth dates unreadable in NOTE");
        } else {
            report.count("date-of-birth elements without a date");
        }
        if (bad != null) {
            report.problem(new RecordProblem(file, ctx.path, ctx.ref, "INDIVIDUAL_DATE_OF_BIRTH",
                    "unparseable date of birth '" + RecordProblem.cut(bad) + "'"));
        }
        b.addAll(Prop.BIRTH_DATE, found);
    }

    /** "Nov. 1973", "August 1961" -> year-month; else a single plausible year in the text. */
    private static Optional<PartialDate> fromNote(String note) {
        String[] words = note.replace(".", " ").replace(",", " ").strip().split("\\s+");
        if (words.length == 2 && MONTHS.containsKey(words[0].toLowerCase(Locale.ROOT))) {
            Optional<PartialDate> y = isoDate(words[1]).filter(d -> !d.hasMonth());
            if (y.isPresent()) {
                return Optional.of(new PartialDate(y.get().year(), MONTHS.get(words[0].toLowerCase(Locale.ROOT)), 0));
            }
        }
        PartialDate only = null;
        for (String w : words) {
            Optional<PartialDate> y = isoDate(w).filter(d -> !d.hasMonth() && d.year() >= 1850 && d.year() <= 2100);
            if (y.isPresent()) {
                if (only != null) {
                    return Optional.empty();
                }
                only = y.get();
            }
        }
        return Optional.ofNullable(only);
    }

    private static Optional<Integer> month(String note) {
        String w = note.replace(".", "").strip().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(MONTHS.get(w));
    }

    private void birthPlace(String street, String city, String state, String country, String note, Entity.Builder b) {
        String place = join(street, city, state, country);
        b.add(Prop.BIRTH_PLACE, place.isEmpty() ? note : place);
        if (!country.isEmpty()) {
            country(country, BIRTH_COUNTRY, b);
        }
    }

    /**
     * STREET, CITY, STATE_PROVINCE, ZIP_CODE and COUNTRY -> one address line plus the country. An
     * address given only as a country adds just the country. Where NOTE is the only text, it is
     * the address ("Branch Office 8: Chaman, Baluchistan Province, Pakistan").
     */
    private void address(XmlNode addr, Entity.Builder b) {
        String country = addr.text("COUNTRY");
        String lines = join(addr.text("STREET"), addr.text("CITY"), addr.text("STATE_PROVINCE"), addr.text("ZIP_CODE"));
        if (!lines.isEmpty()) {
            b.add(Prop.ADDRESS, join(lines, country));
        } else if (country.isEmpty() && !addr.text("NOTE").isEmpty()) {
            b.add(Prop.ADDRESS, addr.text("NOTE"));
            report.count("addresses given only as NOTE");
        }
        if (!country.isEmpty()) {
            country(country, Prop.COUNTRY, b);
        }
    }

    /** One numbered document -> passportNumber/idNumber (or taxNumber) and an Identification entity. */
    private Entity.Builder document(XmlNode doc, Entity.Builder party, int n) {
        if (doc.isBlank()) {
            report.count("empty document elements");
            return null;
        }
        String number = doc.text("NUMBER");
        if (number.isEmpty()) {
            // the number then sits inside NOTE prose ("Tunisian passport number L 191609 issued ...")
            report.count("documents without NUMBER");
            return null;
        }
        String type = doc.text("TYPE_OF_DOCUMENT");
        String type2 = doc.text("TYPE_OF_DOCUMENT2");
        String prop = documentProperty(type + " " + type2);
        party.add(prop, number);
        report.count("documents (" + prop + ")");
        Entity.Builder idDoc = Entity.builder(party.id() + "-doc-" + n,
                        prop.equals(Prop.PASSPORT_NUMBER) ? Schema.PASSPORT : Schema.IDENTIFICATION, placeholder)
                .dataset(dataset)
                .add(Prop.HOLDER, party.id())
                .add(Prop.NUMBER, number)
                .add(Prop.TYPE, type2.isEmpty() ? type : type2)
                .add(Prop.SUMMARY, doc.text("NOTE"));
        String country = doc.text("ISSUING_COUNTRY");
        if (country.isEmpty()) {
            country = doc.text("COUNTRY_OF_ISSUE");
        }
        country(country, Prop.COUNTRY, idDoc);
        isoDate(doc.text("DATE_OF_ISSUE")).ifPresent(d -> idDoc.add(Prop.START_DATE, d.toString()));
        return idDoc;
    }

    /** The UN writes document types in English, French or Spanish ("Numéro de passeport", "Número de pasaporte"). */
    static String documentProperty(String types) {
        String t = types.toLowerCase(Locale.ROOT);
        if (t.contains("passport") || t.contains("passeport") || t.contains("pasaporte")) {
            return Prop.PASSPORT_NUMBER;
        }
        if (t.contains("fiscal code") || t.contains("tax")) {
            return Prop.TAX_NUMBER;
        }
        return Prop.ID_NUMBER;
    }

    private void country(String raw, String prop, Entity.Builder b) {
        if (raw.isEmpty()) {
            return;
        }
        Optional<String> code = Countries.toCode(raw);
        if (code.isPresent()) {
            b.add(prop, code.get());
        } else {
            report.count("unmapped country: " + raw);
        }
    }

    /** Adds an ISO date to a property; an unparseable one is dropped and reported. */
    private void addDate(Entity.Builder b, String prop, String value, Ctx ctx, String field, String what) {
        if (value.isEmpty()) {
            return;
        }
        Optional<PartialDate> d = isoDate(value);
        if (d.isPresent()) {
            b.add(prop, d.get().toString());
        } else {
            report.problem(new RecordProblem(file, ctx.path, ctx.ref, field,
                    "unparseable " + what + " '" + RecordProblem.cut(value) + "'"));
        }
    }

    /** The latest of the ISO dates given; empty when none parses. */
    private String latest(List<String> dates, Ctx ctx) {
        PartialDate max = null;
        for (String s : dates) {
            Optional<PartialDate> d = isoDate(s);
            if (d.isEmpty()) {
                report.problem(new RecordProblem(file, ctx.path, ctx.ref, "LAST_DAY_UPDATED",
                        "unparseable date '" + RecordProblem.cut(s) + "'"));
            } else if (max == null || d.get().compareTo(max) > 0) {
                max = d.get();
            }
        }
        return max == null ? "" : max.toString();
    }

    /**
     * ISO dates as the UN writes them, some with a zone offset appended ("2015-04-07-04:00",
     * from the list's XML Schema {@code xs:date} type).
     */
    static Optional<PartialDate> isoDate(String s) {
        String t = s.strip();
        if (t.length() > 10 && t.charAt(4) == '-' && t.charAt(7) == '-'
                && (t.charAt(10) == '-' || t.charAt(10) == '+' || t.charAt(10) == 'Z')) {
            t = t.substring(0, 10);
        }
        return PartialDate.parseIso(t);
    }

    private static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (!p.isEmpty()) {
                if (sb.length() > 0) {
                    sb.append(", ");
                }
                sb.append(p);
            }
        }
        return sb.toString();
    }
}
