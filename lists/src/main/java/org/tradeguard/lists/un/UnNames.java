package org.tradeguard.lists.un;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the UN's packed name fields into single names. The list sometimes puts several names in
 * one ALIAS_NAME or FIRST_NAME:
 * <ul>
 *   <li>{@code "Azim Adhajani; Azim Agha-Jani"} (and one {@code "... Sabet b) M. Javad ..."});</li>
 *   <li>{@code "حسن غول (Hassan Ghul; Hassan Gul; Hasan Gul)"}: a name followed by its variants in
 *       parentheses, where a variant may carry the marker {@code "(original script)"};</li>
 *   <li>{@code "Ibrahim Hassan Tali Asiri (إبراهيم حسن طالع عسيري)"}: a name followed by the same
 *       name in another script;</li>
 *   <li>{@code "COMPAGNIE AERIENNE DES GRANDS LACS (CAGL) ; GREAT LAKES BUSINESS COMPANY (GLBC)"}.</li>
 * </ul>
 * Parentheses without a {@code ;} inside are part of the name ("AL-QAIDA IN IRAQ (AQI)").
 */
final class UnNames {
    /** Remarks the list appends to a variant; they are not part of the name. */
    private static final List<String> MARKS = List.of("(original script)", "- sub-unit name");

    private UnNames() {}

    /** The single names in a cleaned name field, in order; one element when nothing is packed. */
    static List<String> split(String text) {
        String s = XmlNode.clean(text);
        List<String> out = new ArrayList<>();
        if (s.isEmpty()) {
            return out;
        }
        if (s.endsWith(")")) {
            int open = openingParen(s);
            if (open > 0) {
                String inner = s.substring(open + 1, s.length() - 1);
                List<String> variants = splitTopLevel(inner);
                if (variants.size() > 1 || otherScript(s.substring(0, open), inner)) {
                    addName(out, s.substring(0, open));
                    variants.forEach(v -> addName(out, v));
                    return out;
                }
            }
        }
        for (String part : splitTopLevel(s)) {
            addName(out, part);
        }
        return out;
    }

    private static void addName(List<String> out, String raw) {
        String n = raw.strip();
        for (String mark : MARKS) {
            if (n.endsWith(mark)) {
                n = n.substring(0, n.length() - mark.length()).strip();
            }
        }
        // an enumeration inside one variant: "Mohammad Sabet b) M. Javad Kareemi Sabet"
        for (String piece : splitEnumeration(n)) {
            if (!piece.isEmpty() && !out.contains(piece)) {
                out.add(piece);
            }
        }
    }

    /** True when both texts have letters and the first letters are of different scripts (Latin vs Arabic). */
    private static boolean otherScript(String a, String b) {
        Character.UnicodeScript sa = script(a);
        Character.UnicodeScript sb = script(b);
        return sa != null && sb != null && sa != sb;
    }

    private static Character.UnicodeScript script(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLetter(cp)) {
                return Character.UnicodeScript.of(cp);
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    /** Index of the '(' that matches the final ')', or -1. */
    private static int openingParen(String s) {
        int depth = 0;
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Splits on ';' outside parentheses. */
    private static List<String> splitTopLevel(String s) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c == ';' && depth == 0) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(s.substring(start));
        return parts;
    }

    /** Splits "x b) y c) z" at the enumerators " b) ", " c) " ...; a leading "a) " is dropped. */
    private static List<String> splitEnumeration(String s) {
        List<String> parts = new ArrayList<>();
        String rest = s;
        if (rest.length() > 3 && rest.startsWith("a) ")) {
            rest = rest.substring(3);
        }
        int start = 0;
        for (int i = 1; i + 3 < rest.length(); i++) {
            char c = rest.charAt(i);
            if (rest.charAt(i - 1) == ' ' && c >= 'b' && c <= 'h' && rest.charAt(i + 1) == ')' && rest.charAt(i + 2) == ' ') {
                parts.add(rest.substring(start, i - 1).strip());
                start = i + 3;
                i += 2;
            }
        }
        parts.add(rest.substring(start).strip());
        return parts;
    }
}
