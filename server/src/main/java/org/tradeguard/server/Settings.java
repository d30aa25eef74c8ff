package org.tradeguard.server;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Run-time settings an admin may change ({@code PUT /v1/config}); every change is kept and audited.
 *
 * @param fourEyes a true match, and a false positive on a score at or above {@code highBand}, need
 *                 a second analyst before they are final
 * @param highBand score from which a false positive needs a second analyst too
 */
record Settings(boolean fourEyes, double highBand) {

    static final String FOUR_EYES = "four_eyes";
    static final String HIGH_BAND = "high_band";
    /**
     * Default high band: 0.95 sits well above the alert threshold (0.80), where a hit is nearly
     * every word of the name plus agreeing facts; clearing such a hit alone is what four-eyes is for.
     */
    static final Settings DEFAULTS = new Settings(true, 0.95);

    static Settings of(Map<String, String> stored) {
        boolean fe = DEFAULTS.fourEyes;
        double hb = DEFAULTS.highBand;
        if (stored.containsKey(FOUR_EYES)) {
            fe = Boolean.parseBoolean(stored.get(FOUR_EYES));
        }
        if (stored.containsKey(HIGH_BAND)) {
            hb = Double.parseDouble(stored.get(HIGH_BAND));
        }
        return new Settings(fe, hb);
    }

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(FOUR_EYES, fourEyes);
        m.put(HIGH_BAND, highBand);
        return m;
    }
}
