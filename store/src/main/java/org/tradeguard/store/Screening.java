package org.tradeguard.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One stored screening of one party.
 *
 * @param id          {@code scr_...}
 * @param at          when it was screened (UTC)
 * @param actor       the API key id (or {@code cli}) that asked
 * @param batchId     the batch it came in ({@code bat_...}), or null for a single party
 * @param reference   the caller's own reference, or null
 * @param fingerprint SHA-256 of the normalised subject (name, schema, country, birth date, identifiers)
 * @param outcome     {@code clear} or {@code alert}
 * @param alertCount  alerting hits not covered by a remembered decision
 * @param listVersion the screener version (lists and algorithm) it ran against
 * @param request     the party as received, JSON
 * @param result      hits and outcome as returned, JSON
 */
public record Screening(String id, Instant at, String actor, String batchId, String reference, String fingerprint,
                        String outcome, int alertCount, String listVersion, String request, String result) {
    public Screening {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(listVersion, "listVersion");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(result, "result");
    }
}
