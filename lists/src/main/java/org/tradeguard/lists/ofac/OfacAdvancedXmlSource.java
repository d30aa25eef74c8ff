package org.tradeguard.lists.ofac;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tradeguard.lists.IngestReport;
import org.tradeguard.lists.ListFormatException;
import org.tradeguard.lists.RecordProblem;
import org.tradeguard.model.Entity;
import org.tradeguard.model.Prop;
import org.tradeguard.model.Schema;

/**
 * OFAC "advanced" XML ({@code sdn_advanced.xml}, {@code cons_advanced.xml}; root
 * {@code Sanctions}, the UN "sanctions 1.0" schema). The format is reference-table driven: numeric
 * ids in the parties point into {@code ReferenceValueSets}, and locations, identity documents,
 * relationships and sanctions entries sit in their own sections keyed by location, identity and
 * profile id.
 *
 * <p>Read in one streaming pass. The reference values come first and are held; each
 * {@code DistinctParty} is mapped as it is read, with its location references left open;
 * locations, documents, relationships and entries are buffered as small records by id, whatever
 * their order, and everything is joined once the file is closed. Ids: {@code ofac-<FixedRef>},
 * documents {@code ofac-<FixedRef>-id-<IDRegDocument ID>}, sanctions
 * {@code ofac-<FixedRef>-sanction-<SanctionsEntry ID>}, links {@code ofac-<from>-link-<to>}.
 */
public final class OfacAdvancedXmlSource extends OfacXmlListSource {
    public static final String SDN_ID = "ofac-sdn-advanced";
    public static final String CONSOLIDATED_ID = "ofac-nonsdn-advanced";

    /** The UN schema namespace of the treasury.gov files, and the Sanctions List Service export namespace. */
    static final Set<String> NAMESPACES = Set.of("http://www.un.org/sanctions/1.0",
            "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ADVANCED_XML");
    private static final String EXPECTED = "an OFAC advanced XML list (sdn_advanced.xml or cons_advanced.xml, root Sanctions)";
    private static final String OWNED_OR_CONTROLLED_BY = "Owned or Controlled By";
    /** Location parts in address order, whatever their order in the file: as the classic format prints an address. */
    private static final List<String> PART_ORDER =
            List.of("ADDRESS1", "ADDRESS2", "ADDRESS3", "CITY", "STATE/PROVINCE", "POSTAL CODE", "REGION");

    public OfacAdvancedXmlSource(String id, String title) {
        this(id, title, null);
    }

    /** @param publishedFallback the publication date when the file has no readable DateOfIssue; may be null */
    public OfacAdvancedXmlSource(String id, String title, LocalDate publishedFallback) {
        super(id, title, publishedFallback, "Sanctions", NAMESPACES, EXPECTED);
    }

    /** The SDN list in the advanced format ({@code sdn_advanced.xml}). */
    public static OfacAdvancedXmlSource sdn() {
        return new OfacAdvancedXmlSource(SDN_ID, "OFAC Specially Designated Nationals (advanced XML)");
    }

    /** The consolidated non-SDN lists in the advanced format ({@code cons_advanced.xml}). */
    public static OfacAdvancedXmlSource consolidated() {
        return new OfacAdvancedXmlSource(CONSOLIDATED_ID, "OFAC Consolidated Non-SDN List (advanced XML)");
    }

    @Override
    Reading reading(String file, IngestReport.Builder report) {
        return new AdvancedReading(file, report);
    }

    /** A location: its parts and country as one text, and the country name alone. */
    private record Place(String full, String country) {}

    /** A feature whose value is a location, resolved once the Locations section has been read. */
    private record PendingPlace(String featureId, String type, String locationId, String raw) {}

    private record Party(OfacXmlParty party, List<PendingPlace> places) {}

    private record Document(String id, String identityId, String type, String number, String country, String issued,
                            String expires, String authority, String raw, String path) {}

    private record Entry(String id, String profileId, String list, List<String> programs, List<String> measures,
                         List<String> listed, List<String> legalBases, String raw, String path) {}

    private record Relation(String id, String from, String to, String type, boolean former, String raw, String path) {}

    /** An element handler that knows where the element is, for problem reports. */
    @FunctionalInterface
    private interface Handler {
        void handle(OfacXmlElement e, String path);
    }

    private final class AdvancedReading implements Reading {
        private final String file;
        private final IngestReport.Builder report;
        private OfacAdvancedReferences refs;
        private LocalDate published;
        private final Map<String, Place> places = new HashMap<>();
        /** Profile ID -> party, in file order. */
        private final Map<String, Party> parties = new LinkedHashMap<>();
        private final Set<String> partyIds = new HashSet<>();
        private final Map<String, String> profileByIdentity = new HashMap<>();
        private final List<Document> documents = new ArrayList<>();
        private final List<Entry> entries = new ArrayList<>();
        private final List<Relation> relations = new ArrayList<>();

        AdvancedReading(String file, IngestReport.Builder report) {
            this.file = file;
            this.report = report;
        }

        @Override
        public LocalDate published() {
            return published;
        }

        @Override
        public Collection<OfacXmlParty> parties() {
            return parties.values().stream().map(Party::party).toList();
        }

        @Override
        public void root(XMLStreamReader r) throws XMLStreamException {
            while (OfacXmlStream.nextChild(r)) {
                String name = r.getLocalName();
                switch (name) {
                    case "DateOfIssue" -> dateOfIssue(OfacXmlElement.read(r));
                    case "ReferenceValueSets" -> refs = new OfacAdvancedReferences(OfacXmlElement.read(r));
                    case "Locations" -> section(r, name, "Location", this::location);
                    case "IDRegDocuments" -> section(r, name, "IDRegDocument", this::document);
                    case "DistinctParties" -> section(r, name, "DistinctParty", this::party);
                    case "ProfileRelationships" -> section(r, name, "ProfileRelationship", this::relation);
                    case "SanctionsEntries" -> section(r, name, "SanctionsEntry", this::entry);
                    default -> {
                        // SanctionsEntryLinks and anything newer carry nothing we map
                        report.count("unread section: " + name);
                        OfacXmlStream.skip(r);
                    }
                }
            }
        }

        private void section(XMLStreamReader r, String section, String item, Handler handler) throws XMLStreamException {
            if (refs == null) {
                // the schema puts ReferenceValueSets first; every section below needs it
                throw new ListFormatException(file, "/Sanctions/" + section,
                        "<" + section + "> before <ReferenceValueSets>; expected " + EXPECTED + " with its reference values first");
            }
            int n = 0;
            while (OfacXmlStream.nextChild(r)) {
                if (item.equals(r.getLocalName())) {
                    n++;
                    handler.handle(OfacXmlElement.read(r), "/Sanctions/" + section + "/" + item + "[" + n + "]");
                } else {
                    report.count("unexpected element: " + section + "/" + r.getLocalName());
                    OfacXmlStream.skip(r);
                }
            }
        }

        private void dateOfIssue(OfacXmlElement e) {
            LocalDate d = date(e, false);
            if (d == null) {
                report.problem(new RecordProblem(file, "/Sanctions/DateOfIssue", "", "DateOfIssue",
                        "unreadable date '" + RecordProblem.cut(e.toXml()) + "'; expected Year, Month and Day"));
            }
            published = d;
        }

        private void location(OfacXmlElement e, String path) {
            report.record();
            String locationId = e.attr("ID");
            if (locationId == null) {
                skip(path, "", "ID", "Location without ID");
                return;
            }
            String[] parts = new String[PART_ORDER.size() + 1];
            List<String> other = new ArrayList<>();
            for (OfacXmlElement part : e.children("LocationPart")) {
                String type = refs.name("LocPartType", part.attr("LocPartTypeID"));
                String value = partValue(part);
                int at = type == null ? -1 : PART_ORDER.indexOf(type.toUpperCase(Locale.ROOT));
                if (at >= 0) {
                    parts[at] = OfacXmlParty.joined(parts[at], value);
                } else {
                    other.add(value);
                }
            }
            OfacXmlElement country = e.child("LocationCountry");
            String countryName = country == null ? null : refs.name("Country", country.attr("CountryID"));
            if (country != null && countryName == null) {
                report.problem(new RecordProblem(file, path, locationId, "CountryID",
                        "unknown CountryID '" + RecordProblem.cut(country.attr("CountryID")) + "'"));
            }
            parts[PART_ORDER.size()] = countryName;
            // parts of no known type ("Unknown") come last: they are usually a bare country name
            String full = OfacXmlParty.joined(OfacXmlParty.joined(parts), OfacXmlParty.joined(other.toArray(String[]::new)));
            places.put(locationId, new Place(full, countryName));
        }

        /** The primary value of a location part (the first when none is marked primary). */
        private static String partValue(OfacXmlElement part) {
            List<OfacXmlElement> values = part.children("LocationPartValue");
            for (OfacXmlElement v : values) {
                if ("true".equals(v.attr("Primary"))) {
                    return v.childText("Value");
                }
            }
            return values.isEmpty() ? null : values.get(0).childText("Value");
        }

        private void document(OfacXmlElement e, String path) {
            report.record();
            String docId = e.attr("ID");
            String identityId = e.attr("IdentityID");
            String number = e.childText("IDRegistrationNo");
            if (docId == null || identityId == null) {
                skip(path, docId, docId == null ? "ID" : "IdentityID", "IDRegDocument without ID or IdentityID");
                return;
            }
            if (number == null) {
                skip(path, docId, "IDRegistrationNo", "IDRegDocument without a number");
                return;
            }
            String type = refs.name("IDRegDocType", e.attr("IDRegDocTypeID"));
            if (type == null) {
                skip(path, docId, "IDRegDocTypeID", "unknown IDRegDocTypeID '" + RecordProblem.cut(e.attr("IDRegDocTypeID")) + "'");
                return;
            }
            String issued = null;
            String expires = null;
            for (OfacXmlElement d : e.children("DocumentDate")) {
                String kind = refs.name("IDRegDocDateType", d.attr("IDRegDocDateTypeID"));
                List<String> dates = period(d.child("DatePeriod"));
                if (dates.isEmpty() || kind == null) {
                    report.problem(new RecordProblem(file, path, docId, "DocumentDate",
                            "unreadable document date '" + RecordProblem.cut(d.toXml()) + "'"));
                } else if (kind.toLowerCase(Locale.ROOT).startsWith("issue")) {
                    issued = dates.get(0);
                } else if (kind.toLowerCase(Locale.ROOT).startsWith("expir")) {
                    expires = dates.get(0);
                }
            }
            String country = refs.name("Country", e.attr("IssuedBy-CountryID"));
            documents.add(new Document(docId, identityId, type, number, country, issued, expires,
                    e.childText("IssuingAuthority"), e.toXml(), path));
        }

        private void party(OfacXmlElement e, String path) {
            report.record();
            OfacXmlElement profile = e.child("Profile");
            String ref = e.attr("FixedRef");
            if (ref == null && profile != null) {
                ref = profile.attr("ID");
            }
            if (ref == null || !OfacXmlSource.isDigits(ref)) {
                skip(path, ref, "FixedRef", "DistinctParty without a numeric FixedRef or Profile ID: '" + RecordProblem.cut(ref) + "'");
                return;
            }
            if (profile == null) {
                skip(path, ref, "Profile", "DistinctParty without a Profile");
                return;
            }
            String profileId = profile.attr("ID") == null ? ref : profile.attr("ID");
            String partyId = "ofac-" + ref;
            if (parties.containsKey(profileId) || !partyIds.add(partyId)) {
                skip(path, ref, "FixedRef", "duplicate FixedRef " + ref + " or Profile ID " + profileId + "; the first is kept");
                return;
            }
            if (e.children("Profile").size() > 1) {
                report.count("DistinctParty with more than one Profile (first read)");
            }
            OfacXmlParty p = new OfacXmlParty(id(), partyId, schema(profile, path, ref), ref, e.toXml(), file, path, report);
            if (!names(p, profile)) {
                skip(path, ref, "Alias", "no primary Latin-script name (Alias Primary=\"true\")");
                return;
            }
            p.entity().add(Prop.NOTES, e.childText("Comment"));
            Party party = new Party(p, new ArrayList<>());
            for (OfacXmlElement feature : profile.children("Feature")) {
                feature(party, feature);
            }
            for (OfacXmlElement identity : profile.children("Identity")) {
                if (identity.attr("ID") != null) {
                    profileByIdentity.put(identity.attr("ID"), profileId);
                }
            }
            parties.put(profileId, party);
        }

        private Schema schema(OfacXmlElement profile, String path, String ref) {
            String subTypeId = profile.attr("PartySubTypeID");
            String subType = refs.name("PartySubType", subTypeId);
            String partyType = refs.name("PartyType", refs.attr("PartySubType", subTypeId, "PartyTypeID"));
            if ("Vessel".equalsIgnoreCase(subType)) {
                return Schema.VESSEL;
            }
            if ("Aircraft".equalsIgnoreCase(subType)) {
                return Schema.AIRCRAFT;
            }
            if ("Individual".equalsIgnoreCase(partyType)) {
                return Schema.PERSON;
            }
            if ("Entity".equalsIgnoreCase(partyType)) {
                return Schema.ORGANIZATION;
            }
            report.problem(new RecordProblem(file, path, ref, "PartySubTypeID", "party type '" + RecordProblem.cut(partyType)
                    + "' / sub-type '" + RecordProblem.cut(subType) + "' (PartySubTypeID " + subTypeId
                    + "); expected Individual, Entity, Vessel or Aircraft; kept as LegalEntity"));
            return Schema.LEGAL_ENTITY;
        }

        /** Maps every alias of every identity; false when the party has no primary Latin name. */
        private boolean names(OfacXmlParty p, OfacXmlElement profile) {
            boolean named = false;
            for (OfacXmlElement identity : profile.children("Identity")) {
                Map<String, String> partTypes = new HashMap<>();
                for (OfacXmlElement master : identity.list("NamePartGroups", "MasterNamePartGroup")) {
                    for (OfacXmlElement group : master.children("NamePartGroup")) {
                        partTypes.put(group.attr("ID"), refs.name("NamePartType", group.attr("NamePartTypeID")));
                    }
                }
                for (OfacXmlElement alias : identity.children("Alias")) {
                    named |= alias(p, alias, partTypes);
                }
            }
            return named;
        }

        /** One Alias; true when it gave the party its primary name. */
        private boolean alias(OfacXmlParty p, OfacXmlElement alias, Map<String, String> partTypes) {
            boolean primary = "true".equals(alias.attr("Primary"));
            String type = refs.name("AliasType", alias.attr("AliasTypeID"));
            String property;
            if ("F.K.A.".equalsIgnoreCase(type)) {
                property = Prop.PREVIOUS_NAME;
            } else if ("true".equals(alias.attr("LowQuality"))) {
                property = Prop.WEAK_ALIAS;
            } else {
                property = Prop.ALIAS;
            }
            boolean named = false;
            for (OfacXmlElement name : alias.children("DocumentedName")) {
                Map<String, List<String>> byType = new LinkedHashMap<>();
                List<String> rest = new ArrayList<>();
                List<String> last = new ArrayList<>();
                boolean latin = true;
                for (OfacXmlElement part : name.children("DocumentedNamePart")) {
                    OfacXmlElement value = part.child("NamePartValue");
                    if (value == null || value.text() == null) {
                        continue;
                    }
                    String script = refs.attr("Script", value.attr("ScriptID"), "ScriptCode");
                    latin &= script == null || script.equalsIgnoreCase("Latin");
                    // a group of no known type still contributes its text, after any last name
                    String partType = Objects.requireNonNullElse(partTypes.get(value.attr("NamePartGroupID")), "");
                    byType.computeIfAbsent(partType, k -> new ArrayList<>()).add(value.text());
                    (partType.equalsIgnoreCase("Last Name") ? last : rest).add(value.text());
                }
                String full = OfacXmlParty.fullName(String.join(" ", last), String.join(" ", rest));
                if (full == null || full.isBlank()) {
                    continue;
                }
                if (primary && latin && !p.entity().has(Prop.NAME)) {
                    p.entity().add(Prop.NAME, full);
                    if (p.isPerson()) {
                        p.entity().add(Prop.LAST_NAME, String.join(" ", last))
                                .addAll(Prop.FIRST_NAME, byType.getOrDefault("First Name", List.of()))
                                .addAll(Prop.MIDDLE_NAME, byType.getOrDefault("Middle Name", List.of()))
                                .addAll(Prop.FATHER_NAME, byType.getOrDefault("Patronymic", List.of()));
                    }
                    named = true;
                } else {
                    // original-script spellings of the primary name are names of the same party
                    p.entity().add(primary ? Prop.ALIAS : property, full);
                    if (!latin) {
                        report.count("original-script names");
                    }
                }
            }
            return named;
        }

        private void feature(Party party, OfacXmlElement feature) {
            OfacXmlParty p = party.party();
            String featureId = feature.attr("ID");
            String type = refs.name("FeatureType", feature.attr("FeatureTypeID"));
            if (type == null) {
                p.problem("FeatureTypeID", "unknown FeatureTypeID '" + RecordProblem.cut(feature.attr("FeatureTypeID")) + "'");
                return;
            }
            String raw = feature.toXml();
            for (OfacXmlElement version : feature.children("FeatureVersion")) {
                OfacXmlElement period = version.child("DatePeriod");
                if (period != null) {
                    List<String> dates = period(period);
                    if (dates.isEmpty()) {
                        p.problem(type, "unreadable date period '" + RecordProblem.cut(period.toXml()) + "'");
                    } else if (type.equalsIgnoreCase("Birthdate")) {
                        p.entity().addAll(Prop.BIRTH_DATE, dates);
                    } else {
                        p.fact(OfacXmlParty.Fact.of(featureId, type, dates.get(0), raw));
                    }
                }
                for (OfacXmlElement location : version.children("VersionLocation")) {
                    party.places().add(new PendingPlace(featureId, type, location.attr("LocationID"), raw));
                }
                for (OfacXmlElement detail : version.children("VersionDetail")) {
                    String value = detail.text();
                    if (value == null && detail.attr("DetailReferenceID") != null) {
                        value = refs.name("DetailReference", detail.attr("DetailReferenceID"));
                    }
                    if (value != null) {
                        p.fact(OfacXmlParty.Fact.of(featureId, type, value, raw));
                    }
                }
            }
        }

        private void relation(OfacXmlElement e, String path) {
            report.record();
            String relId = e.attr("ID");
            String from = e.attr("From-ProfileID");
            String to = e.attr("To-ProfileID");
            String type = refs.name("RelationType", e.attr("RelationTypeID"));
            if (from == null || to == null || type == null) {
                skip(path, relId, "RelationTypeID", "ProfileRelationship without both profiles or a known RelationTypeID");
                return;
            }
            relations.add(new Relation(relId, from, to, type, "true".equals(e.attr("Former")), e.toXml(), path));
        }

        private void entry(OfacXmlElement e, String path) {
            report.record();
            String entryId = e.attr("ID");
            String profileId = e.attr("ProfileID");
            if (entryId == null || profileId == null) {
                skip(path, entryId, "ProfileID", "SanctionsEntry without ID or ProfileID");
                return;
            }
            List<String> programs = new ArrayList<>();
            List<String> measures = new ArrayList<>();
            for (OfacXmlElement m : e.children("SanctionsMeasure")) {
                String type = refs.name("SanctionsType", m.attr("SanctionsTypeID"));
                // a measure of type "Program" names the programme in its comment
                if ("Program".equalsIgnoreCase(type)) {
                    if (m.childText("Comment") != null) {
                        programs.add(m.childText("Comment"));
                    }
                } else if (type != null) {
                    measures.add(type);
                } else {
                    report.count("unknown SanctionsTypeID");
                }
            }
            List<String> listed = new ArrayList<>();
            List<String> legalBases = new ArrayList<>();
            for (OfacXmlElement event : e.children("EntryEvent")) {
                LocalDate d = date(event.child("Date"), false);
                if (d != null) {
                    listed.add(d.toString());
                }
                String basis = refs.name("LegalBasis", event.attr("LegalBasisID"));
                if (basis != null && !basis.equalsIgnoreCase("Unknown")) {
                    legalBases.add(basis);
                }
            }
            String list = refs.name("List", e.attr("ListID"));
            entries.add(new Entry(entryId, profileId, list, programs, measures, listed, legalBases, e.toXml(), path));
        }

        /** Joins what was buffered by id: locations, documents, sanctions entries and relationships. */
        @Override
        public void join() {
            for (Party party : parties.values()) {
                for (PendingPlace pending : party.places()) {
                    place(party.party(), pending);
                }
            }
            for (Document d : documents) {
                Party party = partyOf(profileByIdentity.get(d.identityId()));
                if (party == null) {
                    skip(d.path(), d.id(), "IdentityID", "IDRegDocument for identity " + d.identityId() + ", which no DistinctParty has");
                } else {
                    party.party().fact(new OfacXmlParty.Fact(d.id(), d.type(), d.number(), d.country(), d.issued(), d.expires(),
                            d.authority(), d.raw()));
                }
            }
            for (Entry en : entries) {
                Party party = partyOf(en.profileId());
                if (party == null) {
                    skip(en.path(), en.id(), "ProfileID", "SanctionsEntry for profile " + en.profileId() + ", which no DistinctParty has");
                    continue;
                }
                OfacXmlParty p = party.party();
                p.entity().addAll(Prop.PROGRAM, en.programs());
                Entity.Builder s = p.sanction(p.id() + "-sanction-" + en.id(), en.id(), en.raw())
                        .addAll(Prop.PROGRAM, en.programs()).addAll(Prop.PROVISIONS, en.measures())
                        .addAll(Prop.LISTING_DATE, en.listed()).add(Prop.SUMMARY, en.list());
                en.legalBases().forEach(b -> s.add(Prop.NOTES, "Legal basis: " + b));
            }
            for (Party party : parties.values()) {
                if (!party.party().entity().has(Prop.PROGRAM)) {
                    report.count("party without a sanctions programme");
                }
            }
            for (Relation rel : relations) {
                relate(rel);
            }
        }

        private Party partyOf(String profileId) {
            return profileId == null ? null : parties.get(profileId);
        }

        private void place(OfacXmlParty p, PendingPlace pending) {
            Place place = pending.locationId() == null ? null : places.get(pending.locationId());
            if (place == null) {
                p.problem(pending.type(), "unknown LocationID '" + RecordProblem.cut(pending.locationId()) + "'");
            } else if (place.full().isEmpty()) {
                // OFAC gives many parties a Location whose only content is the area code "undetermined"
                report.count("empty locations");
            } else if (pending.type().equalsIgnoreCase("Location")) {
                p.address(place.full(), place.country());
            } else {
                p.fact(OfacXmlParty.Fact.of(pending.featureId(), pending.type(), place.full(), pending.raw()));
            }
        }

        private void relate(Relation rel) {
            Party from = partyOf(rel.from());
            Party to = partyOf(rel.to());
            if (from == null || to == null) {
                skip(rel.path(), rel.id(), from == null ? "From-ProfileID" : "To-ProfileID",
                        "ProfileRelationship between profiles " + rel.from() + " and " + rel.to() + ", not both in this file");
                return;
            }
            String fromId = from.party().id();
            String toId = to.party().id();
            String role = rel.former() ? rel.type() + " (former)" : rel.type();
            String linkId = fromId + "-link-" + toId.substring("ofac-".length());
            if (rel.type().equalsIgnoreCase(OWNED_OR_CONTROLLED_BY)) {
                from.party().link(linkId, Schema.OWNERSHIP, rel.id(), rel.raw())
                        .add(Prop.OWNER, toId).add(Prop.ASSET, fromId).add(Prop.ROLE, role);
            } else {
                from.party().link(linkId, Schema.UNKNOWN_LINK, rel.id(), rel.raw())
                        .add(Prop.SUBJECT, fromId).add(Prop.OBJECT, toId).add(Prop.ROLE, role);
            }
            report.count("relationship links");
        }

        private void skip(String path, String recordId, String field, String message) {
            report.skip(new RecordProblem(file, path, recordId, field, message));
        }

        /** A DatePeriod -> partial dates, from its start's From and its end's To. */
        private List<String> period(OfacXmlElement period) {
            if (period == null) {
                return List.of();
            }
            OfacXmlElement start = period.child("Start");
            OfacXmlElement end = period.child("End");
            LocalDate s = start == null ? null : firstOf(date(start.child("From"), false), date(start.child("To"), false));
            LocalDate e = end == null ? null : firstOf(date(end.child("To"), true), date(end.child("From"), true));
            return OfacXmlDates.period(s, e);
        }

        private static LocalDate firstOf(LocalDate a, LocalDate b) {
            return a != null ? a : b;
        }

        /**
         * A {@code Year/Month/Day} element as a date; a missing month or day is taken as the first
         * (or, for the end of a period, the last) one, so a year-only bound still spans its year.
         */
        private static LocalDate date(OfacXmlElement e, boolean endOfPeriod) {
            if (e == null || !OfacXmlSource.isDigits(e.childText("Year"))) {
                return null;
            }
            try {
                int year = Integer.parseInt(e.childText("Year"));
                String m = e.childText("Month");
                int month = OfacXmlSource.isDigits(m) ? Integer.parseInt(m) : endOfPeriod ? 12 : 1;
                String d = e.childText("Day");
                LocalDate first = LocalDate.of(year, month, 1);
                int day = OfacXmlSource.isDigits(d) ? Integer.parseInt(d) : endOfPeriod ? first.lengthOfMonth() : 1;
                return LocalDate.of(year, month, day);
            } catch (DateTimeException | NumberFormatException ex) {
                // out-of-range parts: the caller reports the element as unreadable
                return null;
            }
        }
    }
}
