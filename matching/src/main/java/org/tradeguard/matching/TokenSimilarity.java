package org.tradeguard.matching;

import org.tradeguard.text.Token;
import org.tradeguard.text.TokenKind;

/**
 * How alike two tokens are, and by which method. Each tuned constant carries its reason.
 */
final class TokenSimilarity {
    private TokenSimilarity() {}

    /** Same consonant skeleton ("Qaddafi"/"Gadhafi" are in the variant table; "Granpect"/"Granpekt" are not). */
    static final float PHONETIC = 0.88f;
    /** A single letter against a name starting with it ("J." vs "John"): plausible, far from proof. */
    static final float INITIAL = 0.72f;
    /** Below this an edit-distance similarity is noise ("Ivanov"/"Ivanova" = 0.86 stays; "Li"/"Lu" never gets here). */
    static final float MIN_EDIT = 0.75f;
    /**
     * Shortest token for edit distance: on four letters one edit is usually another name
     * ("Jong"/"Tong", "Kira"/"Kiro"); the phonetic skeleton still catches "Putn"/"Putin".
     */
    static final int MIN_EDIT_LENGTH = 5;
    /** Skeleton edit similarity of transliterated tokens, discounted: scripts without vowels are fuzzier. */
    static final float TRANSLIT_DISCOUNT = 0.85f;

    static final String EXACT = "exact";
    static final String VARIANT = "variant";
    static final String TRANSLITERATION = "transliteration";
    static final String PHONETIC_METHOD = "phonetic";
    static final String EDIT = "edit_distance";
    static final String INITIAL_METHOD = "initial";
    static final String LEGAL_FORM = "legal_form";
    static final String COMPOUND = "compound";

    /** Similarity in [0,1]; 0 means no match. */
    static float similarity(Token q, Token n) {
        boolean qlf = q.kind() == TokenKind.LEGAL_FORM;
        boolean nlf = n.kind() == TokenKind.LEGAL_FORM;
        if (qlf || nlf) {
            return qlf && nlf && q.key().equals(n.key()) ? 1f : 0f;
        }
        return words(q.key(), q.skeleton(), n.key(), n.skeleton(), q.transliterated() || n.transliterated());
    }

    static float words(String qk, String qs, String nk, String ns, boolean translit) {
        if (qk.equals(nk)) {
            return 1f;
        }
        int ql = qk.length();
        int nl = nk.length();
        if (ql == 1 || nl == 1) {
            return (ql == 1 ? nk.charAt(0) == qk.charAt(0) : qk.charAt(0) == nk.charAt(0)) ? INITIAL : 0f;
        }
        if (qs.equals(ns) && qs.length() >= 2 && Math.min(ql, nl) >= 3) {
            return PHONETIC;
        }
        float best = 0f;
        int max = Math.max(ql, nl);
        if (max >= MIN_EDIT_LENGTH && Math.abs(ql - nl) <= max / 4 + 1) {
            float s = 1f - (float) EditDistance.osa(qk, nk, max) / max;
            if (s >= MIN_EDIT) {
                best = Math.min(s, 0.95f);
            }
        }
        if (translit) {
            int sm = Math.max(qs.length(), ns.length());
            if (sm >= 3) {
                float s = (1f - (float) EditDistance.osa(qs, ns, sm) / sm) * TRANSLIT_DISCOUNT;
                if (s >= 0.6f && s > best) {
                    best = s;
                }
            }
        }
        return best;
    }

    static String method(Token q, Token n, float sim) {
        if (q.kind() == TokenKind.LEGAL_FORM) {
            return LEGAL_FORM;
        }
        boolean translit = q.transliterated() || n.transliterated();
        if (sim >= 1f) {
            if (translit) {
                return TRANSLITERATION;
            }
            return q.text().equals(n.text()) ? EXACT : VARIANT;
        }
        if (sim == INITIAL && (q.key().length() == 1 || n.key().length() == 1)) {
            return INITIAL_METHOD;
        }
        if (sim == PHONETIC) {
            return translit ? TRANSLITERATION : PHONETIC_METHOD;
        }
        return translit && sim < MIN_EDIT ? TRANSLITERATION : EDIT;
    }
}
