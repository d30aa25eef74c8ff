package org.tradeguard.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One published version of one list: which source, when it was published, and the SHA-256 of its
 * bytes (for a multi-file set, the SHA-256 of the sorted "name sha256" lines of its files).
 *
 * @param source    source id, e.g. {@code ofac-sdn}, {@code un}
 * @param title     human title, e.g. "OFAC Specially Designated Nationals (legacy CSV)"
 * @param published publication date of the data, or null when the file does not say
 * @param sha256    lower-case hex SHA-256
 * @param origin    where the bytes came from (bundled resource path, file path or URL)
 */
public record Snapshot(String source, String title, LocalDate published, String sha256, String origin) {
    public Snapshot {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(origin, "origin");
    }
}
