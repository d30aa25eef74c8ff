package org.tradeguard.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A hit that needs an analyst: one subject against one listed entity in one version.
 *
 * @param id            {@code alr_...}
 * @param screeningId   the screening that raised it
 * @param fingerprint   the subject's fingerprint
 * @param subjectName   the screened name, for lists of alerts
 * @param entityId      the listed entity's id
 * @param entityVersion SHA-256 of the listed entity's schema and properties when it alerted
 * @param entityCaption the listed entity's display name
 * @param score         the hit's score
 * @param status        where it stands now (derived from its decisions, kept for queries)
 * @param createdAt     when it was raised
 * @param updatedAt     when its status last changed
 */
public record Alert(String id, String screeningId, String fingerprint, String subjectName, String entityId,
                    String entityVersion, String entityCaption, double score, AlertStatus status, Instant createdAt,
                    Instant updatedAt) {
    public Alert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(screeningId, "screeningId");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(subjectName, "subjectName");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(entityVersion, "entityVersion");
        Objects.requireNonNull(entityCaption, "entityCaption");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
