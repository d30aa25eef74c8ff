package org.tradeguard.model.trade;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One line of goods, software or technology.
 *
 * @param id                the transaction's id for the line
 * @param description       as on the invoice
 * @param hsCode            HS / HTS / PCT code, digits only, or null
 * @param eccn              ECCN with paragraph ({@code 1B001.a}), {@code EAR99}, or null when not classified
 * @param euDualUseCode     EU Annex I entry, or null
 * @param quantity          quantity, or null
 * @param unit              unit of quantity, or null
 * @param value             value, or null
 * @param currency          ISO 4217, or null
 * @param usOrigin          US-origin item; null when not stated
 * @param usContentPercent  controlled US content of a foreign-made item, or null
 * @param scope             answers to prose scope lines by chart column, e.g. {@code NP1 -> false}
 *                          (the machine does not meet the 1B001.a rotor parameters)
 * @param licenceException  the licence exception the exporter claims (e.g. {@code ENC}), or null
 */
public record Item(String id, String description, String hsCode, String eccn, String euDualUseCode,
                   BigDecimal quantity, String unit, BigDecimal value, String currency, Boolean usOrigin,
                   BigDecimal usContentPercent, Map<String, Boolean> scope, String licenceException) {
    public Item {
        Objects.requireNonNull(id, "id");
        scope = scope == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(scope));
    }

    public boolean ear99() {
        return "EAR99".equalsIgnoreCase(eccn);
    }

    /** The five-character ECCN ({@code 1B001} of {@code 1B001.a}), or null. */
    public String eccnBase() {
        if (eccn == null || ear99()) {
            return null;
        }
        int dot = eccn.indexOf('.');
        return (dot < 0 ? eccn : eccn.substring(0, dot)).toUpperCase(java.util.Locale.ROOT);
    }
}
