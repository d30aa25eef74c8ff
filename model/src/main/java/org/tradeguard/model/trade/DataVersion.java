package org.tradeguard.model.trade;

import java.util.Objects;

/**
 * One data set a decision read, and its version: a reference table ({@code ear-country-chart},
 * edition 2026-08-07) or a list snapshot ({@code ofac-sdn}, published date).
 *
 * @param id      data set id
 * @param version edition or publication date, or another stable version label
 * @param sha256  SHA-256 of its bytes, or null when not known
 */
public record DataVersion(String id, String version, String sha256) {
    public DataVersion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
    }
}
