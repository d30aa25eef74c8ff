package org.tradeguard.bench;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.tradeguard.model.Schema;

/**
 * One line of an evaluation set as the builders write it.
 *
 * @param query    the name screened
 * @param schema   the query's schema, or null for any
 * @param expected entity ids any of which is a correct answer; empty for a negative
 * @param ids      identifiers screened with the name (IMO, passport ...); usually none
 * @param note     where the case came from, for a reader of the file (ignored by the evaluator)
 */
record EvalRow(String query, Schema schema, List<String> expected, List<String> ids, String note) {

    /** Positives by expected ids then query; negatives by note then query. Total, so output is stable. */
    static final Comparator<EvalRow> ORDER = Comparator.comparing((EvalRow r) -> String.join(";", r.expected()))
            .thenComparing(EvalRow::note).thenComparing(EvalRow::query)
            .thenComparing(r -> r.schema() == null ? "" : r.schema().code());

    EvalRow {
        Objects.requireNonNull(query, "query");
        if (query.isBlank()) {
            throw new IllegalArgumentException("blank query");
        }
        expected = expected.stream().distinct().sorted().toList();
        ids = List.copyOf(ids);
        note = note == null ? "" : note;
    }

    static EvalRow positive(String query, Schema schema, List<String> expected, String note) {
        if (expected.isEmpty()) {
            throw new IllegalArgumentException("a positive case needs an expected id: " + query);
        }
        return new EvalRow(query, schema, expected, List.of(), note);
    }

    static EvalRow negative(String query, Schema schema, String note) {
        return new EvalRow(query, schema, List.of(), List.of(), note);
    }

    /** The same case screened with these identifiers as well. */
    EvalRow withIds(List<String> identifiers) {
        return new EvalRow(query, schema, expected, identifiers, note);
    }
}
