package org.tradeguard.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

    /** CSL ids of the rows whose {@code source} is OFAC's SDN list: {@code csl-sdn-<entity_number>}. */
    static final String CSL_SDN_PREFIX = "csl-sdn-";

    private final TreeMap<String, List<Entity>> bySource = new TreeMap<>();
    private final TreeMap<String, Entity> byId = new TreeMap<>();
    /** UN reference (as in the id, {@code un-<ref>}), upper-cased -> the UN entity. */
    private final TreeMap<String, Entity> unByRef = new TreeMap<>();
    /** UN id -> the UK subjects that carry its reference. */
    private final TreeMap<String, List<Entity>> ukByUnId = new TreeMap<>();

    ListIndex(List<Entity> entities) {
        List<Entity> sorted = new ArrayList<>(entities.stream().filter(ListIndex::screenable).toList());
        sorted.sort(Comparator.comparing(Entity::id));
        for (Entity e : sorted) {
            if (byId.putIfAbsent(e.id(), e) != null) {
                continue; // the same id twice (a delta re-adding an entity): the first one stands
            }
            bySource.computeIfAbsent(source(e), k -> new ArrayList<>()).add(e);
            if (source(e).equals(UN) && e.id().startsWith("un-")) {
                unByRef.put(refKey(e.id().substring(3)), e);
            }
        }
        for (Entity e : screenable(UK)) {
            unEntryOf(e).ifPresent(un -> ukByUnId.computeIfAbsent(un.id(), k -> new ArrayList<>()).add(e));
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

    /** The bundled UN entry whose reference a UK subject carries in {@code unscId}, if any. */
    Optional<Entity> unEntryOf(Entity uk) {
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

    /** The OFAC entity number of a CSL row taken from the SDN list, or null for other CSL rows. */
    static String cslSdnNumber(Entity csl) {
        String id = csl.id().toLowerCase(Locale.ROOT);
        return id.startsWith(CSL_SDN_PREFIX) ? csl.id().substring(CSL_SDN_PREFIX.length()) : null;
    }

    /**
     * Ids of the same party in other bundled sources, by the links the authorities publish:
     * OFAC {@code ofac-N} = CSL {@code csl-sdn-N}; UN {@code un-R} = the UK subjects whose UN
     * reference is R. Never by name.
     */
    List<String> equivalents(Entity e) {
        List<String> out = new ArrayList<>();
        String src = source(e);
        if (src.equals(OFAC_SDN) && e.id().startsWith("ofac-")) {
            get(CSL_SDN_PREFIX + e.id().substring(5)).ifPresent(c -> out.add(c.id()));
        } else if (src.equals(CSL)) {
            String n = cslSdnNumber(e);
            if (n != null) {
                get("ofac-" + n).filter(o -> source(o).equals(OFAC_SDN)).ifPresent(o -> out.add(o.id()));
            }
        } else if (src.equals(UN)) {
            ukByUnId.getOrDefault(e.id(), List.of()).forEach(u -> out.add(u.id()));
        } else if (src.equals(UK)) {
            unEntryOf(e).ifPresent(un -> out.add(un.id()));
        }
        return out;
    }

    /** UN references compare without case or surrounding blanks ("QDi.006 " = "QDI.006"). */
    private static String refKey(String ref) {
        return ref.strip().toUpperCase(Locale.ROOT);
    }
}
