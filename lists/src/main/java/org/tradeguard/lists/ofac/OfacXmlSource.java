package org.tradeguard.lists.ofac;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tradeguard.lists.IngestReport;
import org.tradeguard.lists.RecordProblem;
import org.tradeguard.model.Prop;
import org.tradeguard.model.Schema;

/**
 * OFAC "classic" XML: the {@code sdnList} schema of the legacy {@code sdn.xml} and of
 * {@code consolidated.xml} (non-SDN lists). One {@code sdnEntry} per listed party, streamed with
 * StAX (the full sdn.xml is about 100 MB): entity {@code ofac-<uid>}, its identity documents
 * {@code ofac-<uid>-id-<id uid>}, a Sanction {@code ofac-<uid>-sanction}, and an UnknownLink
 * {@code ofac-<uid>-link-<uid>} for each "Linked To:" in the remarks that names a party of the
 * same file.
 */
public final class OfacXmlSource extends OfacXmlListSource {
    public static final String SDN_ID = "ofac-sdn-xml";
    public static final String CONSOLIDATED_ID = "ofac-nonsdn-xml";

    /**
     * The namespaces the schema has been published under: tempuri sdnList (the files up to the
     * 2024 move to the Sanctions List Service), the consolidated.xsd target namespace, and the
     * Sanctions List Service export namespace.
     */
    static final Set<String> NAMESPACES = Set.of("http://tempuri.org/sdnList.xsd", "http://tempuri.org/consolidated.xsd",
            "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML");
    private static final String EXPECTED = "an OFAC classic XML list (sdn.xml or consolidated.xml, root sdnList)";
    /** {@code Publish_Date} is US-style month/day/year: "04/06/2018" is 6 April 2018. */
    private static final DateTimeFormatter PUBLISH_DATE = DateTimeFormatter.ofPattern("MM/dd/uuuu", Locale.ROOT);
    private static final String LINKED_TO = "Linked To:";

    public OfacXmlSource(String id, String title) {
        this(id, title, null);
    }

    /** @param publishedFallback the publication date when the file has no readable Publish_Date; may be null */
    public OfacXmlSource(String id, String title, LocalDate publishedFallback) {
        super(id, title, publishedFallback, "sdnList", NAMESPACES, EXPECTED);
    }

    /** The SDN list in classic XML ({@code sdn.xml}). */
    public static OfacXmlSource sdn() {
        return new OfacXmlSource(SDN_ID, "OFAC Specially Designated Nationals (classic XML)");
    }

    /** The consolidated non-SDN lists in classic XML ({@code consolidated.xml}). */
    public static OfacXmlSource consolidated() {
        return new OfacXmlSource(CONSOLIDATED_ID, "OFAC Consolidated Non-SDN List (classic XML)");
    }

    @Override
    Reading reading(String file, IngestReport.Builder report) {
        return new ClassicReading(file, report);
    }

    private final class ClassicReading implements Reading {
        private final String file;
        private final IngestReport.Builder report;
        private final Map<String, OfacXmlParty> parties = new LinkedHashMap<>();
        /** Party id -> names after "Linked To:" in its remarks, resolved once every entry is read. */
        private final Map<String, List<String>> linkedTo = new LinkedHashMap<>();
        private LocalDate published;
        private Integer recordCount;

        ClassicReading(String file, IngestReport.Builder report) {
            this.file = file;
            this.report = report;
        }

        @Override
        public LocalDate published() {
            return published;
        }

        @Override
        public Collection<OfacXmlParty> parties() {
            return parties.values();
        }

        @Override
        public void root(XMLStreamReader r) throws XMLStreamException {
            int entries = 0;
            while (OfacXmlStream.nextChild(r)) {
                switch (r.getLocalName()) {
                    case "publshInformation" -> publication(OfacXmlElement.read(r));
                    case "sdnEntry" -> {
                        entries++;
                        entry(OfacXmlElement.read(r), "/sdnList/sdnEntry[" + entries + "]");
                    }
                    default -> {
                        report.count("unexpected element: " + r.getLocalName());
                        OfacXmlStream.skip(r);
                    }
                }
            }
            if (recordCount != null && recordCount != entries) {
                report.problem(new RecordProblem(file, "/sdnList/publshInformation/Record_Count", "", "Record_Count",
                        "the file says " + recordCount + " entries but holds " + entries + " sdnEntry elements"));
            }
        }

        private void publication(OfacXmlElement e) {
            String date = e.childText("Publish_Date");
            if (date != null) {
                try {
                    published = LocalDate.parse(date, PUBLISH_DATE);
                } catch (DateTimeParseException ex) {
                    report.problem(new RecordProblem(file, "/sdnList/publshInformation/Publish_Date", "", "Publish_Date",
                            "unparseable date '" + RecordProblem.cut(date) + "'; expected MM/dd/yyyy"));
                }
            }
            String count = e.childText("Record_Count");
            // nine digits at most: the count of a list, never a number that overflows an int
            if (count != null && isDigits(count) && count.length() <= 9) {
                recordCount = Integer.valueOf(count);
            }
        }

        private void entry(OfacXmlElement e, String path) {
            report.record();
            String uid = e.childText("uid");
            if (uid == null || !isDigits(uid)) {
                skip(path, uid, "uid", "missing or non-numeric uid '" + RecordProblem.cut(uid) + "'");
                return;
            }
            String partyId = "ofac-" + uid;
            if (parties.containsKey(partyId)) {
                skip(path, uid, "uid", "duplicate uid " + uid + "; the first entry is kept");
                return;
            }
            String last = e.childText("lastName");
            String first = e.childText("firstName");
            if (last == null && first == null) {
                skip(path, uid, "lastName", "no name: lastName and firstName are empty");
                return;
            }
            String type = e.childText("sdnType");
            Schema schema = schema(type);
            if (schema == null) {
                report.problem(new RecordProblem(file, path, uid, "sdnType", "unknown sdnType '" + RecordProblem.cut(type)
                        + "'; expected Individual, Entity, Vessel or Aircraft; kept as LegalEntity"));
                schema = Schema.LEGAL_ENTITY;
            }
            String raw = e.toXml();
            OfacXmlParty p = new OfacXmlParty(id(), partyId, schema, uid, raw, file, path, report);
            p.name(Prop.NAME, last, first);
            p.entity().add(Prop.POSITION, e.childText("title"));
            remarks(p, e.childText("remarks"));
            for (OfacXmlElement program : e.list("programList", "program")) {
                p.entity().add(Prop.PROGRAM, program.text());
            }
            for (OfacXmlElement i : e.list("idList", "id")) {
                ids(p, i);
            }
            for (OfacXmlElement aka : e.list("akaList", "aka")) {
                aka(p, aka);
            }
            for (OfacXmlElement a : e.list("addressList", "address")) {
                p.address(OfacXmlParty.joined(a.childText("address1"), a.childText("address2"), a.childText("address3"),
                        a.childText("city"), a.childText("stateOrProvince"), a.childText("postalCode"),
                        a.childText("region"), a.childText("country")), a.childText("country"));
            }
            for (OfacXmlElement n : e.list("nationalityList", "nationality")) {
                p.country(Prop.NATIONALITY, n.childText("country"));
            }
            for (OfacXmlElement c : e.list("citizenshipList", "citizenship")) {
                p.country(Prop.CITIZENSHIP, c.childText("country"));
            }
            for (OfacXmlElement d : e.list("dateOfBirthList", "dateOfBirthItem")) {
                p.dateText(Prop.BIRTH_DATE, d.childText("dateOfBirth"), "dateOfBirth");
            }
            for (OfacXmlElement b : e.list("placeOfBirthList", "placeOfBirthItem")) {
                p.entity().add(Prop.BIRTH_PLACE, b.childText("placeOfBirth"));
            }
            OfacXmlElement vessel = e.child("vesselInfo");
            if (vessel != null) {
                vessel(p, vessel, uid);
            }
            // after the ids: the sanction takes the provisions and links they carried
            p.sanction(partyId + "-sanction", uid, raw).addAll(Prop.PROGRAM, p.entity().get(Prop.PROGRAM));
            parties.put(partyId, p);
        }

        private void ids(OfacXmlParty p, OfacXmlElement i) {
            String issued = firstDate(p, i.childText("issueDate"), "issueDate");
            String expires = firstDate(p, i.childText("expirationDate"), "expirationDate");
            p.fact(new OfacXmlParty.Fact(i.childText("uid"), i.childText("idType"), i.childText("idNumber"),
                    i.childText("idCountry"), issued, expires, null, i.toXml()));
        }

        private String firstDate(OfacXmlParty p, String text, String field) {
            if (text == null) {
                return null;
            }
            List<String> ds = OfacXmlDates.parseText(text).orElse(List.of());
            if (ds.isEmpty()) {
                p.problem(field, "unparseable date '" + RecordProblem.cut(text) + "'; expected e.g. '07 Mar 1965'");
                return null;
            }
            return ds.get(0);
        }

        private void aka(OfacXmlParty p, OfacXmlElement aka) {
            String type = aka.childText("type");
            String category = aka.childText("category");
            String property;
            if ("f.k.a.".equalsIgnoreCase(type)) {
                property = Prop.PREVIOUS_NAME;
            } else if ("weak".equalsIgnoreCase(category)) {
                property = Prop.WEAK_ALIAS;
            } else {
                property = Prop.ALIAS;
            }
            p.name(property, aka.childText("lastName"), aka.childText("firstName"));
        }

        private void vessel(OfacXmlParty p, OfacXmlElement v, String uid) {
            // the same type names as the advanced format's features, so both map alike
            String[][] facts = {
                {"callSign", "Vessel Call Sign"}, {"vesselType", "Vessel Type"}, {"vesselFlag", "Vessel Flag"},
                {"vesselOwner", "Vessel Owner"}, {"tonnage", "Vessel Tonnage"},
                {"grossRegisteredTonnage", "Vessel Gross Registered Tonnage"},
            };
            String raw = v.toXml();
            for (String[] f : facts) {
                String value = v.childText(f[0]);
                if (value != null) {
                    p.fact(OfacXmlParty.Fact.of(uid, f[1], value, raw));
                }
            }
        }

        private void remarks(OfacXmlParty p, String remarks) {
            if (remarks == null) {
                return;
            }
            p.entity().add(Prop.NOTES, remarks);
            int at = remarks.indexOf(LINKED_TO);
            while (at >= 0) {
                int start = at + LINKED_TO.length();
                int end = start;
                int depth = 0;
                // a name may hold parentheses of its own: "NIOC INTERNATIONAL AFFAIRS (LONDON) LIMITED)"
                while (end < remarks.length()) {
                    char c = remarks.charAt(end);
                    if (depth == 0 && (c == ')' || c == ';')) {
                        break;
                    }
                    if (c == '(') {
                        depth++;
                    } else if (c == ')') {
                        depth--;
                    }
                    end++;
                }
                String name = remarks.substring(start, end).strip();
                if (name.endsWith(".")) {
                    name = name.substring(0, name.length() - 1).strip();
                }
                if (!name.isEmpty()) {
                    linkedTo.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(name);
                }
                at = remarks.indexOf(LINKED_TO, end);
            }
        }

        /** Resolves "Linked To:" names against the primary names, then the aliases, of this file. */
        @Override
        public void join() {
            Map<String, String> byName = new HashMap<>();
            Map<String, String> byAlias = new HashMap<>();
            for (OfacXmlParty p : parties.values()) {
                p.entity().get(Prop.NAME).forEach(n -> byName.putIfAbsent(n.toUpperCase(Locale.ROOT), p.id()));
                p.entity().get(Prop.ALIAS).forEach(n -> byAlias.putIfAbsent(n.toUpperCase(Locale.ROOT), p.id()));
            }
            linkedTo.forEach((from, names) -> {
                OfacXmlParty p = parties.get(from);
                Set<String> done = new HashSet<>();
                for (String name : names) {
                    String key = name.toUpperCase(Locale.ROOT);
                    String to = byName.getOrDefault(key, byAlias.get(key));
                    if (to == null) {
                        report.count("linked-to party not in this file");
                    } else if (!to.equals(from) && done.add(to)) {
                        String uid = to.substring("ofac-".length());
                        p.link(from + "-link-" + uid, Schema.UNKNOWN_LINK, p.recordId(), p.raw())
                                .add(Prop.SUBJECT, from).add(Prop.OBJECT, to).add(Prop.ROLE, "Linked To");
                        report.count("linked-to links");
                    }
                }
            });
        }

        private void skip(String path, String recordId, String field, String message) {
            report.skip(new RecordProblem(file, path, recordId, field, message));
        }
    }

    private static Schema schema(String sdnType) {
        if (sdnType == null) {
            return null;
        }
        return switch (sdnType.strip().toLowerCase(Locale.ROOT)) {
            case "individual" -> Schema.PERSON;
            case "entity" -> Schema.ORGANIZATION;
            case "vessel" -> Schema.VESSEL;
            case "aircraft" -> Schema.AIRCRAFT;
            default -> null;
        };
    }

    /** True for a non-empty run of ASCII digits, as OFAC writes uids and ids. */
    static boolean isDigits(String s) {
        return s != null && !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
