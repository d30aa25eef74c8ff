package org.tradeguard.text;

/** What a token is to a name; the matcher weighs kinds differently. */
public enum TokenKind {
    /** A distinctive name part: carries the match. */
    WORD,
    /** A legal form ("Co", "Ltd", "OOO", "GmbH"): weak evidence, never enough alone. */
    LEGAL_FORM,
    /** A title or honorific ("Haji", "Sheikh", "Dr"): ignored for scoring. */
    HONORIFIC,
    /** A function word ("of", "the", "de"): ignored for scoring. */
    STOPWORD,
    /**
     * A word in parentheses: an acronym or a qualifier the other side may leave out
     * ("KOREA KWANGSON BANKING CORPORATION (KKBC)", "(BRANCH LOCATED IN ...)"): ignored for scoring.
     */
    QUALIFIER
}
