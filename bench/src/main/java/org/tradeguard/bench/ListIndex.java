package org.tradeguard.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tradeguard.model.Entity;
import org.tradeguard.model.Prop;
import org.tradeguard.model.Schema;

/**
 * The loaded list entities as the set builders need them: screenable entities by source, sorted
 * by id, and the links between sources that the authorities themselves publish (a UK subject's
 * UN reference number, a CSL row's OFAC entity number). Sorted maps only, so nothing depends on
 * hash order.
 */
final class ListIndex {

    static final String OFAC_SDN = "ofac-sdn";
    static final String UN = "un";
    static final String UK = "uk";
    static final String CSL = "csl";
    static final String OPENSANCTIONS = "opensanctions";

    static final String OFAC_NONSDN = "ofac-nonsdn";

    /**
     * CSL list codes of the Treasury (OFAC) lists. Their rows have {@code _id} = {@code entity_number}
     * = OFAC's ent_num, so their ids are {@code csl-<code>-<ent_num>} ({@code csl-sdn-48621}).
     */
    static final List<String> CSL_TREASURY_CODES = List.of("sdn", "ssi", "plc", "cmic", "ns-mbs", "fse", "cap");

    private final TreeMap<String, List<Entity>> bySource = new TreeMap<>();
    private final TreeMap<String, Entity> byId = new TreeMap<>();
    private final TreeSet<String> nameless = new TreeSet<>();
    private final List<String> suspectLinks = new ArrayList<>();
    private final Set<String> unlinked = new TreeSet<>();
    /** UN reference (as in the id, {@code un-<ref>}), upper-cased -> the UN entity. */
    private final TreeMap<String, Entity> unByRef = new TreeMap<>();
    /** UN id -> the UK subjects that carry its reference. */
    private final TreeMap<String, List<Entity>> ukByUnId = new TreeMap<>();
    /** OFAC ent_num -> the CSL rows of Treasury lists with that entity_number. */
    private final TreeMap<String, List<Entity>> cslByOfacNumber = new TreeMap<>();

    ListIndex(List<Entity> entities) {
        List<Entity> sorted = new ArrayList<>(entities.stream().filter(ListIndex::screenable).toList());
        sorted.sort(Comparator.comparing(Entity::id));
        for (Entity e : sorted) {
            if (e.get(Prop.NAME).isEmpty()) {
                nameless.add(e.id()); // the screener indexes only entities with a name: no case can find them
                continue;
            }
            if (byId.putIfAbsent(e.id(), e) != null) {
                continue; // the same id twice (a delta re-adding an entity): the first one stands
            }
            bySource.computeIfAbsent(source(e), k -> new ArrayList<>()).add(e);
            if (source(e).equals(UN) && e.id().startsWith("un-")) {
                unByRef.put(refKey(e.id().substring(3)), e);
            }
        }
        for (Entity e : screenable(CSL)) {
            String n = cslOfacNumber(e);
            if (n != null) {
                cslByOfacNumber.computeIfAbsent(n, k -> new ArrayList<>()).add(e);
            }
        }
        for (Entity e : screenable(UK)) {
            Optional<Entity> un = unEntryOf(e);
            if (un.isEmpty()) {
                continue;
            }
            if (shareAWord(e, un.get())) {
                ukByUnId.computeIfAbsent(un.get().id(), k -> new ArrayList<>()).add(e);
            } else {
                suspectLinks.add(e.id() + " \"" + e.caption() + "\" -> " + un.get().id() + " \"" + un.get().caption() + "\"");
                unlinked.add(e.id());
            }
        }
    }

    /** Parties and assets: the schemata a screening compares (not sanctions, addresses or links). */
    static boolean screenable(Entity e) {
        Schema s = e.schema();
        return s.isA(Schema.LEGAL_ENTITY) || s == Schema.VESSEL || s == Schema.AIRCRAFT;
    }

    static String source(Entity e) {
        return e.provenance().source();
    }

    /** The names a screening is meant to trigger on: name, alias, previousName (weak aliases left out). */
    static List<String> names(Entity e) {
        List<String> out = new ArrayList<>(e.get(Prop.NAME));
        out.addAll(e.get(Prop.ALIAS));
        out.addAll(e.get(Prop.PREVIOUS_NAME));
        return out;
    }

    /** Every name including weak aliases: what a negative must not equal. */
    static List<String> allNames(Entity e) {
        List<String> out = names(e);
        out.addAll(e.get(Prop.WEAK_ALIAS));
        return out;
    }

    /** Ids of screenable entities without a {@code name}, left out of every set. */
    List<String> nameless() {
        return List.copyOf(nameless);
    }

    List<String> sources() {
        return List.copyOf(bySource.keySet());
    }

    List<Entity> screenable(String source) {
        return bySource.getOrDefault(source, List.of());
    }

    /** Folded strong name ({@link NameKeys#fold}) -> ids of the entities of a source that carry it. */
    TreeMap<String, TreeSet<String>> owners(String source) {
        TreeMap<String, TreeSet<String>> owners = new TreeMap<>();
        for (Entity e : screenable(source)) {
            for (String n : names(e)) {
                owners.computeIfAbsent(NameKeys.fold(n), k -> new TreeSet<>()).add(e.id());
            }
        }
        return owners;
    }

    List<Entity> all() {
        return List.copyOf(byId.values());
    }

    Optional<Entity> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * UK subjects whose UN reference names a UN entry with which they share no word of three
     * letters or more in any name: a wrong reference in the UK data (the bundled UK file gives
     * "Dimitri Herard" HTi.009, which is KEMPES SANON in the UN list; HERARD is HTi.008). These
     * links are not used.
     */
    List<String> suspectLinks() {
        return List.copyOf(suspectLinks);
    }

    /** True when a UN reference is that of a bundled UN entry. */
    boolean knownUnRef(String ref) {
        return unByRef.containsKey(refKey(ref));
    }

    /** The bundled UN entry whose reference a UK subject carries in {@code unscId}, if any and if plausible. */
    Optional<Entity> unEntryOf(Entity uk) {
        if (unlinked.contains(uk.id())) {
            return Optional.empty();
        }
        for (String ref : uk.get(Prop.UNSC_ID)) {
            Entity un = unByRef.get(refKey(ref));
            if (un != null) {
                return Optional.of(un);
            }
        }
        return Optional.empty();
    }

    /** UN id -> UK subjects carrying that reference, for every UN entry that has one. */
    Map<String, List<Entity>> ukSubjectsByUnId() {
        return ukByUnId;
    }

    /** The OFAC ent_num of a CSL row of a Treasury list, or null for other CSL rows. */
    static String cslOfacNumber(Entity csl) {
        String id = csl.id().toLowerCase(Locale.ROOT);
        for (String code : CSL_TREASURY_CODES) {
            String prefix = "csl-" + code + "-";
            if (id.startsWith(prefix) && id.length() > prefix.length()
                    && id.substring(prefix.length()).chars().allMatch(Character::isDigit)) {
                return id.substring(prefix.length());
            }
        }
        return null;
    }

    /** True for a CSL row taken from OFAC's SDN list ({@code csl-sdn-<ent_num>}). */
    static boolean cslFromSdn(Entity csl) {
        return csl.id().toLowerCase(Locale.ROOT).startsWith("csl-sdn-") && cslOfacNumber(csl) != null;
    }

    /** The bundled OFAC entry (SDN or non-SDN) with an ent_num, if any. */
    Optional<Entity> ofacEntry(String entNum) {
        return get("ofac-" + entNum).filter(o -> source(o).equals(OFAC_SDN) || source(o).equals(OFAC_NONSDN));
    }

    /**
     * Ids of the same party in other bundled sources, by the links the authorities publish:
     * OFAC {@code ofac-N} = the CSL rows of Treasury lists with entity_number N; UN {@code un-R} =
     * the UK subjects whose UN reference is R. Never by name.
     */
    List<String> equivalents(Entity e) {
        List<String> out = new ArrayList<>();
        String src = source(e);
        if ((src.equals(OFAC_SDN) || src.equals(OFAC_NONSDN)) && e.id().startsWith("ofac-")) {
            cslByOfacNumber.getOrDefault(e.id().substring(5), List.of()).forEach(c -> out.add(c.id()));
        } else if (src.equals(CSL)) {
            String n = cslOfacNumber(e);
            if (n != null) {
                ofacEntry(n).ifPresent(o -> out.add(o.id()));
                cslByOfacNumber.get(n).stream().filter(c -> c != e).forEach(c -> out.add(c.id()));
            }
        } else if (src.equals(UN)) {
            ukByUnId.getOrDefault(e.id(), List.of()).forEach(u -> out.add(u.id()));
        } else if (src.equals(UK)) {
            unEntryOf(e).ifPresent(un -> out.add(un.id()));
        }
        return out;
    }

    private static boolean shareAWord(Entity a, Entity b) {
        Set<String> words = new HashSet<>();
        for (String n : names(a)) {
            for (String w : NameKeys.fold(n).split(" ")) {
                if (w.length() >= 3) {
                    words.add(w);
                }
            }
        }
        for (String n : names(b)) {
            for (String w : NameKeys.fold(n).split(" ")) {
                if (words.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** UN references compare without case or surrounding blanks ("QDi.006 " = "QDI.006"). */
    private static String refKey(String ref) {
        return ref.strip().toUpperCase(Locale.ROOT);
    }
}
