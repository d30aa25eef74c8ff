package org.tradeguard.controls;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tradeguard.model.Entity;
import org.tradeguard.model.Hit;
import org.tradeguard.model.MatchExplanation;
import org.tradeguard.model.Provenance;
import org.tradeguard.model.Schema;
import org.tradeguard.model.ScreeningQuery;
import org.tradeguard.model.Snapshot;

/** Hand-made screening from scenarios/lists.json: the hits a matcher would return, per query name. */
final class FixtureScreening implements PartyScreening {
    static final double THRESHOLD = 0.80;

    private final Map<String, Entity> entities = new HashMap<>();
    private final Map<String, List<Entity>> related = new HashMap<>();
    private final Map<String, List<Hit>> hits = new HashMap<>();

    static FixtureScreening load() {
        try (InputStream in = FixtureScreening.class.getResourceAsStream("/scenarios/lists.json")) {
            return new FixtureScreening(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private FixtureScreening(JsonNode root) {
        Map<String, Snapshot> snaps = new HashMap<>();
        root.get("snapshots").fields().forEachRemaining(e -> snaps.put(e.getKey(), new Snapshot(e.getKey(),
                e.getValue().get("title").asText(), LocalDate.parse(e.getValue().get("published").asText()),
                e.getValue().get("sha256").asText(), "fixture")));
        for (JsonNode n : root.get("entities")) {
            Entity e = entity(n, snaps);
            entities.put(e.id(), e);
        }
        for (JsonNode n : root.get("related")) {
            Entity e = entity(n, snaps);
            related.computeIfAbsent(e.first("entity"), k -> new ArrayList<>()).add(e);
        }
        for (JsonNode h : root.get("hits")) {
            Entity e = entities.get(h.get("entity").asText());
            double score = h.get("score").asDouble();
            String prop = h.get("property").asText();
            String listName = e.get(prop).isEmpty() ? e.caption() : e.get(prop).get(0);
            MatchExplanation x = new MatchExplanation(h.get("query").asText(), listName, prop, score, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
            hits.computeIfAbsent(key(h.get("query").asText()), k -> new ArrayList<>())
                    .add(new Hit(e, score, score >= THRESHOLD, "fixture-v1", listName, x));
        }
    }

    private static Entity entity(JsonNode n, Map<String, Snapshot> snaps) {
        String source = n.get("source").asText();
        Entity.Builder b = Entity.builder(n.get("id").asText(), Schema.ofCode(n.get("schema").asText()).orElseThrow(),
                new Provenance(snaps.get(source), n.get("id").asText(), ""));
        n.get("properties").fields().forEachRemaining(p -> p.getValue().forEach(v -> b.add(p.getKey(), v.asText())));
        b.dataset(source);
        return b.build();
    }

    static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    @Override
    public List<Hit> screen(ScreeningQuery query) {
        return hits.getOrDefault(key(query.name()), List.of());
    }

    @Override
    public List<Entity> related(String entityId) {
        return related.getOrDefault(entityId, List.of());
    }
}
