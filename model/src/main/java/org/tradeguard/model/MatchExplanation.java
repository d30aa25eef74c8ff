package org.tradeguard.model;

import java.util.List;

/**
 * Why a hit scored what it did.
 *
 * @param queryName    the query name as given
 * @param listName     the list name that matched best
 * @param listProperty which property that name came from (name, alias, previousName, weakAlias)
 * @param nameScore    the name similarity before facts, 0..1
 * @param tokens       token-by-token matches with offsets into both strings
 * @param unmatchedQuery query tokens that met nothing (as written)
 * @param unmatchedList  list tokens that met nothing (as written)
 * @param repeatedQuery  query tokens that met nothing but cost nothing either, since they repeat the
 *                       name: its own acronym ("NITI" after the words it spells), "scientific" in
 *                       "scientific research", or the initials of the person it is named after
 *                       ("V.A." of "ZAVOD IMENI V.A. DEGTYAREVA") (as written)
 * @param repeatedList   the same for the list name's tokens
 * @param facts        supporting and conflicting facts (dates, countries, identifiers)
 */
public record MatchExplanation(String queryName, String listName, String listProperty, double nameScore,
                               List<TokenMatch> tokens, List<String> unmatchedQuery, List<String> unmatchedList,
                               List<String> repeatedQuery, List<String> repeatedList, List<FactCheck> facts) {
    public MatchExplanation {
        tokens = List.copyOf(tokens);
        unmatchedQuery = List.copyOf(unmatchedQuery);
        unmatchedList = List.copyOf(unmatchedList);
        repeatedQuery = List.copyOf(repeatedQuery);
        repeatedList = List.copyOf(repeatedList);
        facts = List.copyOf(facts);
    }
}
