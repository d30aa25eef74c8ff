package org.tradeguard.matching;

import java.util.ArrayList;
import java.util.List;
import org.tradeguard.lists.BundledLists;
import org.tradeguard.lists.ListLoad;
import org.tradeguard.model.Entity;

/** Every bundled list, loaded once per test JVM: real names give real word weights. */
final class BundledBackground {
    private BundledBackground() {}

    private static List<Entity> entities;

    static synchronized List<Entity> entities() {
        if (entities == null) {
            List<Entity> all = new ArrayList<>();
            for (ListLoad l : BundledLists.load(id -> true)) {
                all.addAll(l.entities());
            }
            entities = List.copyOf(all);
        }
        return entities;
    }
}
