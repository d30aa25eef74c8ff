package org.tradeguard.model.trade;

import java.time.LocalDate;
import java.util.List;

/**
 * How long the records of a decision must be kept.
 *
 * @param years           the longest applicable period
 * @param keepUntil       the earliest date records may be destroyed, counted from the transaction date;
 *                        for blocked property the period runs from unblocking, so this is a floor
 * @param untilUnblocked  blocked property: keep for the blocked period plus {@code years} after unblocking
 * @param citations       the rules applied, e.g. "31 CFR 501.601 (10 years from 2025-03-12)"
 */
public record Retention(int years, LocalDate keepUntil, boolean untilUnblocked, List<String> citations) {
    public Retention {
        citations = List.copyOf(citations);
    }
}
