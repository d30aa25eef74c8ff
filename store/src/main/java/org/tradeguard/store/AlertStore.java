package org.tradeguard.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: alerts and the decisions on them. Decisions are appended, never changed. */
public interface AlertStore {

    void insert(Tx tx, Alert alert);

    Optional<Alert> find(Tx tx, String id);

    /**
     * Alerts by status (null for all), oldest first, after the alert id {@code after} (null to
     * start at the beginning), at most {@code limit}.
     */
    List<Alert> list(Tx tx, AlertStatus status, String after, int limit);

    /** An alert still waiting for a decision (open, escalated or pending) on this subject and entity version. */
    Optional<Alert> findUndecided(Tx tx, String fingerprint, String entityId, String entityVersion);

    void updateStatus(Tx tx, String alertId, AlertStatus status, Instant at);

    void insertDecision(Tx tx, Decision decision);

    /** Decisions on one alert, oldest first. */
    List<Decision> decisions(Tx tx, String alertId);

    /**
     * The latest final decision on this subject, listed entity and entity version: what the next
     * screening of the same subject is pointed to instead of a new alert.
     */
    Optional<Decision> remembered(Tx tx, String fingerprint, String entityId, String entityVersion);

    long countByStatus(Tx tx, AlertStatus status);
}
