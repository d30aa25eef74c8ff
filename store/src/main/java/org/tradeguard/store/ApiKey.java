package org.tradeguard.store;

import java.time.Instant;
import java.util.Objects;

/**
 * An API key's record. The key itself is never stored, only its SHA-256.
 *
 * @param id        {@code key_...}; shown in logs, audit entries and {@code keys list}
 * @param role      what it may do
 * @param label     the creator's note ("payments team")
 * @param createdBy who created it: a key id, or {@code cli}
 * @param createdAt when
 * @param revokedAt when it was revoked, or null while valid
 */
public record ApiKey(String id, Role role, String label, String createdBy, Instant createdAt, Instant revokedAt) {
    public ApiKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
