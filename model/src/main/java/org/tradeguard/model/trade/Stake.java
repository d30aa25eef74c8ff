package org.tradeguard.model.trade;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A declared ownership stake: {@code owner} (the id of another party of the transaction) holds
 * {@code percent} of the party that declares it.
 */
public record Stake(String owner, BigDecimal percent) {
    public Stake {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(percent, "percent");
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("stake percent out of [0,100]: " + percent);
        }
    }
}
