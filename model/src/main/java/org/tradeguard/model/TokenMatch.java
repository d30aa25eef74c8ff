package org.tradeguard.model;

/**
 * One query token that met one list token.
 *
 * @param queryText  the query token as written
 * @param queryStart offset in the query name (UTF-16)
 * @param queryEnd   end offset in the query name
 * @param listText   the list token as written
 * @param listStart  offset in the list name
 * @param listEnd    end offset in the list name
 * @param method     exact, variant, transliteration, phonetic, edit_distance, initial, legal_form, compound,
 *                   qualifier (met by a word the other name writes in parentheses)
 * @param similarity 0..1
 * @param weight     the token's weight in the name score (its rarity across the lists)
 */
public record TokenMatch(String queryText, int queryStart, int queryEnd, String listText, int listStart, int listEnd,
                         String method, double similarity, double weight) {
}
