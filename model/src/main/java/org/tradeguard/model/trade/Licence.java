package org.tradeguard.model.trade;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A licence or authorisation on file, with what remains of it.
 *
 * @param number        licence number, GL/SL number or authorisation reference; the registry key
 * @param authority     issuer kind
 * @param requirements  the requirement codes it authorises (e.g. {@code EAR:CCL:NS2}, {@code EAR:EntityList},
 *                      {@code OFAC:IR}); empty = every requirement of its authority
 * @param parties       names of the parties it names (consignee, end user); empty = any
 * @param items         ECCNs or HS prefixes it covers; empty = any
 * @param destinations  ISO alpha-2 codes; empty = any
 * @param validFrom     first day of validity
 * @param validTo       last day of validity, or null when open-ended
 * @param quantityLimit total quantity, or null for no limit
 * @param quantityUsed  quantity used so far
 * @param valueLimit    total value, or null for no limit
 * @param valueUsed     value used so far
 * @param currency      currency of the value limit, or null
 * @param conditions    conditions as written, or null
 */
public record Licence(String number, LicenceAuthority authority, List<String> requirements, List<String> parties,
                      List<String> items, List<String> destinations, LocalDate validFrom, LocalDate validTo,
                      BigDecimal quantityLimit, BigDecimal quantityUsed, BigDecimal valueLimit, BigDecimal valueUsed,
                      String currency, String conditions) {
    public Licence {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(validFrom, "validFrom");
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
        parties = parties == null ? List.of() : List.copyOf(parties);
        items = items == null ? List.of() : List.copyOf(items);
        destinations = destinations == null ? List.of() : List.copyOf(destinations);
        quantityUsed = quantityUsed == null ? BigDecimal.ZERO : quantityUsed;
        valueUsed = valueUsed == null ? BigDecimal.ZERO : valueUsed;
        if (number.isBlank()) {
            throw new IllegalArgumentException("licence number is blank");
        }
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("licence " + number + " ends before it starts");
        }
    }

    public boolean validOn(LocalDate d) {
        return !d.isBefore(validFrom) && (validTo == null || !d.isAfter(validTo));
    }

    /** What remains of the quantity limit, or null for no limit. */
    public BigDecimal remainingQuantity() {
        return quantityLimit == null ? null : quantityLimit.subtract(quantityUsed);
    }

    /** What remains of the value limit, or null for no limit. */
    public BigDecimal remainingValue() {
        return valueLimit == null ? null : valueLimit.subtract(valueUsed);
    }

    /** True when a use of this size fits in what remains. */
    public boolean fits(BigDecimal quantity, BigDecimal value) {
        BigDecimal q = remainingQuantity();
        BigDecimal v = remainingValue();
        return (q == null || quantity == null || quantity.compareTo(q) <= 0)
                && (v == null || value == null || value.compareTo(v) <= 0);
    }

    /** This licence after a use; the caller has checked {@link #fits}. */
    public Licence used(BigDecimal quantity, BigDecimal value) {
        return new Licence(number, authority, requirements, parties, items, destinations, validFrom, validTo,
                quantityLimit, quantity == null ? quantityUsed : quantityUsed.add(quantity), valueLimit,
                value == null ? valueUsed : valueUsed.add(value), currency, conditions);
    }
}
