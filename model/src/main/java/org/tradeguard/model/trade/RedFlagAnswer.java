package org.tradeguard.model.trade;

import java.util.Objects;

/**
 * The answer to one know-your-customer red-flag question (Supp. 3 to Part 732).
 *
 * @param flag       question id, e.g. {@code 2} or {@code routing}
 * @param present    the flag is present
 * @param resolution how it was resolved (inquiry made, evidence file), or null
 * @param resolvedBy who resolved it, or null; a flag is resolved only with both
 */
public record RedFlagAnswer(String flag, boolean present, String resolution, String resolvedBy) {
    public RedFlagAnswer {
        Objects.requireNonNull(flag, "flag");
    }

    public boolean resolved() {
        return resolution != null && !resolution.isBlank() && resolvedBy != null && !resolvedBy.isBlank();
    }
}
