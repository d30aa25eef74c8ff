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

    /**
     * The FtM property for an OFAC identifier of this type and number; {@link Prop#ID_NUMBER} when
     * not more specific. The number matters once: "Vessel Registration Identification" holds IMO
     * numbers ("IMO 9187629") and national register numbers ("RS 150443").
     */
    public static String propertyFor(String idType, String number) {
        String p = propertyFor(idType);
        if (p.equals(Prop.IMO_NUMBER) && number != null && !number.strip().regionMatches(true, 0, "IMO", 0, 3)) {
            return Prop.REGISTRATION_NUMBER;
        }
        return p;
    }

    /** The FtM property for an OFAC identifier type; {@link Prop#ID_NUMBER} when not more specific. */
    public static String propertyFor(String idType) {
        String t = idType.toLowerCase(Locale.ROOT).strip();
        if (t.startsWith("telephone") || t.startsWith("phone")) {
            return Prop.PHONE;
        }
        if (t.endsWith("call sign")) {
            return Prop.CALL_SIGN;
        }
        if (t.startsWith("aircraft construction number") || t.contains("serial number") || t.contains("aircraft manufacturer")) {
            return Prop.SERIAL_NUMBER; // before the tax test: "construction" contains "ruc"
        }
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
        if (t.startsWith("swift") || t.equals("bic")) {
            return Prop.SWIFT_BIC;
        }
        if (t.contains("legal entity number") || t.equals("lei")) {
            return Prop.LEI_CODE;
        }
        if (t.contains("tax id") || t.equals("vat number") || t.equals("ruc") || t.startsWith("ruc ") || t.contains("fiscal code")
                || t.equals("nit #") || t.equals("rfc") || t.equals("tin")) {
            return Prop.TAX_NUMBER;
        }
        if (t.equals("inn") || t.contains("russian inn")) {
            return Prop.INN_CODE;
        }
        if (t.contains("ogrn") || t.equals("registration number (ogrn)")) {
            return Prop.OGRN_CODE;
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
        return Prop.ID_NUMBER;
    }
}
