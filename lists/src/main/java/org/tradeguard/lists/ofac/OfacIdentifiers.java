package org.tradeguard.lists.ofac;

import java.util.Locale;
import org.tradeguard.model.Prop;

/**
 * OFAC identifier types (as written in the legacy CSV remarks, the classic XML {@code idType} and
 * the advanced XML {@code IDRegDocType}) -> the FtM property that carries the number. One table
 * for every OFAC format.
 */
public final class OfacIdentifiers {
    private OfacIdentifiers() {}

    /** The FtM property for an OFAC identifier type; {@link Prop#ID_NUMBER} when not more specific. */
    public static String propertyFor(String idType) {
        String t = idType.toLowerCase(Locale.ROOT).strip();
        if (t.startsWith("digital currency address")) {
            return Prop.CRYPTO_WALLET;
        }
        if (t.contains("passport")) {
            return Prop.PASSPORT_NUMBER;
        }
        if (t.startsWith("vessel registration") || t.equals("imo") || t.contains("imo number")) {
            return Prop.IMO_NUMBER;
        }
        if (t.equals("mmsi")) {
            return Prop.MMSI;
        }
        if (t.equals("vessel call sign") || t.equals("call sign")) {
            return Prop.CALL_SIGN;
        }
        if (t.startsWith("swift") || t.equals("bic")) {
            return Prop.SWIFT_BIC;
        }
        if (t.contains("legal entity number") || t.equals("lei")) {
            return Prop.LEI_CODE;
        }
        if (t.contains("tax id") || t.equals("vat number") || t.contains("ruc") || t.contains("fiscal code")
                || t.equals("nit #") || t.equals("rfc") || t.equals("tin")) {
            return Prop.TAX_NUMBER;
        }
        if (t.equals("inn") || t.contains("russian inn")) {
            return Prop.INN_CODE;
        }
        if (t.contains("ogrn") || t.equals("registration number (ogrn)")) {
            return Prop.OGRN_CODE;
        }
        if (t.contains("aircraft manufacturer") || t.contains("serial number")) {
            return Prop.SERIAL_NUMBER;
        }
        if (t.contains("registration") || t.contains("company number") || t.contains("unified social credit code")
                || t.contains("uscc") || t.contains("business number") || t.contains("commercial registry")
                || t.contains("chamber of commerce") || t.contains("tail number") || t.contains("certificate of incorporation")
                || t.contains("government gazette")) {
            return Prop.REGISTRATION_NUMBER;
        }
        if (t.equals("email address")) {
            return Prop.EMAIL;
        }
        if (t.equals("website")) {
            return Prop.WEBSITE;
        }
        if (t.equals("phone number")) {
            return Prop.PHONE;
        }
        return Prop.ID_NUMBER;
    }

    /** True for identifiers strong enough to find an entity on their own (a matcher may use this). */
    public static boolean isStrong(String property) {
        return switch (property) {
            case Prop.IMO_NUMBER, Prop.MMSI, Prop.PASSPORT_NUMBER, Prop.REGISTRATION_NUMBER, Prop.TAX_NUMBER,
                 Prop.INN_CODE, Prop.OGRN_CODE, Prop.LEI_CODE, Prop.SWIFT_BIC, Prop.CRYPTO_WALLET, Prop.ID_NUMBER,
                 Prop.SERIAL_NUMBER -> true;
            default -> false;
        };
    }
}
