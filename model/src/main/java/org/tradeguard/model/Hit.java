package org.tradeguard.model;

import java.util.Objects;

/**
 * A list entity returned for a query.
 *
 * @param entity      the listed entity
 * @param score       0..1; see the matching module's documentation for what it means
 * @param alert       score at or above the threshold the screening used
 * @param algorithm   named, versioned algorithm that produced the score, e.g. {@code tg-name-v1}
 * @param matchedName the list name that matched best
 * @param explanation why, or null when not asked for
 */
public record Hit(Entity entity, double score, boolean alert, String algorithm, String matchedName,
                  MatchExplanation explanation) {
    public Hit {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(algorithm, "algorithm");
        if (score < 0 || score > 1 || Double.isNaN(score)) {
            throw new IllegalArgumentException("score out of [0,1]: " + score);
        }
    }
}
