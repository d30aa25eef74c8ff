package org.tradeguard.model.trade;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An end-user certificate or end-use statement on file (domain-rules §2.4, C-1..C-4). Fields may be
 * null: completeness is a rule (C-1), not a parse error.
 *
 * @param number            unique certificate number; the registry key
 * @param issuingAuthority  the authority that issued or authenticated it
 * @param endUser           the end user's name
 * @param endUse            the certified end use
 * @param destination       ISO alpha-2 of the end-use country
 * @param items             items with quantities and what has been used
 * @param validFrom         first day of validity
 * @param validTo           last day of validity
 * @param noReexportClause  a no-reexport / no-retransfer undertaking is present (C-3)
 * @param signatures        signatures (C-4)
 */
public record Euc(String number, String issuingAuthority, String endUser, String endUse, String destination,
                  List<EucLine> items, LocalDate validFrom, LocalDate validTo, boolean noReexportClause,
                  List<Signature> signatures) {
    public Euc {
        Objects.requireNonNull(number, "number");
        if (number.isBlank()) {
            throw new IllegalArgumentException("EUC number is blank");
        }
        items = items == null ? List.of() : List.copyOf(items);
        signatures = signatures == null ? List.of() : List.copyOf(signatures);
    }
}
