package org.tradeguard.text;

import java.util.List;

/** A name as written and its tokens, in order of appearance. */
public record AnalyzedName(String original, List<Token> tokens) {
    public AnalyzedName {
        tokens = List.copyOf(tokens);
    }

    /** The original text a token covers, for display. */
    public String cover(Token t) {
        return original.substring(t.start(), t.end());
    }

    /** Number of {@link TokenKind#WORD} tokens. */
    public int wordCount() {
        int n = 0;
        for (Token t : tokens) {
            if (t.isWord()) {
                n++;
            }
        }
        return n;
    }
}
