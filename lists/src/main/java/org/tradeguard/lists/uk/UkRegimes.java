package org.tradeguard.lists.uk;

import java.util.Map;

/**
 * UK sanctions regimes by the three-letter prefix of the UK unique id ({@code RUS1405},
 * {@code AQD0190}). The derived file set dropped the list's regime column; the prefix is the UK's
 * own per-regime numbering, so the regime is read from it. Names as the UK Sanctions List writes them.
 */
final class UkRegimes {
    private UkRegimes() {}

    private static final Map<String, String> BY_PREFIX = Map.ofEntries(
            Map.entry("AFG", "Afghanistan"),
            Map.entry("AQD", "ISIL (Da'esh) and Al-Qaida"),
            Map.entry("BEL", "Belarus"),
            Map.entry("BIH", "Bosnia and Herzegovina"),
            Map.entry("CAF", "Central African Republic"),
            Map.entry("CHW", "Chemical Weapons"),
            Map.entry("CTD", "Counter-Terrorism (Domestic)"),
            Map.entry("CTI", "Counter-Terrorism (International)"),
            Map.entry("CYB", "Cyber"),
            Map.entry("DPR", "Democratic People's Republic of Korea"),
            Map.entry("DRC", "Democratic Republic of the Congo"),
            Map.entry("GAC", "Global Anti-Corruption"),
            Map.entry("GHR", "Global Human Rights"),
            Map.entry("GIM", "Global Irregular Migration and Trafficking in Persons"),
            Map.entry("GUB", "Guinea-Bissau"),
            Map.entry("GUC", "Guinea"),
            Map.entry("HAI", "Haiti"),
            Map.entry("INU", "Iran (Nuclear)"),
            Map.entry("IRN", "Iran"),
            Map.entry("IRQ", "Iraq"),
            Map.entry("LIB", "Libya"),
            Map.entry("MAL", "Mali"),
            Map.entry("MYA", "Myanmar"),
            Map.entry("NIC", "Nicaragua"),
            Map.entry("RUS", "Russia"),
            Map.entry("SOM", "Somalia"),
            Map.entry("SSU", "South Sudan"),
            Map.entry("SUD", "Sudan"),
            Map.entry("SYR", "Syria"),
            Map.entry("VEN", "Venezuela"),
            Map.entry("YEM", "Yemen"));

    /** The regime name for a unique id, or null when its prefix is not known. */
    static String of(String uniqueId) {
        return uniqueId.length() < 3 ? null : BY_PREFIX.get(uniqueId.substring(0, 3));
    }
}
