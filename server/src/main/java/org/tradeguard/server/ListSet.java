package org.tradeguard.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tradeguard.lists.ListLoad;
import org.tradeguard.matching.ScreenOptions;
import org.tradeguard.matching.Screener;
import org.tradeguard.model.Entity;

/**
 * The lists in service: the loads they came from, the screener built on them, every entity by id,
 * the party-screening port export assessments use, and a version string naming algorithm, text pipeline and snapshots, stored with each screening.
 */
public final class ListSet {
    private final List<ListLoad> loads;
    private final Screener screener;
    private final Map<String, Entity> byId;
    private final String version;
    private final ListScreening partyScreening;
    private final java.util.concurrent.ConcurrentHashMap<String, String> entityVersions = new java.util.concurrent.ConcurrentHashMap<>();

    private ListSet(List<ListLoad> loads, Screener screener) {
        this.loads = List.copyOf(loads);
        this.screener = Objects.requireNonNull(screener, "screener");
        Map<String, Entity> ids = new LinkedHashMap<>();
        StringBuilder snapshots = new StringBuilder();
        for (ListLoad l : this.loads) {
            for (Entity e : l.entities()) {
                ids.putIfAbsent(e.id(), e);
            }
            snapshots.append(l.snapshot().source()).append(' ').append(l.snapshot().sha256()).append('\n');
        }
        this.byId = Map.copyOf(ids);
        this.version = screener.version() + "@" + sha256(snapshots.toString()).substring(0, 16);
        this.partyScreening = new ListScreening(this.loads, screener, ScreenOptions.defaults());
    }

    /** Builds the screener over every entity of the loads. */
    public static ListSet of(List<ListLoad> loads) {
        return of(loads, List.of());
    }

    /**
     * Builds the screener over every entity of the loads; the {@code background} loads (lists not
     * selected) only count towards word rarity, see {@link Screener#build(java.util.Collection, java.util.Collection)}.
     */
    public static ListSet of(List<ListLoad> loads, List<ListLoad> background) {
        List<Entity> all = new ArrayList<>();
        for (ListLoad l : loads) {
            all.addAll(l.entities());
        }
        List<Entity> rest = new ArrayList<>();
        for (ListLoad l : background) {
            rest.addAll(l.entities());
        }
        return new ListSet(loads, Screener.build(all, rest));
    }

    public List<ListLoad> loads() {
        return loads;
    }

    public Screener screener() {
        return screener;
    }

    public Entity entity(String id) {
        return byId.get(id);
    }

    /** Party screening for export assessments, with the default options (threshold, cutoff, limit). */
    ListScreening partyScreening() {
        return partyScreening;
    }

    public String version() {
        return version;
    }

    /** The entity's version (see {@link Fingerprints#entityVersion}), computed once per entity of this set. */
    String entityVersion(Entity e) {
        return entityVersions.computeIfAbsent(e.id(), id -> Fingerprints.entityVersion(e));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }
}
