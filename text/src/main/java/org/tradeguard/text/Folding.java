package org.tradeguard.text;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Character stages for one raw token: compatibility decomposition (NFKD), case folding, mark
 * stripping, transliteration of non-Latin scripts to Latin with ICU4J, and reduction to lower-case
 * ASCII letters and digits. ASCII input takes a fast path without any Unicode work.
 *
 * <p>Transliteration is chosen by script: BGN/PCGN for Cyrillic (the romanisation US and UK lists
 * use: "Евгений" -> "yevgeniy"), UNGEGN for Greek, ICU's defaults for Arabic, Hebrew, Han (pinyin),
 * Hangul and kana. Results for non-ASCII tokens are cached: list and query names repeat tokens.
 */
final class Folding {
    private Folding() {}

    private static final int CACHE_LIMIT = 200_000;
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    /** Transliterator ids by script; ICU transliterators are created once per thread. */
    private static final ThreadLocal<Map<Character.UnicodeScript, Transliterator>> TRANSLITERATORS =
            ThreadLocal.withInitial(() -> new java.util.EnumMap<>(Character.UnicodeScript.class));

    /** Folds an ASCII or non-ASCII raw token to lower-case ASCII alphanumerics, possibly with spaces. */
    static String fold(String raw, Character.UnicodeScript script) {
        if (isAscii(raw)) {
            return foldAscii(raw);
        }
        String cached = CACHE.get(raw);
        if (cached != null) {
            return cached;
        }
        String out = foldUnicode(raw, script);
        if (CACHE.size() > CACHE_LIMIT) {
            CACHE.clear();
        }
        CACHE.put(raw, out);
        return out;
    }

    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String foldAscii(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                sb.append((char) (c + 32));
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String foldUnicode(String raw, Character.UnicodeScript script) {
        String s = raw;
        if (script == Character.UnicodeScript.ARABIC) {
            // ta marbuta ends names as a vowel: أسامة is "Usama", not "Usamat"
            s = s.replace('\u0629', '\u0627');
            // zah is romanised z, dh, d or th as dhal is (Hafiz, Hafidh, Hafed; Nazim, Nadhim):
            // read as dhal, whose readings the matcher knows, not as ICU's z alone
            s = s.replace('\u0638', '\u0630');
        }
        if (script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.COMMON
                && script != Character.UnicodeScript.INHERITED) {
            s = transliterator(script).transliterate(s);
        }
        if (script == Character.UnicodeScript.HANGUL && s.startsWith("l")) {
            // initial ㄹ is written R in the romanisation lists use for Korean names: Ri, Ryong
            s = "r" + s.substring(1);
        }
        s = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || type == Character.MODIFIER_LETTER
                    || type == Character.MODIFIER_SYMBOL) {
                continue; // marks, and transliteration's ayn/hamza signs (ʿ ʾ): not letters of the name
            }
            String mapped = SPECIAL.get(c);
            if (mapped != null) {
                sb.append(mapped);
                continue;
            }
            if (c < 0x80) {
                if (Character.isLetterOrDigit(c)) {
                    sb.append(Character.toLowerCase(c));
                } else if (c == ' ' || c == '-') {
                    sb.append(' ');
                }
            } else if (Character.isLetterOrDigit(c) && !Character.isSurrogate(c)) {
                // a letter the script's transform left alone: one more try with ICU's generic
                // transform, else it is dropped (tokens are ASCII by contract)
                String any = generic().transliterate(String.valueOf(c));
                for (int k = 0; k < any.length(); k++) {
                    char a = any.charAt(k);
                    if (a < 0x80 && Character.isLetterOrDigit(a)) {
                        sb.append(Character.toLowerCase(a));
                    }
                }
            }
        }
        return sb.toString().strip();
    }

    private static final Map<Character, String> SPECIAL = Map.ofEntries(
            Map.entry('ß', "ss"), Map.entry('æ', "ae"), Map.entry('Æ', "ae"), Map.entry('ø', "o"),
            Map.entry('Ø', "o"), Map.entry('đ', "d"), Map.entry('Đ', "d"), Map.entry('ł', "l"),
            Map.entry('Ł', "l"), Map.entry('ı', "i"), Map.entry('þ', "th"), Map.entry('Þ', "th"),
            Map.entry('ð', "d"), Map.entry('Ð', "d"), Map.entry('œ', "oe"), Map.entry('Œ', "oe"),
            Map.entry('ħ', "h"), Map.entry('ŧ', "t"), Map.entry('ŋ', "ng"), Map.entry('ĸ', "k"));

    private static final ThreadLocal<Transliterator> GENERIC =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    private static Transliterator generic() {
        return GENERIC.get();
    }

    private static Transliterator transliterator(Character.UnicodeScript script) {
        return TRANSLITERATORS.get().computeIfAbsent(script, sc -> Transliterator.getInstance(switch (sc) {
            case CYRILLIC -> "Russian-Latin/BGN; Any-Latin";
            case GREEK -> "Greek-Latin/UNGEGN";
            case HAN -> "Han-Latin";
            case HANGUL -> "Hangul-Latin";
            case ARABIC -> "Arabic-Latin";
            case HEBREW -> "Hebrew-Latin";
            default -> "Any-Latin";
        }));
    }

    static String version() {
        return "icu-" + com.ibm.icu.util.VersionInfo.ICU_VERSION;
    }
}
