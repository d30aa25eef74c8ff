package org.tradeguard.lists.ofac;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tradeguard.lists.IngestReport;
import org.tradeguard.lists.RecordProblem;
import org.tradeguard.model.Countries;
import org.tradeguard.model.Entity;
import org.tradeguard.model.Prop;
import org.tradeguard.model.Schema;

/**
 * One listed party while an OFAC XML file is read, shared by the classic and the advanced
 * reader so both map the same OFAC facts to the same properties: the entity itself, its
 * identity documents (FtM Identification / Passport) and the listing facts that go on its
 * Sanction entities. The classic {@code idList/id} and the advanced {@code Feature} use one
 * vocabulary of types ("Vessel Flag", "Website", "Executive Order 13662 Directive
 * Determination -" ...), mapped in {@link #fact}.
 */
final class OfacXmlParty {
    static final String AUTHORITY = "US Treasury OFAC";
    static final String TOPIC = "sanction";

    // FtM Vessel properties that Prop lacks
    static final String PAST_FLAGS = "pastFlags";
    static final String TONNAGE = "tonnage";
    static final String GROSS_REGISTERED_TONNAGE = "grossRegisteredTonnage";
    static final String BUILD_DATE = "buildDate";

    /** Identifier properties that also get an Identification entity; contact data and call signs do not. */
    private static final Set<String> DOCUMENT_PROPERTIES = Set.of(Prop.PASSPORT_NUMBER, Prop.ID_NUMBER,
            Prop.REGISTRATION_NUMBER, Prop.TAX_NUMBER, Prop.INN_CODE, Prop.OGRN_CODE, Prop.LEI_CODE, Prop.SWIFT_BIC,
            Prop.IMO_NUMBER, Prop.MMSI, Prop.SERIAL_NUMBER);

    /**
     * One typed value about a party: a classic {@code idList/id}, an advanced {@code Feature} or
     * {@code IDRegDocument}.
     *
     * @param sourceId  the id of the source element (id uid, feature or document ID)
     * @param type      the OFAC type as written ("Passport", "Vessel Flag", "SWIFT/BIC")
     * @param value     the value as written
     * @param country   the issuing country as written, or null
     * @param issued    ISO partial issue date, or null
     * @param expires   ISO partial expiry date, or null
     * @param authority the issuing authority as written (advanced {@code IssuingAuthority}), or null
     * @param raw       the source element as compact XML
     */
    record Fact(String sourceId, String type, String value, String country, String issued, String expires,
                String authority, String raw) {

        /** A fact that is a plain typed value: no country, dates or authority of its own. */
        static Fact of(String sourceId, String type, String value, String raw) {
            return new Fact(sourceId, type, value, null, null, null, null, raw);
        }
    }

    private final String dataset;
    private final String id;
    private final Schema schema;
    private final Entity.Builder entity;
    private final OfacXmlDraft draft;
    private final String file;
    private final String location;
    private final IngestReport.Builder report;
    private final List<OfacXmlDraft> related = new ArrayList<>();
    private final Set<String> relatedIds = new HashSet<>();
    private final Set<String> provisions = new LinkedHashSet<>();
    private final Set<String> sourceUrls = new LinkedHashSet<>();

    OfacXmlParty(String dataset, String id, Schema schema, String recordId, String raw, String file, String location,
                 IngestReport.Builder report) {
        this.dataset = dataset;
        this.id = id;
        this.schema = schema;
        this.entity = Entity.builder(id, schema, null).dataset(dataset).add(Prop.TOPICS, TOPIC);
        this.draft = new OfacXmlDraft(entity, recordId, raw);
        this.file = file;
        this.location = location;
        this.report = report;
    }

    String id() {
        return id;
    }

    Entity.Builder entity() {
        return entity;
    }

    String recordId() {
        return draft.recordId();
    }

    String raw() {
        return draft.raw();
    }

    boolean isPerson() {
        return schema == Schema.PERSON;
    }

    /** The party, its documents, sanctions and links, ready to build. */
    List<OfacXmlDraft> drafts() {
        List<OfacXmlDraft> all = new ArrayList<>(related.size() + 1);
        all.add(draft);
        all.addAll(related);
        return all;
    }

    /** "LAST, First" as OFAC prints a split name; either part alone when the other is missing. */
    static String fullName(String last, String rest) {
        if (last == null || last.isBlank()) {
            return rest;
        }
        return rest == null || rest.isBlank() ? last : last + ", " + rest;
    }

    /** The non-blank parts joined by ", ": how an address reads when OFAC gives it in parts. */
    static String joined(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                if (!sb.isEmpty()) {
                    sb.append(", ");
                }
                sb.append(part.strip());
            }
        }
        return sb.toString();
    }

    /** A name of the party under {@code property}; for a person's primary name also its parts. */
    void name(String property, String last, String rest) {
        entity.add(property, fullName(last, rest));
        if (property.equals(Prop.NAME) && isPerson()) {
            entity.add(Prop.LAST_NAME, last);
            entity.add(Prop.FIRST_NAME, rest);
        }
    }

    /** A country as written -> ISO code under {@code property}; unknown names are counted and dropped. */
    void country(String property, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        Countries.toCode(text).ifPresentOrElse(c -> entity.add(property, c),
                () -> report.count("unmapped country: " + text.strip()));
    }

    /** A classic-format date text under {@code property}; an unparseable one is dropped and reported. */
    void dateText(String property, String text, String field) {
        if (text == null) {
            return;
        }
        OfacXmlDates.parseText(text).ifPresentOrElse(ds -> entity.addAll(property, ds),
                () -> problem(field, "unparseable date '" + RecordProblem.cut(text)
                        + "'; expected e.g. '07 Mar 1965', 'Mar 1965', '1965', 'circa 1965' or '1960 to 1962'"));
    }

    /** A postal address: the full text and its country; a bare country is only a country. */
    void address(String full, String countryText) {
        if (full != null && !full.equals(countryText)) {
            entity.add(Prop.ADDRESS, full);
        }
        country(Prop.COUNTRY, countryText);
    }

    void problem(String field, String message) {
        report.problem(new RecordProblem(file, location, draft.recordId(), field, message));
    }

    /** Maps one OFAC fact by its type. */
    void fact(Fact f) {
        String type = f.type() == null ? "" : f.type().strip();
        String value = f.value();
        if (value == null || value.isBlank()) {
            report.count("fact without value: " + type);
            return;
        }
        switch (type.toLowerCase(Locale.ROOT)) {
            case "place of birth" -> entity.add(Prop.BIRTH_PLACE, value);
            case "nationality country" -> country(Prop.NATIONALITY, value);
            case "citizenship country" -> country(Prop.CITIZENSHIP, value);
            case "nationality of registration" -> {
                // where an organisation is registered: its jurisdiction, and a country it is tied to
                country(Prop.JURISDICTION, value);
                country(Prop.COUNTRY, value);
            }
            case "vessel flag" -> country(Prop.FLAG, value);
            case "former vessel flag", "other vessel flag" -> country(PAST_FLAGS, value);
            case "vessel call sign", "other vessel call sign" -> entity.add(Prop.CALL_SIGN, value);
            case "vessel type", "other vessel type" -> entity.add(Prop.TYPE, value);
            case "vessel owner" -> entity.add(Prop.NOTES, "Vessel owner: " + value.strip());
            case "vessel tonnage" -> entity.add(TONNAGE, value);
            case "vessel gross registered tonnage" -> entity.add(GROSS_REGISTERED_TONNAGE, value);
            case "vessel year of build" -> dateText(BUILD_DATE, value, type);
            case "organization established date" -> dateText(Prop.INCORPORATION_DATE, value, type);
            case "gender" -> entity.add(Prop.GENDER, value.strip().toLowerCase(Locale.ROOT));
            case "title" -> entity.add(Prop.POSITION, value);
            case "for more information, please see:" -> sourceUrls.add(value.strip());
            case "organization type:", "target type" -> entity.add(Prop.NOTES, type + " " + value.strip());
            default -> {
                // OFAC's informational pseudo-identifiers end in '-' or ':' ("Additional Sanctions
                // Information -", "Secondary sanctions risk:"): they describe the designation
                if (type.endsWith("-") || type.endsWith(":")) {
                    provisions.add(type + " " + value.strip());
                } else {
                    identifier(f, type, value.strip());
                }
            }
        }
    }

    private void identifier(Fact f, String type, String number) {
        String property = OfacIdentifiers.propertyFor(type, number);
        // numbers are kept exactly as listed: the matcher normalises
        entity.add(property, number);
        if (!DOCUMENT_PROPERTIES.contains(property)) {
            return;
        }
        String n = Integer.toString(relatedIds.size());
        String docId = unique(id + "-id-" + (f.sourceId() == null ? n : f.sourceId()), n);
        Schema schema = property.equals(Prop.PASSPORT_NUMBER) ? Schema.PASSPORT : Schema.IDENTIFICATION;
        Entity.Builder doc = Entity.builder(docId, schema, null).dataset(dataset)
                .add(Prop.HOLDER, id).add(Prop.NUMBER, number).add(Prop.TYPE, type)
                .add(Prop.START_DATE, f.issued()).add(Prop.END_DATE, f.expires()).add(Prop.AUTHORITY, f.authority());
        if (f.country() != null) {
            Countries.toCode(f.country()).ifPresentOrElse(c -> doc.add(Prop.COUNTRY, c),
                    () -> report.count("unmapped country: " + f.country().strip()));
        }
        related.add(new OfacXmlDraft(doc, f.sourceId(), f.raw()));
        report.count("identification entities");
    }

    /**
     * Starts a Sanction entity for this party, with the listing facts read so far (provisions,
     * information links); the caller adds programme, dates and list.
     */
    Entity.Builder sanction(String sanctionId, String recordId, String raw) {
        Entity.Builder s = Entity.builder(unique(sanctionId, recordId), Schema.SANCTION, null).dataset(dataset)
                .add(Prop.ENTITY, id).add(Prop.AUTHORITY, AUTHORITY)
                .addAll(Prop.PROVISIONS, provisions).addAll(Prop.SOURCE_URL, sourceUrls);
        related.add(new OfacXmlDraft(s, recordId, raw));
        return s;
    }

    /** A link entity between two listed parties, kept with this party's drafts. */
    Entity.Builder link(String linkId, Schema schema, String recordId, String raw) {
        Entity.Builder l = Entity.builder(unique(linkId, recordId), schema, null).dataset(dataset);
        related.add(new OfacXmlDraft(l, recordId, raw));
        return l;
    }

    /**
     * {@code base}, or {@code base-suffix} when this party already has an entity of that id (two
     * relationships between the same two parties, a source id used twice).
     */
    private String unique(String base, String suffix) {
        if (relatedIds.add(base)) {
            return base;
        }
        report.count("repeated derived entity id");
        String alt = base + "-" + suffix;
        relatedIds.add(alt);
        return alt;
    }
}
