package org.tradeguard.model;

import java.util.Objects;

/**
 * Where an entity came from: the snapshot, the record's id inside the source, and the raw record
 * (a CSV line, an XML element, a JSON object) exactly as read, so evidence can quote it.
 */
public record Provenance(Snapshot snapshot, String recordId, String raw) {
    public Provenance {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(recordId, "recordId");
        raw = raw == null ? "" : raw;
    }

    public String source() {
        return snapshot.source();
    }
}
