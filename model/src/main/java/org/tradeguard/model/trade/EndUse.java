package org.tradeguard.model.trade;

/**
 * The declared end use and the structured flags the catch-alls read (E-7, U-3, P-1). Flags are the
 * exporter's knowledge; they are never inferred from the free text.
 *
 * @param declared           free text, as declared
 * @param rangeAtLeast300km  true / false when documented, null when unknown (744.3(a)(3))
 */
public record EndUse(String declared, boolean nuclear, boolean missileOrUav, Boolean rangeAtLeast300km,
                     boolean wmdDelivery, boolean chemicalBiological, boolean military, boolean militaryEndUser) {

    public static EndUse none() {
        return new EndUse(null, false, false, null, false, false, false, false);
    }
}
