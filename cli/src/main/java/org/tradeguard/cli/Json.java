package org.tradeguard.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeguard.model.FactCheck;
import org.tradeguard.model.Hit;
import org.tradeguard.model.MatchExplanation;
import org.tradeguard.model.Prop;
import org.tradeguard.model.TokenMatch;

/** JSON rendering for the CLI: plain maps in a fixed key order, so output is stable. */
final class Json {
    private Json() {}

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render JSON", e);
        }
    }

    static Map<String, Object> hit(Hit h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", h.entity().id());
        m.put("caption", h.entity().caption());
        m.put("schema", h.entity().schema().code());
        m.put("score", h.score());
        m.put("alert", h.alert());
        m.put("algorithm", h.algorithm());
        m.put("matched_name", h.matchedName());
        m.put("datasets", List.copyOf(h.entity().datasets()));
        m.put("programs", h.entity().get(Prop.PROGRAM));
        m.put("countries", countries(h));
        m.put("source", Map.of("snapshot_sha256", h.entity().provenance().snapshot().sha256(),
                "published", String.valueOf(h.entity().provenance().snapshot().published()),
                "record_id", h.entity().provenance().recordId()));
        if (h.explanation() != null) {
            m.put("explanation", explanation(h.explanation()));
        }
        return m;
    }

    private static List<String> countries(Hit h) {
        List<String> out = new ArrayList<>();
        for (String p : List.of(Prop.COUNTRY, Prop.NATIONALITY, Prop.CITIZENSHIP, Prop.JURISDICTION, Prop.FLAG)) {
            for (String c : h.entity().get(p)) {
                if (!out.contains(c)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    static Map<String, Object> explanation(MatchExplanation x) {
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
