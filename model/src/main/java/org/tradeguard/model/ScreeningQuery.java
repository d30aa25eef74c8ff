package org.tradeguard.model;

import java.util.List;
import java.util.Objects;

/**
 * One party to screen.
 *
 * @param name        the name as given (any script); required, not blank
 * @param schema      what the party is, or null for any
 * @param country     ISO alpha-2 (lower case) of nationality / registration / flag, or null
 * @param birthDate   birth or incorporation date, or null
 * @param identifiers identifiers as given (passport, registration, IMO, crypto address ...)
 * @param reference   the caller's own reference, echoed back; may be null
 */
public record ScreeningQuery(String name, Schema schema, String country, PartialDate birthDate,
                             List<String> identifiers, String reference) {

    /** Longest name accepted: longer input is not a name. */
    public static final int MAX_NAME_LENGTH = 500;

    public ScreeningQuery {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name is blank");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("name is longer than " + MAX_NAME_LENGTH + " characters: " + name.length());
        }
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }

    public static ScreeningQuery ofName(String name) {
        return new ScreeningQuery(name, null, null, null, List.of(), null);
    }
}
