package org.tradeguard.lists.ofac;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import org.tradeguard.lists.IngestReport;
import org.tradeguard.lists.RecordProblem;
import org.tradeguard.model.Entity;
import org.tradeguard.model.PartialDate;
import org.tradeguard.model.Prop;
import org.tradeguard.model.Provenance;
import org.tradeguard.model.Schema;
import org.tradeguard.model.Snapshot;

/**
 * Maps the rows of one OFAC legacy CSV entry (its primary row plus its address, alias and
 * remarks-overflow rows) to FtM entities: the party, its Sanction, an Identification or Passport
 * per identifier with a country, and an UnknownLink per resolvable "Linked To".
 */
final class OfacCsvMapper {

    static final String AUTHORITY = "US Treasury OFAC";
    static final String ROLE_LINKED_TO = "Linked To";
    private static final String DETAILS_URL = "https://sanctionssearch.ofac.treas.gov/Details.aspx?id=";

    /**
     * OFAC's Remarks column holds at most 1,000 characters; only a remarks text that long was cut,
     * and only then does a comments row continue it. A comments row for a shorter text comes from
     * a later list whose remarks grew (the bundled set joins a 2024 sdn.csv with 2025 comments).
     */
    static final int REMARKS_COLUMN_WIDTH = 1000;

    // FtM property names that Prop does not define (Vehicle/Vessel/Aircraft properties)
    static final String MODEL = "model";
    static final String BUILD_DATE = "buildDate";
    static final String PAST_FLAGS = "pastFlags";

    private static final int ENT_NUM = 0;
    private static final int NAME = 1;
    private static final int TYPE = 2;
    private static final int PROGRAM = 3;
    private static final int TITLE = 4;
    private static final int CALL_SIGN = 5;
    private static final int VESS_TYPE = 6;
    private static final int TONNAGE = 7;
    private static final int GRT = 8;
    private static final int VESS_FLAG = 9;
    private static final int VESS_OWNER = 10;
    private static final int REMARKS = 11;

    /** One entry's rows as read; secondary rows are attached while their files are read. */
    static final class Entry {
        private final String file;
        private final OfacCsvReader.Row primary;
        private final List<Located> addresses = new ArrayList<>();
        private final List<Located> aliases = new ArrayList<>();
        private final List<Located> comments = new ArrayList<>();

        Entry(String file, OfacCsvReader.Row primary) {
            this.file = file;
            this.primary = primary;
        }

        OfacCsvReader.Row primary() {
            return primary;
        }

        void add(String kind, String rowFile, OfacCsvReader.Row row) {
            Located l = new Located(rowFile, row);
            switch (kind) {
                case "add" -> addresses.add(l);
                case "alt" -> aliases.add(l);
                case "comments" -> comments.add(l);
                default -> throw new IllegalArgumentException("unknown secondary file kind " + kind);
            }
        }

        String entNum() {
            return primary.get(ENT_NUM);
        }

        /** The entry's lines as read: the primary line, then its address, alias and comments lines. */
        String raw() {
            StringJoiner j = new StringJoiner("\n");
            j.add(primary.raw());
            addresses.forEach(l -> j.add(l.row().raw()));
            aliases.forEach(l -> j.add(l.row().raw()));
            comments.forEach(l -> j.add(l.row().raw()));
            return j.toString();
        }
    }

    /** A secondary row with the file it came from. */
    record Located(String file, OfacCsvReader.Row row) {}

    private record PendingLink(Entry from, String targetName) {}

    private final String source;
    private final Snapshot snapshot;
    private final IngestReport.Builder report;

    OfacCsvMapper(String source, Snapshot snapshot, IngestReport.Builder report) {
        this.source = source;
        this.snapshot = snapshot;
        this.report = report;
    }

    /** The schema for an SDN_Type value; null when unknown. */
    static Schema schemaOf(String sdnType) {
        String t = OfacCsvReader.nullable(sdnType);
        if (t == null) {
            // OFAC writes no type for entities, and does not tell companies from other organisations
            return Schema.ORGANIZATION;
        }
        return switch (t.toLowerCase(Locale.ROOT)) {
            case "individual" -> Schema.PERSON;
            case "vessel" -> Schema.VESSEL;
            case "aircraft" -> Schema.AIRCRAFT;
            default -> null;
        };
    }

    List<Entity> map(Collection<Entry> entries) {
        Map<String, List<String>> idsByName = new HashMap<>();
        for (Entry e : entries) {
            idsByName.computeIfAbsent(e.primary.get(NAME), k -> new ArrayList<>()).add(partyId(e));
        }
        List<Entity> out = new ArrayList<>(entries.size() * 2);
        List<PendingLink> links = new ArrayList<>();
        Map<String, Provenance> provenance = new HashMap<>();
        for (Entry e : entries) {
            Provenance p = new Provenance(snapshot, e.entNum(), e.raw());
            provenance.put(e.entNum(), p);
            mapEntry(e, p, out, links);
        }
        Set<String> linkIds = new HashSet<>();
        for (PendingLink l : links) {
            link(l, idsByName, provenance.get(l.from.entNum()), linkIds, out);
        }
        return out;
    }

    private static String partyId(Entry e) {
        return "ofac-" + e.entNum();
    }

    private Entity.Builder builder(String id, Schema schema, Provenance p) {
        return Entity.builder(id, schema, p).dataset(source);
    }

    private void mapEntry(Entry e, Provenance p, List<Entity> out, List<PendingLink> links) {
        OfacCsvReader.Row r = e.primary;
        Schema schema = schemaOf(r.verbatim(TYPE));
        String id = partyId(e);
        Entity.Builder party = builder(id, schema, p);
        party.add(Prop.NAME, r.get(NAME));
        party.add(Prop.TOPICS, "sanction");
        List<String> programs = programs(r.get(PROGRAM));
        if (programs.isEmpty()) {
            report.count("entries without program");
        }
        party.addAll(Prop.PROGRAM, programs);
        if (schema == Schema.PERSON) {
            nameParts(r.get(NAME), party);
            party.add(Prop.POSITION, r.get(TITLE));
        } else if (r.get(TITLE) != null) {
            party.add(Prop.NOTES, "title: " + r.get(TITLE));
        }
        vesselColumns(e, party);

        Entity.Builder sanction = builder(id + "-sanction", Schema.SANCTION, p)
                .add(Prop.ENTITY, id)
                .add(Prop.AUTHORITY, AUTHORITY)
                .addAll(Prop.PROGRAM, programs)
                .add(Prop.SOURCE_URL, DETAILS_URL + e.entNum());

        OfacRemarks.Facts facts = OfacRemarks.parse(remarks(e));
        List<Entity> identifications = new ArrayList<>();
        remarkFacts(e, p, facts, party, sanction, identifications);
        for (String target : facts.get(OfacRemarks.Field.LINKED_TO)) {
            links.add(new PendingLink(e, target));
        }
        addresses(e, party);
        aliases(e, party);

        out.add(party.build());
        out.add(sanction.build());
        out.addAll(identifications);
    }

    /** "NPWMD] [IFSR" -> NPWMD, IFSR: OFAC writes several programmes as "[A] [B]" minus the outer brackets. */
    static List<String> programs(String program) {
        List<String> out = new ArrayList<>();
        if (program == null) {
            return out;
        }
        for (String part : program.split("]")) {
            String p = part.replace("[", "").strip();
            if (!p.isEmpty() && !out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /** "MADURO MOROS, Nicolas": OFAC puts the last name before the one comma of a person's name. */
    private static void nameParts(String name, Entity.Builder party) {
        int comma = name.indexOf(',');
        if (comma > 0 && comma == name.lastIndexOf(',')) {
            party.add(Prop.LAST_NAME, name.substring(0, comma));
            party.add(Prop.FIRST_NAME, name.substring(comma + 1));
        }
    }

    private void vesselColumns(Entry e, Entity.Builder party) {
        OfacCsvReader.Row r = e.primary;
        party.add(Prop.CALL_SIGN, r.get(CALL_SIGN));
        party.add(Prop.TYPE, r.get(VESS_TYPE));
        if (r.get(TONNAGE) != null) {
            party.add(Prop.NOTES, "tonnage: " + r.get(TONNAGE));
        }
        if (r.get(GRT) != null) {
            party.add(Prop.NOTES, "GRT: " + r.get(GRT));
        }
        if (r.get(VESS_OWNER) != null) {
            party.add(Prop.NOTES, "owner: " + r.get(VESS_OWNER));
        }
        country(r.get(VESS_FLAG)).ifPresent(c -> party.add(Prop.FLAG, c));
    }

    /** The remarks with the overflow of the comments file appended, when it continues them. */
    private String remarks(Entry e) {
        String remarks = e.primary.get(REMARKS) == null ? null : e.primary.verbatim(REMARKS);
        if (e.comments.isEmpty()) {
            return remarks;
        }
        if (remarks == null || remarks.length() < REMARKS_COLUMN_WIDTH) {
            report.count("comments rows not joined: remarks not cut at 1,000 characters", e.comments.size());
            return remarks;
        }
        String overflow = e.comments.stream().map(l -> l.row().verbatim(1)).collect(Collectors.joining());
        if (repeats(remarks, overflow)) {
            report.count("comments rows not joined: overflow repeats the remarks", e.comments.size());
            return remarks;
        }
        report.count("comments rows joined to remarks", e.comments.size());
        return remarks + overflow;
    }

    /**
     * True when the first whole fact of the overflow is already in the remarks: the overflow then
     * continues a later, longer version of the text, and gluing it on would forge a fact at the
     * seam (ent 17018: 2024 remarks end "Listing Date (EO 14024 Directive 3)", the 2025 overflow
     * starts "ive 2): 24 Feb 2022; Effective Date (EO 14024 Directive 2): 26 Mar 2022; ...").
     */
    static boolean repeats(String remarks, String overflow) {
        int start = overflow.indexOf(';');
        if (start < 0) {
            return false;
        }
        int end = overflow.indexOf(';', start + 1);
        String fact = (end < 0 ? overflow.substring(start + 1) : overflow.substring(start + 1, end)).strip();
        return fact.length() > 1 && remarks.contains(fact);
    }

    private void remarkFacts(Entry e, Provenance p, OfacRemarks.Facts facts, Entity.Builder party,
                             Entity.Builder sanction, List<Entity> identifications) {
        for (String v : facts.get(OfacRemarks.Field.BIRTH_DATE)) {
            dates(e, "DOB", v, Prop.BIRTH_DATE, party);
        }
        party.addAll(Prop.BIRTH_PLACE, facts.get(OfacRemarks.Field.BIRTH_PLACE));
        for (String v : facts.get(OfacRemarks.Field.NATIONALITY)) {
            country(v).ifPresent(c -> party.add(Prop.NATIONALITY, c));
        }
        for (String v : facts.get(OfacRemarks.Field.CITIZENSHIP)) {
            country(v).ifPresent(c -> party.add(Prop.CITIZENSHIP, c));
        }
        for (String v : facts.get(OfacRemarks.Field.GENDER)) {
            party.add(Prop.GENDER, v.toLowerCase(Locale.ROOT));
        }
        party.addAll(Prop.WEAK_ALIAS, facts.get(OfacRemarks.Field.WEAK_ALIAS));
        party.addAll(Prop.PREVIOUS_NAME, facts.get(OfacRemarks.Field.PREVIOUS_NAME));
        for (String v : facts.get(OfacRemarks.Field.INCORPORATION_DATE)) {
            dates(e, "Organization Established Date", v, Prop.INCORPORATION_DATE, party);
        }
        for (String v : facts.get(OfacRemarks.Field.BUILD_DATE)) {
            dates(e, "build date", v, BUILD_DATE, party);
        }
        for (String v : facts.get(OfacRemarks.Field.PAST_FLAG)) {
            country(v).ifPresent(c -> party.add(PAST_FLAGS, c));
        }
        for (String v : facts.get(OfacRemarks.Field.REGISTRATION_COUNTRY)) {
            country(v).ifPresent(c -> party.add(Prop.COUNTRY, c));
        }
        party.addAll(MODEL, facts.get(OfacRemarks.Field.MODEL));
        sanction.addAll(Prop.PROVISIONS, facts.get(OfacRemarks.Field.PROVISION));
        party.addAll(Prop.NOTES, facts.get(OfacRemarks.Field.NOTE));
        if (!facts.unterminatedQuotes().isEmpty()) {
            report.count("remarks names without closing quote", facts.unterminatedQuotes().size());
        }
        Set<String> usedIds = new HashSet<>();
        for (OfacRemarks.Identifier id : facts.identifiers()) {
            identifier(p, id, party, usedIds, identifications);
        }
    }

    private void dates(Entry e, String label, String text, String property, Entity.Builder party) {
        List<PartialDate> ds = OfacRemarks.dates(text);
        if (ds.isEmpty()) {
            report.problem(new RecordProblem(e.file, e.primary.location(), e.entNum(), "Remarks",
                    "unparseable " + label + ": " + RecordProblem.cut(text)));
            return;
        }
        ds.forEach(d -> party.add(property, d.toString()));
    }

    private void identifier(Provenance p, OfacRemarks.Identifier id, Entity.Builder party, Set<String> usedIds,
                            List<Entity> identifications) {
        party.add(OfacIdentifiers.propertyFor(id.type(), id.number()), id.number());
        report.count("identifiers");
        if (id.country() == null) {
            return;
        }
        Optional<String> cc = country(id.country());
        if (cc.isEmpty()) {
            return;
        }
        boolean passport = id.type().toLowerCase(Locale.ROOT).contains("passport");
        String base = party.id() + "-id-" + slug(id.number());
        String entityId = base;
        for (int n = 2; !usedIds.add(entityId); n++) {
            entityId = base + "-" + n;
        }
        Entity.Builder b = builder(entityId, passport ? Schema.PASSPORT : Schema.IDENTIFICATION, p)
                .add(Prop.HOLDER, party.id())
                .add(Prop.NUMBER, id.number())
                .add(Prop.COUNTRY, cc.get())
                .add(Prop.TYPE, id.type())
                .add(Prop.SUMMARY, id.qualifier());
        idDate(id.issued(), Prop.START_DATE, b);
        idDate(id.expires(), Prop.END_DATE, b);
        identifications.add(b.build());
    }

    /** "issued 21 May 2000", "expires 2020"; texts such as "21 Jun 1992 in Amman, Jordan" are only counted. */
    private void idDate(String text, String property, Entity.Builder b) {
        if (text == null) {
            return;
        }
        List<PartialDate> ds = OfacRemarks.dates(text);
        if (ds.size() == 1) {
            b.add(property, ds.get(0).toString());
        } else {
            report.count("identifier dates not parsed");
        }
    }

    /** The number's letters and digits, lower case, for a readable stable id. */
    private static String slug(String number) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < number.length() && sb.length() < 64; i++) {
            char c = number.charAt(i);
            if (c < 128 && Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.isEmpty() ? "x" : sb.toString();
    }

    private void addresses(Entry e, Entity.Builder party) {
        for (Located l : e.addresses) {
            OfacCsvReader.Row r = l.row();
            StringJoiner full = new StringJoiner(", ");
            for (int i = 2; i <= 4; i++) {
                if (r.get(i) != null) {
                    full.add(r.get(i));
                }
            }
            if (r.get(5) != null) {
                party.add(Prop.NOTES, "address remarks: " + r.get(5));
            }
            if (full.length() == 0) {
                // OFAC writes an all -0- address row for entries whose address is unknown
                report.count("address rows without any address");
                continue;
            }
            party.add(Prop.ADDRESS, full.toString());
            country(r.get(4)).ifPresent(c -> party.add(Prop.COUNTRY, c));
        }
    }

    private void aliases(Entry e, Entity.Builder party) {
        for (Located l : e.aliases) {
            OfacCsvReader.Row r = l.row();
            String name = r.get(3);
            if (name == null) {
                report.problem(new RecordProblem(l.file(), r.location(), e.entNum(), "alt_name", "alias row without a name"));
                continue;
            }
            String type = r.get(2) == null ? "" : r.get(2).toLowerCase(Locale.ROOT);
            String remarks = r.get(4) == null ? "" : r.get(4).toLowerCase(Locale.ROOT);
            boolean weak = remarks.contains("weak") || remarks.contains("low quality");
            switch (type) {
                case "aka", "nka" -> party.add(weak ? Prop.WEAK_ALIAS : Prop.ALIAS, name);
                case "fka" -> party.add(Prop.PREVIOUS_NAME, name);
                default -> {
                    report.problem(new RecordProblem(l.file(), r.location(), e.entNum(), "alt_type",
                            "unknown alt_type " + RecordProblem.cut(r.get(2)) + "; kept as alias"));
                    party.add(Prop.ALIAS, name);
                }
            }
        }
    }

    /**
     * "Linked To: NAME" names another entry of the same list by its primary name; the last fact
     * of a remarks text loses its final period, so "S.A. DE C.V" also tries "S.A. DE C.V.".
     */
    private void link(PendingLink l, Map<String, List<String>> idsByName, Provenance p, Set<String> linkIds,
                      List<Entity> out) {
        List<String> targets = idsByName.get(l.targetName);
        if (targets == null) {
            targets = idsByName.get(l.targetName + ".");
        }
        if (targets == null && l.targetName.endsWith(".")) {
            targets = idsByName.get(l.targetName.substring(0, l.targetName.length() - 1));
        }
        if (targets == null) {
            report.count("unresolved Linked To");
            return;
        }
        if (targets.size() > 1) {
            report.count("ambiguous Linked To (name shared by several entries)");
            return;
        }
        String from = partyId(l.from);
        String to = targets.get(0);
        if (to.equals(from)) {
            report.count("Linked To the entry itself");
            return;
        }
        String linkId = from + "-link-" + to.substring("ofac-".length());
        if (!linkIds.add(linkId)) {
            report.count("Linked To repeated in one entry");
            return;
        }
        report.count("Linked To resolved");
        out.add(builder(linkId, Schema.UNKNOWN_LINK, p)
                .add(Prop.SUBJECT, from)
                .add(Prop.OBJECT, to)
                .add(Prop.ROLE, ROLE_LINKED_TO)
                .build());
    }

    private Optional<String> country(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        Optional<String> code = OfacRemarks.country(raw);
        if (code.isEmpty()) {
            report.count("unmapped country: " + raw);
        }
        return code;
    }
}
