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

    final int[] flags;
    /** First letter of the key, with q read as k (see {@code TokenSimilarity.vowelVariant}). */
    final char[] first;
    final int[] length;
    /** Hash of the skeleton: equal skeletons, equal hashes. */
    final int[] skeleton;
    /** The letters present in the key, one bit each (digits and others share bits). */
    final int[] letters;
    /** First letter as written. */
    final char[] textFirst;

    WordSignatures(int n) {
        flags = new int[n];
        first = new char[n];
        length = new int[n];
        skeleton = new int[n];
        letters = new int[n];
        textFirst = new char[n];
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
        flags[i] = (t.kind() == TokenKind.LEGAL_FORM ? LEGAL_FORM : 0) | (t.known() ? KNOWN : 0)
                | (t.transliterated() ? TRANSLITERATED : 0) | (t.abjad() ? ABJAD : 0)
                | (TokenSimilarity.translated(t) ? TRANSLATED : 0) | (t.kind() == TokenKind.WORD ? WORD : 0);
        char c = key.isEmpty() ? 0 : key.charAt(0);
        first[i] = c == 'q' ? 'k' : c;
        length[i] = key.length();
        skeleton[i] = t.skeleton().hashCode();
        letters[i] = letters(key);
        textFirst[i] = t.text().charAt(0);
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
