package org.tradeguard.matching.eval;

import java.util.List;
import java.util.Set;
import org.tradeguard.model.PartialDate;
import org.tradeguard.model.Schema;
import org.tradeguard.model.ScreeningQuery;

/**
 * One labelled case: a query and the entity ids any of which is a correct answer. No expected
 * ids means the query must not alert.
 */
public record EvalCase(int line, String query, Schema schema, Set<String> expected, String country,
                       PartialDate birthDate, List<String> identifiers) {
    public EvalCase {
        expected = Set.copyOf(expected);
        identifiers = List.copyOf(identifiers);
    }

    public boolean positive() {
        return !expected.isEmpty();
    }

    public ScreeningQuery toQuery() {
        return new ScreeningQuery(query, schema, country, birthDate, identifiers, null);
    }
}
