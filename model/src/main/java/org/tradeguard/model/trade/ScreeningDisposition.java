package org.tradeguard.model.trade;

import java.util.Objects;

/**
 * A reviewer's disposition of a screening hit: the party matches the list entity ({@code match})
 * or it does not. Without one, a fuzzy hit stays unresolved (HOLD_FOR_REVIEW).
 */
public record ScreeningDisposition(String party, String entity, boolean match, String reviewer, String note) {
    public ScreeningDisposition {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(reviewer, "reviewer");
    }
}
