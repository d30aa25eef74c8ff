package org.tradeguard.store;

import java.util.Optional;

/**
 * What an API key may do. {@code screener} < {@code analyst} < {@code admin} each include the one
 * before; {@code auditor} reads everything and changes nothing.
 */
public enum Role {
    SCREENER("screener", 1),
    ANALYST("analyst", 2),
    ADMIN("admin", 3),
    AUDITOR("auditor", 0);

    private final String code;
    private final int rank;

    Role(String code, int rank) {
        this.code = code;
        this.rank = rank;
    }

    public String code() {
        return code;
    }

    /** True when this role includes {@code other} on the screener < analyst < admin ladder. */
    public boolean includes(Role other) {
        return other != AUDITOR && this != AUDITOR && rank >= other.rank;
    }

    public static Optional<Role> ofCode(String code) {
        for (Role r : values()) {
            if (r.code.equals(code)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
