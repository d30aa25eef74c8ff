package org.tradeguard.model.trade;

import java.math.BigDecimal;
import java.util.Objects;

/** One item on an end-user certificate: control code (ECCN, EU code or HS), description, quantity, quantity used. */
public record EucLine(String code, String description, BigDecimal quantity, BigDecimal used) {
    public EucLine {
        Objects.requireNonNull(code, "code");
        used = used == null ? BigDecimal.ZERO : used;
    }

    public BigDecimal remaining() {
        return quantity == null ? null : quantity.subtract(used);
    }
}
