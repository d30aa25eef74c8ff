package org.tradeguard.model.trade;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A proposed export (and its payment) to decide on.
 *
 * @param id             the caller's transaction id
 * @param date           the transaction (export) date; effective-dated data is read at this date
 * @param usJurisdiction a US person is involved, or the goods or funds are in the US or in US-person
 *                       possession (S-1)
 * @param regimes        other sanctions regimes that apply (S-7): {@code un}, {@code uk}, {@code eu}
 * @param parties        every party, with roles
 * @param items          the goods
 * @param route          the route
 * @param endUse         declared end use and flags
 * @param redFlags       red-flag answers (E-12)
 * @param dispositions   reviewer dispositions of screening hits
 * @param licences       numbers of licences on file the exporter relies on
 * @param eucs           numbers of end-user certificates on file
 * @param uvlStatements  ids of parties whose signed UVL statement is on file (E-11)
 * @param payment        the payment, or null
 */
public record Transaction(String id, LocalDate date, boolean usJurisdiction, List<String> regimes, List<Party> parties,
                          List<Item> items, Route route, EndUse endUse, List<RedFlagAnswer> redFlags,
                          List<ScreeningDisposition> dispositions, List<String> licences, List<String> eucs,
                          List<String> uvlStatements, Payment payment) {
    public Transaction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(route, "route");
        regimes = regimes == null ? List.of() : List.copyOf(regimes);
        parties = List.copyOf(parties);
        items = List.copyOf(items);
        endUse = endUse == null ? EndUse.none() : endUse;
        redFlags = redFlags == null ? List.of() : List.copyOf(redFlags);
        dispositions = dispositions == null ? List.of() : List.copyOf(dispositions);
        licences = licences == null ? List.of() : List.copyOf(licences);
        eucs = eucs == null ? List.of() : List.copyOf(eucs);
        uvlStatements = uvlStatements == null ? List.of() : List.copyOf(uvlStatements);
        Set<String> ids = new HashSet<>();
        for (Party p : parties) {
            if (!ids.add(p.id())) {
                throw new IllegalArgumentException("duplicate party id: " + p.id());
            }
        }
        for (Party p : parties) {
            for (Stake s : p.owners()) {
                if (!ids.contains(s.owner())) {
                    throw new IllegalArgumentException("party " + p.id() + " names unknown owner " + s.owner());
                }
            }
        }
    }

    public Optional<Party> party(String partyId) {
        return parties.stream().filter(p -> p.id().equals(partyId)).findFirst();
    }

    public List<Party> withRole(PartyRole role) {
        return parties.stream().filter(p -> p.has(role)).toList();
    }
}
