package org.tradeguard.lists.uk;

import java.util.Optional;
import org.tradeguard.model.Countries;
import org.tradeguard.model.Prop;

/** UK identifier types ({@code identifier_type}) -> FtM properties, and the issuing country where the note names it. */
final class UkIdentifiers {
    private UkIdentifiers() {}

    /** The FtM property for an identifier type; null when the type is not known. */
    static String propertyFor(String type) {
        return switch (type) {
            case "passport" -> Prop.PASSPORT_NUMBER;
            case "national" -> Prop.ID_NUMBER;
            case "imo" -> Prop.IMO_NUMBER;
            case "business_registration_numbers" -> Prop.REGISTRATION_NUMBER;
            default -> null;
        };
    }

    /**
     * The issuing country when the note starts with a country name: "Afghanistan passport number
     * P04581926, issued ...", "Syrian Arab Republic national identification card number", "Sudan".
     * Only names of four letters or more are tried, so words like "No." or "CAR" never read as
     * ISO codes.
     */
    static Optional<String> countryOf(String note) {
        String[] words = note.strip().split("\\s+");
        for (int k = Math.min(4, words.length); k >= 1; k--) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < k; i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                sb.append(words[i]);
            }
            String candidate = trimPunctuation(sb.toString());
            if (letters(candidate) >= 4) {
                Optional<String> code = Countries.toCode(candidate);
                if (code.isPresent()) {
                    return code;
                }
            }
        }
        return Optional.empty();
    }

    private static String trimPunctuation(String s) {
        int end = s.length();
        while (end > 0 && !Character.isLetterOrDigit(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
