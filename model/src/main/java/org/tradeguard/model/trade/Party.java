package org.tradeguard.model.trade;

import java.util.List;
import java.util.Objects;
import org.tradeguard.model.Schema;

/**
 * A party to a transaction.
 *
 * @param id          the transaction's own id for the party (referenced by stakes and dispositions)
 * @param roles       one or more roles
 * @param name        the name as written on the documents
 * @param schema      Person, Company, Organization, Vessel ...; null when unknown
 * @param country     ISO alpha-2, lower case, or null
 * @param address     free text, or null
 * @param identifiers registration numbers, USCC, IMO, BIC ... as given
 * @param owners      declared direct owners with their stakes (S-2)
 */
public record Party(String id, List<PartyRole> roles, String name, Schema schema, String country, String address,
                    List<String> identifiers, List<Stake> owners) {
    public Party {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        roles = List.copyOf(roles);
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        owners = owners == null ? List.of() : List.copyOf(owners);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("party " + id + " has no role");
        }
    }

    public boolean has(PartyRole role) {
        return roles.contains(role);
    }
}
