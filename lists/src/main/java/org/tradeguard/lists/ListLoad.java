package org.tradeguard.lists;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.tradeguard.model.Entity;
import org.tradeguard.model.Snapshot;

/** The result of reading one snapshot: its identity, its entities and what went wrong on the way. */
public record ListLoad(Snapshot snapshot, List<Entity> entities, IngestReport report) {
    public ListLoad {
        Objects.requireNonNull(snapshot, "snapshot");
        entities = List.copyOf(entities);
        Objects.requireNonNull(report, "report");
    }

    /** Entity counts by FtM schema name, sorted by name. */
    public Map<String, Integer> countsBySchema() {
        Map<String, Integer> counts = new TreeMap<>();
        for (Entity e : entities) {
            counts.merge(e.schema().code(), 1, Integer::sum);
        }
        return counts;
    }
}
