package org.tradeguard.lists.uk;

import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tradeguard.lists.IngestReport;
import org.tradeguard.lists.ListFormatException;
import org.tradeguard.lists.ListLoad;
import org.tradeguard.lists.ListSource;
import org.tradeguard.lists.RecordProblem;
import org.tradeguard.lists.SourceInput;
import org.tradeguard.model.Countries;
import org.tradeguard.model.Entity;
import org.tradeguard.model.PartialDate;
import org.tradeguard.model.Prop;
import org.tradeguard.model.Provenance;
import org.tradeguard.model.Schema;
import org.tradeguard.model.Snapshot;

/**
 * The UK Sanctions List in the normalised five-file form of the bundled set: {@code subjects.csv}
 * (one row per subject: individual, entity or ship) joined by {@code unique_id} with
 * {@code subject_names.csv}, {@code subject_identifiers.csv}, {@code subject_dobs.csv} and
 * {@code subject_countries.csv}. Individuals become {@code Person}, entities {@code Organization},
 * ships {@code Vessel}; each gets a {@code Sanction} ({@code uk-<id>-sanction}) and one
 * {@code Passport}/{@code Identification} per distinct identity document ({@code uk-<id>-doc-<n>}).
 * Ids are {@code uk-<unique id>}, e.g. {@code uk-BEL0066}.
 *
 * <p>The files carry no publication date; the latest {@code last_updated} stands for it.
 */
public final class UkCsvSource implements ListSource {

    public static final String ID = "uk";
    public static final String TITLE = "UK Sanctions List";
    public static final String AUTHORITY = "UK Foreign, Commonwealth and Development Office";
    /**
     * The UN reference number of a subject also listed by the UN Security Council, e.g.
     * {@code QDi.006}; FtM's {@code unscId}. Set on the party and on its Sanction so UK entries can
     * be tied to their UN entries ({@code un-<ref>}).
     */
    public static final String UN_REFERENCE = Prop.UNSC_ID;
    /** FtM Person property that {@link Prop} lacks: country of birth. */
    static final String BIRTH_COUNTRY = "birthCountry";

    static final String SUBJECTS = "subjects.csv";
    static final String NAMES = "subject_names.csv";
    static final String IDENTIFIERS = "subject_identifiers.csv";
    static final String DOBS = "subject_dobs.csv";
    static final String COUNTRIES = "subject_countries.csv";
    /** The five files of a set, in reading order. */
    public static final List<String> FILES = List.of(SUBJECTS, NAMES, IDENTIFIERS, DOBS, COUNTRIES);
    public static final String BUNDLED_DIR = "/bundled/uk";

    private static final DateTimeFormatter UK_DATE =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final LocalDate publishedFallback;

    /** @param publishedFallback publication date to use when no row has a readable {@code last_updated}; may be null */
    public UkCsvSource(LocalDate publishedFallback) {
        this.publishedFallback = publishedFallback;
    }

    public UkCsvSource() {
        this(null);
    }

    /** The file set bundled with Tradeguard. */
    public static SourceInput bundled() {
        return SourceInput.ofResources(UkCsvSource.class, BUNDLED_DIR, FILES);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return TITLE;
    }

    @Override
    public ListLoad load(SourceInput input) throws IOException {
        List<String> missing = FILES.stream().filter(f -> !input.has(f)).toList();
        if (!missing.isEmpty()) {
            throw new ListFormatException(input.origin(), "", "UK file set lacks " + missing + "; expected " + FILES
                    + ", found " + input.files());
        }
        Load load = new Load(new IngestReport.Builder(ID),
                new Provenance(new Snapshot(ID, TITLE, null, "", input.origin()), "", ""));
        load.read(input, SUBJECTS, List.of("unique_id", "subject_type", "un_reference_number", "date_designated",
                "last_updated"), load::subject);
        load.read(input, NAMES, List.of("unique_id", "name_type", "alias_strength", "full_name",
                "name_1", "name_2", "name_3", "name_4", "name_5", "name_6"), load.detail(load::name));
        load.read(input, IDENTIFIERS, List.of("unique_id", "raw_value", "identifier_type", "additional_info"),
                load.detail(load::identifier));
        load.read(input, DOBS, List.of("unique_id", "year", "month", "day", "precision"), load.detail(load::dob));
        load.read(input, COUNTRIES, List.of("unique_id", "raw_value", "country_type", "iso"),
                load.detail(load::country));

        LocalDate published = load.latestUpdate != null ? load.latestUpdate : publishedFallback;
        Snapshot snapshot = new Snapshot(ID, TITLE, published, input.sha256(), input.origin());
        List<Entity> entities = new ArrayList<>();
        for (UkSubject s : load.subjects.values()) {
            entities.addAll(s.build(snapshot));
        }
        return new ListLoad(snapshot, entities, load.report.build());
    }

    /** The state of one load; a source holds none between loads. */
    private static final class Load {
        private final IngestReport.Builder report;
        private final Provenance placeholder;
        private final Map<String, UkSubject> subjects = new LinkedHashMap<>();
        private LocalDate latestUpdate;

        Load(IngestReport.Builder report, Provenance placeholder) {
            this.report = report;
            this.placeholder = placeholder;
        }

        @FunctionalInterface
        interface RowHandler {
            void handle(UkCsvFile.Row row);
        }

        void read(SourceInput input, String file, List<String> columns, RowHandler handler) throws IOException {
            try (InputStream in = input.open(file)) {
                UkCsvFile csv = UkCsvFile.open(in, file, columns);
                for (UkCsvFile.Row row = csv.next(); row != null; row = csv.next()) {
                    report.record();
                    if (!row.complete()) {
                        report.skip(row.problem(row.get("unique_id").strip(), "",
                                "expected " + row.columns().size() + " fields, found " + row.record().size()));
                        continue;
                    }
                    handler.handle(row);
                }
            }
        }

        @FunctionalInterface
        interface DetailHandler {
            void handle(UkCsvFile.Row row, UkSubject subject);
        }

        /**
         * A handler for rows that add to a subject: the row is skipped and counted when its
         * subject is unknown, else quoted in the subject's raw record and handed on.
         */
        RowHandler detail(DetailHandler handler) {
            return row -> {
                String uid = row.get("unique_id").strip();
                UkSubject s = subjects.get(uid);
                if (s == null) {
                    report.skip(row.problem(uid, "unique_id", uid.isEmpty() ? "missing unique_id" : "unknown subject " + uid));
                    report.count(row.file() + ": rows for unknown subjects");
                    return;
                }
                if (!s.raw(row.file(), row.line(), row.raw())) {
                    report.count(row.file() + ": repeated rows");
                }
                handler.handle(row, s);
            };
        }

        void subject(UkCsvFile.Row row) {
            String uid = row.get("unique_id").strip();
            if (uid.isEmpty() || uid.chars().anyMatch(Character::isWhitespace)) {
                report.skip(row.problem(uid, "unique_id", "missing or malformed unique_id '" + cut(uid) + "'"));
                return;
            }
            String type = row.get("subject_type").strip();
            Schema schema = switch (type) {
                case "individual" -> Schema.PERSON;
                case "entity" -> Schema.ORGANIZATION;
                case "ship" -> Schema.VESSEL;
                default -> null;
            };
            if (schema == null) {
                report.skip(row.problem(uid, "subject_type", "unknown subject_type '" + cut(type)
                        + "', expected individual, entity or ship"));
                return;
            }
            if (subjects.containsKey(uid)) {
                report.skip(row.problem(uid, "unique_id", "duplicate subject " + uid));
                return;
            }
            UkSubject s = new UkSubject(ID, uid, schema, placeholder);
            subjects.put(uid, s);
            s.raw(row.file(), row.line(), row.raw());
            report.count("subjects: " + type);

            String program = UkRegimes.of(uid);
            if (program == null) {
                program = uid.length() >= 3 ? uid.substring(0, 3) : uid;
                report.count("unknown regime prefix: " + program);
            }
            String unRef = unReference(row.get("un_reference_number").strip());
            String designated = ukDate(row, uid, "date_designated").map(LocalDate::toString).orElse("");
            Optional<LocalDate> updated = ukDate(row, uid, "last_updated");
            updated.ifPresent(d -> {
                if (latestUpdate == null || d.isAfter(latestUpdate)) {
                    latestUpdate = d;
                }
            });
            String modified = updated.map(LocalDate::toString).orElse("");
            if (!unRef.isEmpty()) {
                report.count("subjects with a UN reference");
            }
            s.party().add(Prop.PROGRAM, program).add(Prop.TOPICS, "sanction").add(UN_REFERENCE, unRef)
                    .add(Prop.MODIFIED_AT, modified);
            s.sanction().add(Prop.AUTHORITY, AUTHORITY).add(Prop.PROGRAM, program).add(Prop.LISTING_DATE, designated)
                    .add(Prop.MODIFIED_AT, modified).add(UN_REFERENCE, unRef);
        }

        /**
         * The UN reference as the UN writes it: two upper-case letters, {@code i} (individual) or
         * {@code e} (entity), a dot and digits. A few UK rows upper-case the type letter
         * ({@code QDE.145}, {@code IRI.038}), which would not find {@code un-QDe.145}.
         */
        private String unReference(String ref) {
            if (ref.length() > 4 && ref.charAt(3) == '.' && Character.isLetter(ref.charAt(0))
                    && Character.isLetter(ref.charAt(1)) && "ieIE".indexOf(ref.charAt(2)) >= 0
                    && ref.substring(4).chars().allMatch(c -> c >= '0' && c <= '9')) {
                String canonical = ref.substring(0, 2).toUpperCase(Locale.ROOT)
                        + ref.substring(2, 3).toLowerCase(Locale.ROOT) + ref.substring(3);
                if (!canonical.equals(ref)) {
                    report.count("UN references re-cased to the UN's form");
                }
                return canonical;
            }
            if (!ref.isEmpty()) {
                report.count("UN references not in the UN's form, kept as listed");
            }
            return ref;
        }

        private Optional<LocalDate> ukDate(UkCsvFile.Row row, String uid, String column) {
            String v = row.get(column).strip();
            if (v.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(LocalDate.parse(v, UK_DATE));
            } catch (DateTimeParseException e) {
                report.problem(row.problem(uid, column, "unparseable date '" + cut(v) + "', expected dd/mm/yyyy"));
                return Optional.empty();
            }
        }

        /**
         * primary -> name (with name parts for persons: name_1 given name, name_2..5 middle names,
         * name_6 family name); primary_variation and good/unrated a.k.a. -> alias; low-quality
         * a.k.a. -> weakAlias.
         */
        void name(UkCsvFile.Row row, UkSubject s) {
            String full = row.get("full_name").strip();
            if (full.isEmpty()) {
                report.skip(row.problem(s.uniqueId(), "full_name", "empty name"));
                return;
            }
            String type = row.get("name_type").strip();
            String strength = row.get("alias_strength").strip();
            boolean low = strength.equals("low_quality_aka");
            if (!strength.isEmpty() && !low && !strength.equals("good_quality_aka")) {
                report.count("unknown alias_strength '" + strength + "' kept as alias");
            }
            Entity.Builder party = s.party();
            switch (type) {
                case "primary" -> {
                    party.add(Prop.NAME, full);
                    if (s.schema() == Schema.PERSON) {
                        party.add(Prop.FIRST_NAME, row.get("name_1"));
                        for (String col : List.of("name_2", "name_3", "name_4", "name_5")) {
                            party.add(Prop.MIDDLE_NAME, row.get(col));
                        }
                        party.add(Prop.LAST_NAME, row.get("name_6"));
                    }
                }
                case "primary_variation", "alias" -> {
                    party.add(low ? Prop.WEAK_ALIAS : Prop.ALIAS, full);
                    if (strength.isEmpty() && type.equals("alias")) {
                        report.count("aliases without alias_strength (kept as alias)");
                    }
                }
                default -> {
                    report.skip(row.problem(s.uniqueId(), "name_type", "unknown name_type '" + cut(type)
                            + "', expected primary, primary_variation or alias"));
                    return;
                }
            }
            report.count("names: " + type + (strength.isEmpty() ? "" : " " + strength));
        }

        /** passport / national / imo / business_registration_numbers -> the FtM property, plus a document entity. */
        void identifier(UkCsvFile.Row row, UkSubject s) {
            String type = row.get("identifier_type").strip();
            String value = row.get("raw_value").strip();
            if (value.isEmpty()) {
                report.skip(row.problem(s.uniqueId(), "raw_value", "empty identifier"));
                return;
            }
            String prop = UkIdentifiers.propertyFor(type);
            if (prop == null) {
                report.count("unknown identifier type '" + type + "' kept as idNumber");
                prop = Prop.ID_NUMBER;
            }
            s.party().add(prop, value);
            if (!prop.equals(Prop.PASSPORT_NUMBER) && !prop.equals(Prop.ID_NUMBER)) {
                return;
            }
            String note = row.get("additional_info").strip();
            Entity.Builder doc = s.document(type + "|" + value + "|" + note,
                    prop.equals(Prop.PASSPORT_NUMBER) ? Schema.PASSPORT : Schema.IDENTIFICATION);
            if (!doc.has(Prop.NUMBER)) {
                doc.add(Prop.NUMBER, value).add(Prop.TYPE, type).add(Prop.SUMMARY, note);
                Optional<String> country = UkIdentifiers.countryOf(note);
                country.ifPresent(c -> doc.add(Prop.COUNTRY, c));
                report.count(country.isPresent() ? "documents with country from note" : "documents without country");
            }
        }

        /** year/month/day with precision exact, month_year or year_only -> birthDate. */
        void dob(UkCsvFile.Row row, UkSubject s) {
            String y = row.get("year").strip();
            String m = row.get("month").strip();
            String d = row.get("day").strip();
            PartialDate date;
            try {
                date = new PartialDate(Integer.parseInt(y), m.isEmpty() ? 0 : Integer.parseInt(m),
                        d.isEmpty() ? 0 : Integer.parseInt(d));
                if (date.hasDay()) {
                    // PartialDate accepts any day up to 31; a full date must exist
                    LocalDate.of(date.year(), date.month(), date.day());
                }
            } catch (IllegalArgumentException | DateTimeException e) {
                report.skip(row.problem(s.uniqueId(), "year/month/day",
                        "invalid date of birth '" + cut(y + "/" + m + "/" + d) + "'"));
                return;
            }
            if (s.schema() != Schema.PERSON) {
                report.count("dates of birth on non-persons dropped");
                return;
            }
            s.party().add(Prop.BIRTH_DATE, date.toString());
        }

        /** nationality / citizenship / birth / address / flag rows -> the matching country property. */
        void country(UkCsvFile.Row row, UkSubject s) {
            String type = row.get("country_type").strip();
            String prop = switch (type) {
                case "nationality" -> Prop.NATIONALITY;
                case "citizenship" -> Prop.CITIZENSHIP;
                case "birth" -> BIRTH_COUNTRY;
                case "address" -> Prop.COUNTRY;
                case "flag" -> Prop.FLAG;
                default -> null;
            };
            if (prop == null) {
                report.skip(row.problem(s.uniqueId(), "country_type", "unknown country_type '" + cut(type) + "'"));
                return;
            }
            String iso = row.get("iso").strip();
            String raw = row.get("raw_value").strip();
            // the resolved ISO code where the set has one, else the name as written ("Kosovo")
            Optional<String> code = Countries.toCode(iso.isEmpty() ? raw : iso);
            if (code.isEmpty()) {
                report.count("unmapped country: " + (raw.isEmpty() ? iso : raw));
                return;
            }
            s.party().add(prop, code.get());
        }

        private static String cut(String s) {
            return RecordProblem.cut(s);
        }
    }
}
