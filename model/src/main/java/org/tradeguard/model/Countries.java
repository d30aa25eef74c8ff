package org.tradeguard.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country names and codes as lists write them -> ISO 3166-1 alpha-2, lower case (FtM's form).
 * Knows every ISO code, its English name, and the names sanctions lists use that differ from
 * ISO's ("Iran (Islamic Republic of)", "Korea, North", "Burma", "Russian Federation").
 */
public final class Countries {
    private Countries() {}

    private static final Map<String, String> BY_KEY = new HashMap<>();

    static {
        for (String cc : Locale.getISOCountries()) {
            String lower = cc.toLowerCase(Locale.ROOT);
            BY_KEY.put(key(cc), lower);
            BY_KEY.put(key(Locale.of("", cc).getDisplayCountry(Locale.ENGLISH)), lower);
            try {
                BY_KEY.put(key(Locale.of("", cc).getISO3Country()), lower);
            } catch (java.util.MissingResourceException e) {
                // a few codes have no alpha-3 in the JDK; the alpha-2 and the name still map
            }
        }
        String[][] aliases = {
            {"iran (islamic republic of)", "ir"}, {"iran, islamic republic of", "ir"},
            {"korea, north", "kp"}, {"north korea", "kp"}, {"democratic people's republic of korea", "kp"},
            {"korea, democratic people's republic of", "kp"}, {"dprk", "kp"},
            {"korea, south", "kr"}, {"south korea", "kr"}, {"republic of korea", "kr"}, {"korea, republic of", "kr"},
            {"burma", "mm"}, {"russian federation", "ru"}, {"russia", "ru"},
            {"syrian arab republic", "sy"}, {"syria", "sy"}, {"venezuela, bolivarian republic of", "ve"},
            {"venezuela (bolivarian republic of)", "ve"}, {"bolivia (plurinational state of)", "bo"},
            {"viet nam", "vn"}, {"vietnam", "vn"}, {"lao people's democratic republic", "la"}, {"laos", "la"},
            {"congo, democratic republic of the", "cd"}, {"democratic republic of the congo", "cd"},
            {"congo, democratic republic", "cd"}, {"drc", "cd"}, {"republic of the congo", "cg"},
            {"congo, republic of the", "cg"}, {"tanzania, united republic of", "tz"}, {"united republic of tanzania", "tz"},
            {"moldova, republic of", "md"}, {"republic of moldova", "md"}, {"macedonia", "mk"},
            {"the former yugoslav republic of macedonia", "mk"}, {"north macedonia, the republic of", "mk"},
            {"palestinian", "ps"}, {"palestine", "ps"}, {"state of palestine", "ps"}, {"west bank", "ps"}, {"gaza", "ps"},
            {"united kingdom of great britain and northern ireland", "gb"}, {"united kingdom", "gb"}, {"uk", "gb"},
            {"united states of america", "us"}, {"usa", "us"}, {"united states", "us"},
            {"turkey", "tr"}, {"turkiye", "tr"}, {"türkiye", "tr"}, {"ivory coast", "ci"}, {"cote d'ivoire", "ci"},
            {"côte d'ivoire", "ci"}, {"cote divoire", "ci"}, {"czech republic", "cz"}, {"czechia", "cz"},
            {"cabo verde", "cv"}, {"cape verde", "cv"}, {"swaziland", "sz"}, {"eswatini", "sz"},
            {"kosovo", "xk"}, {"brunei darussalam", "bn"}, {"micronesia, federated states of", "fm"},
            {"saint kitts and nevis", "kn"}, {"st. kitts and nevis", "kn"}, {"holy see", "va"},
            {"hong kong", "hk"}, {"hong kong sar", "hk"}, {"macau", "mo"}, {"macao", "mo"}, {"taiwan", "tw"},
            {"taiwan, province of china", "tw"}, {"crimea region of ukraine", "ua"}, {"crimea", "ua"},
            {"netherlands antilles", "an"}, {"serbia and montenegro", "cs"}, {"yugoslavia", "yu"},
            {"soviet union", "su"}, {"ussr", "su"}, {"gambia, the", "gm"}, {"the gambia", "gm"},
            {"bahamas, the", "bs"}, {"the bahamas", "bs"}, {"sudan, south", "ss"}, {"south sudan", "ss"},
            {"timor-leste", "tl"}, {"east timor", "tl"}, {"curacao", "cw"}, {"curaçao", "cw"},
            {"british virgin islands", "vg"}, {"virgin islands, british", "vg"}, {"the netherlands", "nl"},
            {"united arab emirates", "ae"}, {"uae", "ae"}, {"libyan arab jamahiriya", "ly"},
            {"myanmar", "mm"}, {"congo", "cg"}, {"bosnia and herzegovina", "ba"}, {"trinidad and tobago", "tt"},
            {"china, hong kong special administrative region", "hk"}, {"china, hong kong sar", "hk"},
            {"china, macao special administrative region", "mo"}, {"antigua and barbuda", "ag"},
            {"saint vincent and the grenadines", "vc"}, {"sao tome and principe", "st"}, {"turks and caicos islands", "tc"},
            {"heard island and mcdonald islands", "hm"}, {"saint pierre and miquelon", "pm"}, {"wallis and futuna", "wf"},
            {"man, isle of", "im"}, {"st. kitts & nevis", "kn"}, {"saint lucia", "lc"}, {"st. lucia", "lc"},
            {"st. vincent and the grenadines", "vc"}, {"svalbard and jan mayen", "sj"},
            {"macedonia, the former yugoslav republic of", "mk"},
        };
        for (String[] a : aliases) {
            BY_KEY.put(key(a[0]), a[1]);
        }
    }

    private static String key(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    /**
     * The ISO alpha-2 code (lower case) for a code (alpha-2 or alpha-3, any case) or a name as
     * lists write it; empty when unknown.
     */
    public static Optional<String> toCode(String nameOrCode) {
        if (nameOrCode == null || nameOrCode.isBlank()) {
            return Optional.empty();
        }
        String n = nameOrCode.strip();
        if (n.endsWith(".")) {
            n = n.substring(0, n.length() - 1);
        }
        if (n.regionMatches(true, 0, "Region: ", 0, 8)) {
            n = n.substring(8); // OFAC: "Region: Crimea"
        }
        String code = BY_KEY.get(key(n));
        if (code == null && n.contains(" and ")) {
            code = BY_KEY.get(key(n.replace(" and ", " "))); // "Trinidad and Tobago" = "Trinidad & Tobago"
        }
        int paren = n.indexOf(" (");
        if (code == null && paren > 0) {
            code = BY_KEY.get(key(n.substring(0, paren))); // "Micronesia (Federated States of)"
        }
        return Optional.ofNullable(code);
    }

    /** The English name of an alpha-2 code, or the code itself when unknown. */
    public static String name(String code) {
        if (code == null || code.length() != 2) {
            return code;
        }
        String n = Locale.of("", code.toUpperCase(Locale.ROOT)).getDisplayCountry(Locale.ENGLISH);
        return n.isEmpty() ? code : n;
    }
}
