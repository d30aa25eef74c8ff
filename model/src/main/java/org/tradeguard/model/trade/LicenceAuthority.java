package org.tradeguard.model.trade;

import java.util.Optional;

/** Who issued a licence or authorisation (S-3, E-6, U-4, P-1). */
public enum LicenceAuthority {
    /** BIS licence under the EAR. */
    BIS,
    /** OFAC general licence. */
    OFAC_GL,
    /** OFAC specific licence. */
    OFAC_SL,
    /** EU member-state individual or global authorisation, or a Union general authorisation. */
    EU,
    /** A national authority, e.g. Pakistan's SECDIV. */
    NATIONAL;

    public String code() {
        return Codes.code(this);
    }

    public boolean ofac() {
        return this == OFAC_GL || this == OFAC_SL;
    }

    public static Optional<LicenceAuthority> parse(String text) {
        return Codes.parse(LicenceAuthority.class, text, LicenceAuthority::code);
    }
}
