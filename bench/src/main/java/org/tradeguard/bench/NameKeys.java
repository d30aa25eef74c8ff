package org.tradeguard.bench;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tradeguard.text.NamePipeline;
import org.tradeguard.text.Token;
import org.tradeguard.text.TokenKind;

/**
 * The two comparisons the set builders make between names.
 *
 * <p>{@link #fold} is deliberately simple and independent of the matcher: case, marks and
 * punctuation go, the script stays. It decides whether two spellings are "the same" (an alias
 * equal to the primary name, a cross-list pair that tests nothing), so a label never depends on
 * the algorithm it is meant to evaluate.
 *
 * <p>{@link #looseKey} is aggressive on purpose and only removes negatives: it uses the standard
 * name pipeline (transliteration, canonical spellings), drops legal forms and ignores word order,
 * so "Лукойл Ltd" meets "LUKOIL" and "Ivanov Aleksandr" meets "Александр Иванов".
 */
final class NameKeys {
    private NameKeys() {}

    /** Lower case (root locale), no marks, letters and digits only, words separated by one space. */
    static String fold(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(cp)) {
                if (space && !sb.isEmpty()) {
                    sb.append(' ');
                }
                space = false;
                sb.appendCodePoint(cp);
            } else if (cp != '\'' && cp != '\u2019' && cp != '`' && cp != '\u0092') {
                space = true; // an apostrophe joins ("Xi'an" = "Xian"); anything else separates
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** Letters and digits in a name: what "longer than three characters" counts. */
    static int letterCount(String name) {
        int n = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The words of a name after the standard pipeline (transliterated, canonical spelling), legal
     * forms, honorifics and stop words left out, sorted; empty for a name with no word.
     */
    static String looseKey(String name) {
        List<String> words = new ArrayList<>();
        List<Token> tokens = NamePipeline.standard().analyze(name).tokens();
        for (Token t : tokens) {
            if (t.kind() == TokenKind.WORD) {
                words.add(t.key());
            }
        }
        if (words.isEmpty()) {
            for (Token t : tokens) {
                words.add(t.key());
            }
        }
        words.sort(null);
        return String.join(" ", words);
    }

    /**
     * The first script other than Latin among the letters of a name (Arabic, Cyrillic, Han ...),
     * or null when every letter is Latin.
     */
    static Character.UnicodeScript nonLatinScript(String name) {
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
            if (sc != Character.UnicodeScript.LATIN && sc != Character.UnicodeScript.COMMON
                    && sc != Character.UnicodeScript.INHERITED) {
                return sc;
            }
        }
        return null;
    }

    /** True when the name has a Latin letter and no letter of another script. */
    static boolean isLatin(String name) {
        if (nonLatinScript(name) != null) {
            return false;
        }
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                return true;
            }
        }
        return false;
    }

    /** "HAN" -> "Han", "OLD_TURKIC" -> "Old Turkic": for notes. */
    static String scriptName(Character.UnicodeScript script) {
        String s = script.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
