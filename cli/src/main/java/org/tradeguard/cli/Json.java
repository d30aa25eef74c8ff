package org.tradeguard.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeguard.model.Hit;
import org.tradeguard.model.MatchExplanationJson;
import org.tradeguard.model.Prop;

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
            m.put("explanation", MatchExplanationJson.of(h.explanation()));
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
}
