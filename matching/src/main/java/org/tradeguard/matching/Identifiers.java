package org.tradeguard.matching;

import org.tradeguard.model.Prop;

/** The normal form identifiers are compared in ({@link Prop#STRONG_IDENTIFIERS} says which count). */
final class Identifiers {
    private Identifiers() {}

    /**
     * Shortest normalised identifier that counts as evidence: shorter ones ("123") collide by chance.
     */
    static final int MIN_LENGTH = 5;

    /**
     * Upper-case ASCII letters and digits only, with an "IMO" prefix removed so "IMO 9187629" and
     * "9187629" compare equal. Crypto addresses are case-sensitive in principle; the collision risk
     * of folding case on 26+ character addresses is negligible.
     */
    static String normalize(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= 'a' && c <= 'z') {
                sb.append((char) (c - 32));
            } else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            }
        }
        String s = sb.toString();
        if (s.startsWith("IMO") && s.length() == 10) {
            return s.substring(3);
        }
        return s;
    }

    /** True when the normalised value looks like an IMO number (seven digits). */
    static boolean looksLikeImo(String normalized) {
        if (normalized.length() != 7) {
            return false;
        }
        for (int i = 0; i < 7; i++) {
            if (!Character.isDigit(normalized.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
