package org.tradeguard.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tradeguard.controls.PartyScreening;
import org.tradeguard.lists.ListLoad;
import org.tradeguard.matching.ScreenOptions;
import org.tradeguard.matching.Screener;
import org.tradeguard.model.Entity;
import org.tradeguard.model.Hit;
import org.tradeguard.model.Prop;
import org.tradeguard.model.Schema;
import org.tradeguard.model.ScreeningQuery;

/**
 * The controls' screening port over loaded lists and the real matcher, for {@code tradeguard assess}
 * and {@code POST /v1/assess}; Sanction records indexed by the entity they name.
 */
public final class ListScreening implements PartyScreening {
    private final Screener screener;
    private final ScreenOptions options;
    private final Map<String, List<Entity>> related = new HashMap<>();

    public ListScreening(List<ListLoad> loads, Screener screener, ScreenOptions options) {
        this.screener = screener;
        this.options = options;
        for (ListLoad l : loads) {
            for (Entity e : l.entities()) {
                if (e.schema() == Schema.SANCTION) {
                    for (String target : e.get(Prop.ENTITY)) {
                        related.computeIfAbsent(target, k -> new ArrayList<>()).add(e);
                    }
                }
            }
        }
    }

    @Override
    public List<Hit> screen(ScreeningQuery query) {
        return screener.screen(query, options);
    }

    @Override
    public List<Entity> related(String entityId) {
        return related.getOrDefault(entityId, List.of());
    }
}
