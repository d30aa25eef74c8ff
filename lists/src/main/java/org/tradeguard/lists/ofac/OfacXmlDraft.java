package org.tradeguard.lists.ofac;

import org.tradeguard.model.Entity;
import org.tradeguard.model.Provenance;
import org.tradeguard.model.Snapshot;

/**
 * An entity collected while a file is read. Its provenance needs the snapshot, whose SHA-256 is
 * only known once the file is closed, so the builder is built at the very end.
 *
 * @param builder  the entity, with no provenance yet
 * @param recordId the source record's own id (entry uid, profile id, document id ...)
 * @param raw      the source record as compact XML
 */
record OfacXmlDraft(Entity.Builder builder, String recordId, String raw) {

    Entity build(Snapshot snapshot) {
        return builder.provenance(new Provenance(snapshot, recordId, raw)).build();
    }
}
