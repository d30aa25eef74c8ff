package org.tradeguard.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the hash-chained audit log.
 *
 * @param seq      position in the log, from 1
 * @param at       when (UTC, milliseconds)
 * @param actor    key id, {@code cli}, or {@code anonymous} for a refused request without a key
 * @param action   what happened: {@code screening}, {@code decision}, {@code key.create}, {@code key.revoke},
 *                 {@code config.change}, {@code access.denied} ...
 * @param subject  what it happened to: a screening, alert, key id or setting name; may be empty
 * @param details  canonical JSON of the particulars
 * @param prevHash the previous entry's {@code hash} (64 zeros for the first)
 * @param hash     SHA-256 of this entry's canonical content, which includes {@code prevHash}
 */
public record AuditEntry(long seq, Instant at, String actor, String action, String subject, String details,
                         String prevHash, String hash) {
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(prevHash, "prevHash");
        Objects.requireNonNull(hash, "hash");
    }
}
