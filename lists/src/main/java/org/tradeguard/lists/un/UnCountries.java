package org.tradeguard.lists.un;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tradeguard.model.Countries;

/**
 * UN country names -> ISO alpha-2 codes: {@link Countries} first, then the UN's official forms
 * that the shared table misses because it knows the JDK's short names ("Bosnia &amp; Herzegovina",
 * "Myanmar (Burma)", "Congo - Brazzaville") rather than the UN's ("Bosnia and Herzegovina",
 * "Myanmar", "Congo"). A local workaround; the shared table is not ours to change.
 */
final class UnCountries {
    private UnCountries() {}

    private static final Map<String, String> UN_NAMES = Map.of(
            "myanmar", "mm",
            "congo", "cg",
            "china, hong kong special administrative region", "hk",
            "china, macao special administrative region", "mo");

    static Optional<String> toCode(String name) {
        Optional<String> code = Countries.toCode(name);
        if (code.isPresent()) {
            return code;
        }
        String n = name.strip();
        String known = UN_NAMES.get(n.toLowerCase(Locale.ROOT));
        if (known != null) {
            return Optional.of(known);
        }
        // "Trinidad and Tobago" -> "Trinidad Tobago", which the shared key (letters only) equates with "Trinidad & Tobago"
        if (n.contains(" and ")) {
            code = Countries.toCode(n.replace(" and ", " "));
            if (code.isPresent()) {
                return code;
            }
        }
        // "Micronesia (Federated States of)", "Netherlands (Kingdom of the)"
        int paren = n.indexOf(" (");
        if (paren > 0) {
            return Countries.toCode(n.substring(0, paren));
        }
        return Optional.empty();
    }
}
