package org.tradeguard.text;

/**
 * One token of a name.
 *
 * @param text           folded Latin form, lower-case ASCII letters and digits ("granpect")
 * @param key            canonical form after the variant, abbreviation and legal-form tables
 *                       ("company" -> "co", "mohammed" -> "muhammad"); equal keys mean the same word
 * @param skeleton       phonetic skeleton of {@code key} ({@link Phonetics#skeleton})
 * @param kind           word, legal form, honorific or stop word
 * @param start          offset of the first UTF-16 unit in the original string
 * @param end            offset after the last UTF-16 unit in the original string
 * @param transliterated true when the original was in a non-Latin script
 * @param syllable       true for one Han or Hangul character: a name syllable, never a function word
 * @param known          true when the word is in the name-variant table: two known names of
 *                       different groups are different names, however alike they sound
 * @param abjad          transliterated from a script that writes no short vowels (Arabic, Hebrew,
 *                       Syriac, Thaana): only its consonants can be compared
 * @param translated     true when the translation table rewrote the word from another language
 *                       ("zavod" -> "plant", "mekhanicheski" -> "mechanical"): the word as written
 *                       still counts ("Jamat" meets "Jama'at", keyed "group")
 */
public record Token(String text, String key, String skeleton, TokenKind kind, int start, int end,
                    boolean transliterated, boolean syllable, boolean known, boolean abjad, boolean translated) {

    public Token {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty token");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end);
        }
    }

    public boolean isWord() {
        return kind == TokenKind.WORD;
    }

    Token known(String canonicalKey) {
        return new Token(text, canonicalKey, Phonetics.skeleton(canonicalKey), kind, start, end, transliterated, syllable, true, abjad,
                translated);
    }

    Token withKind(TokenKind k, String newKey) {
        return new Token(text, newKey, Phonetics.skeleton(newKey), k, start, end, transliterated, syllable, known, abjad, translated);
    }

    /** This word translated from another language to the English {@code englishKey}. */
    Token translatedTo(String englishKey) {
        return new Token(text, englishKey, Phonetics.skeleton(englishKey), TokenKind.WORD, start, end, transliterated, syllable, known,
                abjad, true);
    }
}
