package org.tradeguard.matching;

import org.tradeguard.text.Token;
import org.tradeguard.text.TokenKind;

/**
 * What {@link TokenSimilarity} reads of words, packed in arrays by word number, so that the many
 * pairs of words that do not meet at all are ruled out without fetching either word or its
 * strings: see {@link TokenSimilarity#mayMeetByKey} and {@link TokenSimilarity#mayMeetAsWritten}.
 */
final class WordSignatures {
    static final int LEGAL_FORM = 1;
    static final int KNOWN = 2;
    static final int TRANSLITERATED = 4;
    static final int ABJAD = 8;
    /** {@link TokenSimilarity#translated}: also compared as written. */
    static final int TRANSLATED = 16;
    /** A word token (not a legal form, number or other kind). */
    static final int WORD = 32;

    /**
     * Per word, four ints side by side, so that one read brings all of a word's signature: the
     * first letter of the key (with q read as k, see {@code TokenSimilarity.vowelVariant}) and of
     * the text; the flags and the key's length; the skeleton's hash (equal skeletons, equal
     * hashes); the letters present in the key, one bit each (digits and others share bits).
     */
    private final int[] packed;
    private static final int STRIDE = 4;

    WordSignatures(int n) {
        packed = new int[n * STRIDE];
    }

    /** Signatures of {@code tokens}, numbered as in the array. */
    static WordSignatures of(Token[] tokens, int n) {
        WordSignatures s = new WordSignatures(n);
        for (int i = 0; i < n; i++) {
            s.set(i, tokens[i]);
        }
        return s;
    }

    void set(int i, Token t) {
        String key = t.key();
        int flags = (t.kind() == TokenKind.LEGAL_FORM ? LEGAL_FORM : 0) | (t.known() ? KNOWN : 0)
                | (t.transliterated() ? TRANSLITERATED : 0) | (t.abjad() ? ABJAD : 0)
                | (TokenSimilarity.translated(t) ? TRANSLATED : 0) | (t.kind() == TokenKind.WORD ? WORD : 0);
        char c = key.isEmpty() ? 0 : key.charAt(0);
        int at = i * STRIDE;
        packed[at] = (c == 'q' ? 'k' : c) | t.text().charAt(0) << 16;
        packed[at + 1] = flags | key.length() << 8;
        packed[at + 2] = t.skeleton().hashCode();
        packed[at + 3] = letters(key);
    }

    int flags(int i) {
        return packed[i * STRIDE + 1] & 0xFF;
    }

    int length(int i) {
        return packed[i * STRIDE + 1] >>> 8;
    }

    char first(int i) {
        return (char) packed[i * STRIDE];
    }

    char textFirst(int i) {
        return (char) (packed[i * STRIDE] >>> 16);
    }

    int skeleton(int i) {
        return packed[i * STRIDE + 2];
    }

    int letters(int i) {
        return packed[i * STRIDE + 3];
    }

    private static int letters(String key) {
        int mask = 0;
        for (int k = 0; k < key.length(); k++) {
            char c = key.charAt(k);
            mask |= c >= 'a' && c <= 'z' ? 1 << (c - 'a') : c >= '0' && c <= '9' ? 1 << (26 + (c - '0') % 5) : 1 << 31;
        }
        return mask;
    }
}
