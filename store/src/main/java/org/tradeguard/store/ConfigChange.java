package org.tradeguard.store;

import java.time.Instant;
import java.util.Objects;

/** One change of one setting; the history is kept, the newest change per name is in force. */
public record ConfigChange(String name, String value, String actor, Instant at) {
    public ConfigChange {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
    }
}
