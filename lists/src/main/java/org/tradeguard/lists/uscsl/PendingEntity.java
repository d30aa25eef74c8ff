package org.tradeguard.lists.uscsl;

import java.util.List;
import org.tradeguard.model.Entity;
import org.tradeguard.model.Provenance;
import org.tradeguard.model.Snapshot;

/**
 * An entity still being read: the snapshot (and so the provenance) is only known once the file is
 * closed and hashed, so builders wait here with the record id and raw text they will carry.
 */
record PendingEntity(Entity.Builder entity, String recordId, String raw) {

    static List<Entity> buildAll(List<PendingEntity> pending, Snapshot snapshot) {
        return pending.stream()
                .map(p -> p.entity().provenance(new Provenance(snapshot, p.recordId(), p.raw())).build())
                .toList();
    }
}
