package org.tradeguard.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one JSON shape of a {@link MatchExplanation}, as plain maps and lists in a fixed key order,
 * for every writer (the CLI's {@code --format json}, the API's hits): keys {@code query_name},
 * {@code list_name}, {@code list_property}, {@code name_score}, {@code tokens} (each with
 * {@code query}, {@code query_offsets}, {@code list}, {@code list_offsets}, {@code method},
 * {@code similarity}, {@code weight}), {@code unmatched_query}, {@code unmatched_list},
 * {@code repeated_query}, {@code repeated_list} and {@code facts} (each with {@code property},
 * {@code query}, {@code list}, {@code outcome}, {@code effect}).
 */
public final class MatchExplanationJson {
    private MatchExplanationJson() {}

    public static Map<String, Object> of(MatchExplanation x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("query_name", x.queryName());
        m.put("list_name", x.listName());
        m.put("list_property", x.listProperty());
        m.put("name_score", x.nameScore());
        List<Map<String, Object>> tokens = new ArrayList<>();
        for (TokenMatch t : x.tokens()) {
            Map<String, Object> tm = new LinkedHashMap<>();
            tm.put("query", t.queryText());
            tm.put("query_offsets", List.of(t.queryStart(), t.queryEnd()));
            tm.put("list", t.listText());
            tm.put("list_offsets", List.of(t.listStart(), t.listEnd()));
            tm.put("method", t.method());
            tm.put("similarity", t.similarity());
            tm.put("weight", t.weight());
            tokens.add(tm);
        }
        m.put("tokens", tokens);
        m.put("unmatched_query", x.unmatchedQuery());
        m.put("unmatched_list", x.unmatchedList());
        m.put("repeated_query", x.repeatedQuery());
        m.put("repeated_list", x.repeatedList());
        List<Map<String, Object>> facts = new ArrayList<>();
        for (FactCheck f : x.facts()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("property", f.property());
            fm.put("query", f.queryValue());
            fm.put("list", f.listValue());
            fm.put("outcome", f.outcome().code());
            fm.put("effect", Math.round(f.effect() * 1000) / 1000.0);
            facts.add(fm);
        }
        m.put("facts", facts);
        return m;
    }
}
