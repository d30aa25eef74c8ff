package org.tradeguard.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tradeguard.model.Entity;
import org.tradeguard.model.PartialDate;
import org.tradeguard.model.Prop;
import org.tradeguard.model.Schema;

/**
 * Sets whose labels come from links between authorities rather than from names: a UK subject's
 * UN reference number, a CSL row's OFAC entity number, a shared passport, IMO or registration
 * number. Each set is meant to be screened against the expected authority's list only, so the
 * query cannot find its own record.
 */
final class LinkedSets {
    private LinkedSets() {}

    static final String UK_UN = "uk-un-crosslist.tsv";
    static final String TRANSLITERATION = "transliteration.tsv";
    static final String FTM_SCRIPTS = "ftm-scripts.tsv";

    /** Shorter identifiers ("12345") are too often reused across countries to link two records. */
    static final int MIN_IDENTIFIER_LENGTH = 6;

    // ---- b. UK subjects -> UN entries ------------------------------------------------------------

    static List<EvalRow> ukToUn(ListIndex index, BuildReport.Section report) {
        int withRef = 0;
        Set<String> unknownRefs = new TreeSet<>();
        for (Entity uk : index.screenable(ListIndex.UK)) {
            if (!uk.get(Prop.UNSC_ID).isEmpty()) {
                withRef++;
                if (uk.get(Prop.UNSC_ID).stream().noneMatch(index::knownUnRef)) {
                    unknownRefs.addAll(uk.get(Prop.UNSC_ID));
                }
            }
        }
        List<EvalRow> out = new ArrayList<>();
        int identical = 0;
        int schemaLeftOpen = 0;
        int tooShort = 0;
        int subjects = 0;
        for (var link : index.ukSubjectsByUnId().entrySet()) {
            Entity un = index.get(link.getKey()).orElseThrow();
            Set<String> unNames = folded(ListIndex.names(un));
            for (Entity uk : link.getValue()) {
                subjects++;
                Schema schema = uk.schema().compatibleWith(un.schema()) ? uk.schema() : null;
                if (schema == null) {
                    schemaLeftOpen++;
                }
                Set<String> seen = new HashSet<>();
                for (String prop : List.of(Prop.NAME, Prop.ALIAS)) {
                    for (String name : uk.get(prop)) {
                        if (NameKeys.letterCount(name) <= 3) {
                            tooShort++;
                            continue;
                        }
                        String f = NameKeys.fold(name);
                        if (!seen.add(f)) {
                            continue;
                        }
                        boolean same = unNames.contains(f);
                        if (same) {
                            identical++;
                        }
                        out.add(EvalRow.positive(name, schema, List.of(un.id()), String.format(Locale.ROOT,
                                "uk %s of %s (UN %s)%s%s", prop, uk.id(), un.id().substring(3),
                                same ? "; identical to a UN name after folding" : "",
                                schema == null ? "; schema left open: UK " + uk.schema().code() + ", UN " + un.schema().code() : "")));
                    }
                }
            }
        }
        out.sort(EvalRow.ORDER);
        report.cases = out.size();
        report.count("UK subjects with a UN reference", withRef);
        report.count("UK subjects whose reference is in the bundled UN list", subjects + index.suspectLinks().size());
        report.line(String.format(Locale.ROOT, "left out, no word in common with the UN entry (suspected wrong reference "
                + "in the UK data): %,d%s", index.suspectLinks().size(), index.suspectLinks().isEmpty() ? ""
                : ": " + String.join("; ", index.suspectLinks())));
        report.line(String.format(Locale.ROOT, "UN references not in the bundled UN list (left out): %,d%s", unknownRefs.size(),
                unknownRefs.isEmpty() ? "" : ", e.g. " + String.join(", ", unknownRefs.stream().limit(8).toList())));
        report.count("cases from UK primary names and good-quality aliases", out.size());
        report.count("of which identical to a UN name after folding (kept; marked in the note)", identical);
        report.count("UK names of 3 letters or fewer (left out)", tooShort);
        report.count("subjects whose UK schema is incompatible with the UN one (schema column left empty)", schemaLeftOpen);
        return out;
    }

    // ---- c. UN original-script names -> UK subjects ---------------------------------------------

    static List<EvalRow> transliteration(ListIndex index, BuildReport.Section report) {
        TreeMap<String, Integer> byScript = new TreeMap<>();
        int withoutUk = 0;
        List<EvalRow> out = new ArrayList<>();
        for (Entity un : index.screenable(ListIndex.UN)) {
            List<Entity> uks = index.ukSubjectsByUnId().getOrDefault(un.id(), List.of());
            Set<String> seen = new HashSet<>();
            for (String name : ListIndex.names(un)) {
                Character.UnicodeScript script = NameKeys.nonLatinScript(name);
                // two letters: a Chinese or Korean name of two or three syllables is a whole name
                if (script == null || NameKeys.letterCount(name) < 2 || !seen.add(NameKeys.fold(name))) {
                    continue;
                }
                if (uks.isEmpty()) {
                    withoutUk++;
                    continue;
                }
                Schema schema = un.schema();
                for (Entity uk : uks) {
                    if (!uk.schema().compatibleWith(un.schema())) {
                        schema = null;
                    }
                }
                byScript.merge(NameKeys.scriptName(script), 1, Integer::sum);
                out.add(EvalRow.positive(name, schema, uks.stream().map(Entity::id).toList(),
                        "UN " + NameKeys.scriptName(script) + " name of " + un.id() + "; UK: " + uks.get(0).caption()));
            }
        }
        out.sort(EvalRow.ORDER);
        report.cases = out.size();
        byScript.forEach((script, n) -> report.count("script " + script, n));
        report.count("UN non-Latin names whose reference no bundled UK subject carries (left out)", withoutUk);
        return out;
    }

    /** OpenSanctions entities with Latin and non-Latin names: query a non-Latin name, expect the entity. */
    static List<EvalRow> ftmScripts(ListIndex index, BuildReport.Section report) {
        List<Entity> entities = index.screenable(ListIndex.OPENSANCTIONS);
        TreeMap<String, TreeSet<String>> owners = index.owners(ListIndex.OPENSANCTIONS);
        TreeMap<String, Integer> byScript = new TreeMap<>();
        int shared = 0;
        int mixed = 0;
        List<EvalRow> out = new ArrayList<>();
        for (Entity e : entities) {
            List<String> names = ListIndex.names(e);
            String latin = names.stream().filter(NameKeys::isLatin).findFirst().orElse(null);
            if (latin == null) {
                continue;
            }
            Set<String> seen = new HashSet<>();
            boolean any = false;
            for (String name : names) {
                Character.UnicodeScript script = NameKeys.nonLatinScript(name);
                String f = NameKeys.fold(name);
                if (script == null || NameKeys.letterCount(name) < 2 || !seen.add(f)) {
                    continue;
                }
                if (owners.get(f).size() > 1) {
                    shared++;
                    continue;
                }
                any = true;
                byScript.merge(NameKeys.scriptName(script), 1, Integer::sum);
                out.add(EvalRow.positive(name, e.schema(), List.of(e.id()),
                        "opensanctions " + NameKeys.scriptName(script) + " name; Latin: " + latin));
            }
            if (any) {
                mixed++;
            }
        }
        out.sort(EvalRow.ORDER);
        report.cases = out.size();
        report.count("OpenSanctions entities with Latin and non-Latin names", mixed);
        byScript.forEach((script, n) -> report.count("script " + script, n));
        report.count("non-Latin names shared by several entities (left out)", shared);
        return out;
    }

    // ---- d. the same party written by two authorities -------------------------------------------

    /**
     * One side of a link: a UK subject and its UN entry, or ({@code un} null) a subject of the UK's
     * own regimes, which carries no UN reference.
     */
    private record Party(Entity uk, Entity un) {
        /** What {@link OfacLinker} counts as one party: the UN entry, or the UK subject alone. */
        String id() {
            return un != null ? un.id() : "uk:" + uk.id();
        }

        List<Entity> records() {
            return un == null ? List.of(uk) : List.of(uk, un);
        }
    }

    /** A party tied to one OFAC SDN entry, {@code by} "identifier" or "name". */
    private record Link(Party party, Entity ofac, String by) {
        Entity uk() {
            return party.uk();
        }

        Entity un() {
            return party.un();
        }
    }

    /**
     * Ties UK/UN parties to OFAC SDN entries: by a shared passport, IMO or registration number,
     * else by an equal name after folding, when the birth dates do not disagree and no other UN
     * or UK party bears a name of the OFAC entry. A party that several OFAC entries fit is left out.
     */
    private static final class OfacLinker {
        private final ListIndex index;
        private final TreeMap<String, TreeSet<String>> ofacByName = new TreeMap<>();
        private final TreeMap<String, TreeSet<String>> ofacById = new TreeMap<>();
        /** Folded name -> the {@link Party#id} of every UN entry and UK subject that carries it. */
        private final TreeMap<String, TreeSet<String>> partiesByName = new TreeMap<>();
        int ambiguous;
        int datesConflict;
        int sharedName;

        OfacLinker(ListIndex index) {
            this.index = index;
            for (Entity o : index.screenable(ListIndex.OFAC_SDN)) {
                ListIndex.names(o).forEach(n -> ofacByName.computeIfAbsent(NameKeys.fold(n), k -> new TreeSet<>()).add(o.id()));
                identifiers(o).forEach(id -> ofacById.computeIfAbsent(id, k -> new TreeSet<>()).add(o.id()));
            }
            for (Entity un : index.screenable(ListIndex.UN)) {
                ListIndex.names(un).forEach(n -> partiesByName.computeIfAbsent(NameKeys.fold(n), k -> new TreeSet<>()).add(un.id()));
            }
            for (Entity uk : index.screenable(ListIndex.UK)) {
                String party = new Party(uk, index.unEntryOf(uk).orElse(null)).id();
                ListIndex.names(uk).forEach(n -> partiesByName.computeIfAbsent(NameKeys.fold(n), k -> new TreeSet<>()).add(party));
            }
        }

        List<Link> link(List<Party> parties) {
            List<Link> links = new ArrayList<>();
            for (Party party : parties) {
                Entity uk = party.uk();
                TreeSet<String> byId = new TreeSet<>();
                TreeSet<String> byName = new TreeSet<>();
                for (Entity e : party.records()) {
                    identifiers(e).forEach(id -> byId.addAll(ofacById.getOrDefault(id, new TreeSet<>())));
                    ListIndex.names(e).forEach(n -> byName.addAll(ofacByName.getOrDefault(NameKeys.fold(n), new TreeSet<>())));
                }
                byId.removeIf(id -> !index.get(id).orElseThrow().schema().compatibleWith(uk.schema()));
                byName.removeIf(id -> !index.get(id).orElseThrow().schema().compatibleWith(uk.schema()));
                int before = byName.size();
                byName.removeIf(id -> datesDisagree(index.get(id).orElseThrow(), party.records()));
                datesConflict += before - byName.size();
                before = byName.size();
                byName.removeIf(id -> ListIndex.names(index.get(id).orElseThrow()).stream()
                        .anyMatch(n -> !partiesByName.getOrDefault(NameKeys.fold(n), new TreeSet<>()).stream().allMatch(party.id()::equals)));
                sharedName += before - byName.size();
                TreeSet<String> chosen = !byId.isEmpty() ? byId : byName;
                if (chosen.size() > 1) {
                    ambiguous++;
                } else if (chosen.size() == 1) {
                    links.add(new Link(party, index.get(chosen.first()).orElseThrow(), byId.isEmpty() ? "name" : "identifier"));
                }
            }
            return links;
        }

        String describe(String what, List<Link> links) {
            long byIdentifier = links.stream().filter(l -> l.by().equals("identifier")).count();
            return String.format(Locale.ROOT, "links %s = OFAC SDN entry: %,d (%,d by a shared passport, "
                            + "IMO or registration number, %,d by an equal name after folding); UK subjects left out because "
                            + "several OFAC entries fit: %,d; name-only candidates rejected for conflicting birth dates: %,d, "
                            + "because another UN or UK party bears one of their names: %,d",
                    what, links.size(), byIdentifier, links.size() - byIdentifier, ambiguous, datesConflict, sharedName);
        }
    }

    /** File name -> rows, in a fixed order; sections are added to the report as "cross-list-*.tsv". */
    static Map<String, List<EvalRow>> crossList(ListIndex index, BuildReport report) {
        List<Party> parties = new ArrayList<>();
        for (var entry : index.ukSubjectsByUnId().entrySet()) {
            Entity un = index.get(entry.getKey()).orElseThrow();
            entry.getValue().forEach(uk -> parties.add(new Party(uk, un)));
        }
        OfacLinker linker = new OfacLinker(index);
        List<Link> links = linker.link(parties);
        String how = linker.describe("UK subject = UN entry", links);

        Map<String, List<EvalRow>> out = new LinkedHashMap<>();
        TreeMap<String, TreeSet<String>> ukToOfac = new TreeMap<>();
        TreeMap<String, TreeSet<String>> ofacToUk = new TreeMap<>();
        TreeMap<String, TreeSet<String>> unToOfac = new TreeMap<>();
        TreeMap<String, TreeSet<String>> ofacToUn = new TreeMap<>();
        for (Link l : links) {
            ukToOfac.computeIfAbsent(l.uk().id(), k -> new TreeSet<>()).add(l.ofac().id());
            ofacToUk.computeIfAbsent(l.ofac().id(), k -> new TreeSet<>()).add(l.uk().id());
            unToOfac.computeIfAbsent(l.un().id(), k -> new TreeSet<>()).add(l.ofac().id());
            ofacToUn.computeIfAbsent(l.ofac().id(), k -> new TreeSet<>()).add(l.un().id());
        }
        direction(index, report, out, "", "uk", "ofac", "ofac", ukToOfac, how, false);
        direction(index, report, out, "", "ofac", "uk", "uk", ofacToUk, how, false);
        direction(index, report, out, "", "un", "ofac", "ofac", unToOfac, how, false);
        direction(index, report, out, "", "ofac", "un", "un", ofacToUn, how, false);
        direction(index, report, out, "", "uk", "ofac", "ofac", ukToOfac, how, true);
        direction(index, report, out, "", "ofac", "uk", "uk", ofacToUk, how, true);
        direction(index, report, out, "", "un", "ofac", "ofac", unToOfac, how, true);
        direction(index, report, out, "", "ofac", "un", "un", ofacToUn, how, true);

        TreeMap<String, TreeSet<String>> cslToOfac = new TreeMap<>();
        TreeMap<String, TreeSet<String>> ofacToCsl = new TreeMap<>();
        int cslSdnRows = 0;
        int notInSdn = 0;
        for (Entity c : index.screenable(ListIndex.CSL)) {
            if (!ListIndex.cslFromSdn(c)) {
                continue;
            }
            cslSdnRows++;
            Optional<Entity> o = index.ofacEntry(ListIndex.cslOfacNumber(c)).filter(x -> ListIndex.source(x).equals(ListIndex.OFAC_SDN));
            if (o.isEmpty()) {
                notInSdn++;
                continue;
            }
            cslToOfac.computeIfAbsent(c.id(), k -> new TreeSet<>()).add(o.get().id());
            ofacToCsl.computeIfAbsent(o.get().id(), k -> new TreeSet<>()).add(c.id());
        }
        String cslHow = String.format(Locale.ROOT, "CSL rows of source SDN: %,d; their entity_number is an ent_num of the "
                + "bundled SDN file: %,d; not in it (left out): %,d", cslSdnRows, cslSdnRows - notInSdn, notInSdn);
        direction(index, report, out, "", "csl", "ofac", "ofac", cslToOfac, cslHow, false);
        direction(index, report, out, "", "ofac", "csl", "csl", ofacToCsl, cslHow, false);

        // The UK's own designations (no UN reference): written after the matcher was tuned, and
        // split in two by a hash of the UK id. The dev half may be read while tuning; the held-out
        // half is only ever run (eval/README.md, "Held out").
        // Persons and organisations only, as the recall target says: a vessel tied by its IMO number
        // has most often been renamed, which no name can show.
        List<Party> own = new ArrayList<>();
        List<Party> vessels = new ArrayList<>();
        int craft = 0;
        for (Entity uk : index.screenable(ListIndex.UK)) {
            if (!uk.get(Prop.UNSC_ID).isEmpty()) {
                continue;
            }
            if (uk.schema() == Schema.VESSEL || uk.schema() == Schema.AIRCRAFT) {
                craft++;
                if (uk.schema() == Schema.VESSEL) {
                    vessels.add(new Party(uk, null));
                }
            } else {
                own.add(new Party(uk, null));
            }
        }
        OfacLinker ownLinker = new OfacLinker(index);
        List<Link> ownLinks = ownLinker.link(own);
        String ownHow = ownLinker.describe("UK subject of the UK's own regimes (person or organisation)", ownLinks)
                + String.format(Locale.ROOT, "; vessels and aircraft left out: %,d", craft)
                + "; split by the SHA-256 of the UK id: even first byte dev (this folder), odd held out (" + HELD_OUT + ")";
        for (String folder : List.of("", HELD_OUT)) {
            TreeMap<String, TreeSet<String>> ukOwnToOfac = new TreeMap<>();
            TreeMap<String, TreeSet<String>> ofacToUkOwn = new TreeMap<>();
            for (Link l : ownLinks) {
                if (heldOut(l.uk()) == folder.equals(HELD_OUT)) {
                    ukOwnToOfac.computeIfAbsent(l.uk().id(), k -> new TreeSet<>()).add(l.ofac().id());
                    ofacToUkOwn.computeIfAbsent(l.ofac().id(), k -> new TreeSet<>()).add(l.uk().id());
                }
            }
            direction(index, report, out, folder, "ukown", "ofac", "ofac", ukOwnToOfac, ownHow, false);
            direction(index, report, out, folder, "ofac", "ukown", "uk", ofacToUkOwn, ownHow, false);
            direction(index, report, out, folder, "ukown", "ofac", "ofac", ukOwnToOfac, ownHow, true);
            direction(index, report, out, folder, "ofac", "ukown", "uk", ofacToUkOwn, ownHow, true);
        }
        vesselsByImo(index, report, out, vessels);
        return out;
    }

    static final String VESSELS = "cross-list-vessels-ukown-to-ofac.tsv";

    /**
     * Vessels of the UK's own designations tied to an OFAC SDN vessel by IMO number, whose UK name
     * is not a name of the OFAC entry (most were renamed): the UK name screened with the UK's IMO
     * number must find the OFAC vessel. This measures identifiers, not names.
     */
    private static void vesselsByImo(ListIndex index, BuildReport report, Map<String, List<EvalRow>> out, List<Party> vessels) {
        BuildReport.Section section = report.section(VESSELS, "ofac", "UK vessels (own regimes) -> the OFAC SDN "
                + "vessel with the same IMO number, queried by the UK name with the IMO number in the id column; "
                + "only where the UK name is not a name of the OFAC entry. Screen against the OFAC SDN list only.");
        List<EvalRow> rows = new ArrayList<>();
        int linked = 0;
        int sameName = 0;
        for (Link l : new OfacLinker(index).link(vessels)) {
            if (!l.by().equals("identifier") || l.ofac().schema() != Schema.VESSEL) {
                continue;
            }
            linked++;
            String name = l.uk().first(Prop.NAME);
            if (name == null || folded(ListIndex.names(l.ofac())).contains(NameKeys.fold(name))) {
                sameName++;
                continue;
            }
            rows.add(EvalRow.positive(name, Schema.VESSEL, List.of(l.ofac().id()), "UK vessel " + l.uk().id()
                    + "; OFAC SDN: " + l.ofac().caption()).withIds(l.uk().get(Prop.IMO_NUMBER)));
        }
        rows.sort(EvalRow.ORDER);
        section.count("UK vessels tied to an OFAC SDN vessel by IMO number", linked);
        section.count("dropped: the UK name is a name of the OFAC entry", sameName);
        section.cases = rows.size();
        out.put(VESSELS, rows);
    }

    /** The folder of the held-out sets, inside the eval folder. */
    static final String HELD_OUT = "heldout/";

    /** True for the half of the UK subjects whose sets are held out: odd first byte of SHA-256(id). */
    static boolean heldOut(Entity uk) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(uk.id().getBytes(StandardCharsets.UTF_8));
            return (h[0] & 1) == 1;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * One direction of the links: the query entry's primary name, or (with {@code byAliases}) each
     * of its strong aliases, expected the other entry. A query equal to a name of the expected
     * entry after folding tests nothing and is dropped. The alias sets were added after the
     * matcher was tuned on the primary-name sets, as a check not looked at while tuning (see
     * eval/README.md).
     */
    private static void direction(ListIndex index, BuildReport report, Map<String, List<EvalRow>> out, String folder,
                                  String from, String to, String lists, TreeMap<String, TreeSet<String>> pairs, String how,
                                  boolean byAliases) {
        String file = folder + (byAliases ? "cross-list-aliases-" : "cross-list-") + from + "-to-" + to + ".tsv";
        BuildReport.Section section = report.section(file, lists, byAliases
                ? String.format(Locale.ROOT, "The same links as cross-list-%s-to-%s, queried by each strong alias of the %s "
                        + "entry instead of its primary name. Screen against the %s list only.", from, to, label(from), label(to))
                : String.format(Locale.ROOT, "The same party as written by two authorities: the %s primary name, expected the "
                        + "%s entry. Screen against the %s list only.", label(from), label(to), label(lists)));
        section.line(how);
        List<EvalRow> rows = new ArrayList<>();
        int identical = 0;
        int queries = 0;
        for (var p : pairs.entrySet()) {
            Entity q = index.get(p.getKey()).orElseThrow();
            Schema schema = q.schema();
            Set<String> expectedNames = new HashSet<>();
            for (String id : p.getValue()) {
                Entity x = index.get(id).orElseThrow();
                expectedNames.addAll(folded(ListIndex.names(x)));
                if (!q.schema().compatibleWith(x.schema())) {
                    schema = null;
                }
            }
            Entity first = index.get(p.getValue().first()).orElseThrow();
            String primary = q.first(Prop.NAME);
            List<String> asked = byAliases ? List.copyOf(new TreeSet<>(q.get(Prop.ALIAS)))
                    : primary == null ? List.of() : List.of(primary);
            for (String query : asked) {
                queries++;
                if (expectedNames.contains(NameKeys.fold(query))) {
                    identical++;
                    continue;
                }
                rows.add(EvalRow.positive(query, schema, List.copyOf(p.getValue()), label(from) + " " + q.id()
                        + (byAliases ? " alias" : "") + "; " + label(to) + ": " + first.caption()));
            }
        }
        rows.sort(EvalRow.ORDER);
        section.count("pairs", pairs.size());
        if (byAliases) {
            section.count("strong aliases of the query entries", queries);
            section.count("dropped: the alias equals a name of the expected entry after folding", identical);
        } else {
            section.count("dropped: the query equals a name of the expected entry after folding", identical);
        }
        section.cases = rows.size();
        out.put(file, rows);
    }

    private static String label(String source) {
        return switch (source) {
            case "uk" -> "UK";
            case "ukown" -> "UK (own regimes, no UN reference)";
            case "un" -> "UN";
            case "ofac" -> "OFAC SDN";
            case "csl" -> "CSL";
            default -> source;
        };
    }

    private static Set<String> folded(List<String> names) {
        Set<String> out = new HashSet<>();
        names.forEach(n -> out.add(NameKeys.fold(n)));
        return out;
    }

    /**
     * Passport, IMO and registration numbers, upper-case letters and digits only; IMO numbers as
     * their seven digits. Short or digit-less values are left out (see {@link #MIN_IDENTIFIER_LENGTH}).
     */
    static Set<String> identifiers(Entity e) {
        Set<String> out = new TreeSet<>();
        for (String prop : List.of(Prop.PASSPORT_NUMBER, Prop.IMO_NUMBER, Prop.REGISTRATION_NUMBER)) {
            for (String v : e.get(prop)) {
                StringBuilder sb = new StringBuilder();
                boolean digit = false;
                for (int i = 0; i < v.length(); i++) {
                    char c = Character.toUpperCase(v.charAt(i));
                    if ((c >= '0' && c <= '9')) {
                        sb.append(c);
                        digit = true;
                    } else if (c >= 'A' && c <= 'Z' && !prop.equals(Prop.IMO_NUMBER)) {
                        sb.append(c);
                    }
                }
                if (digit && sb.length() >= MIN_IDENTIFIER_LENGTH) {
                    out.add(prop + ":" + sb);
                }
            }
        }
        return out;
    }

    /** True when both sides give birth dates and none of one agrees with any of the other. */
    private static boolean datesDisagree(Entity ofac, List<Entity> others) {
        List<PartialDate> a = dates(ofac);
        List<PartialDate> b = new ArrayList<>();
        others.forEach(o -> b.addAll(dates(o)));
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        for (PartialDate x : a) {
            for (PartialDate y : b) {
                if (x.agreesWith(y)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<PartialDate> dates(Entity e) {
        return e.get(Prop.BIRTH_DATE).stream().map(PartialDate::parseIso).flatMap(Optional::stream).toList();
    }
}
