package org.tradeguard.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatchExplanationJsonTest {

    @Test
    void writesEveryPartInTheDocumentedKeyOrder() {
        MatchExplanation x = new MatchExplanation("Granpect Company Limited", "GRANPECT CO. LTD.", "name", 0.97,
                List.of(new TokenMatch("Granpect", 0, 8, "GRANPECT", 0, 8, "exact", 1.0, 9.3)),
                List.of(), List.of("CO."), List.of("ZQ"), List.of(),
                List.of(new FactCheck(Prop.COUNTRY, "CN", "CN", FactCheck.Outcome.SUPPORTS, 0.030000001)));
        Map<String, Object> m = MatchExplanationJson.of(x);
        assertThat(m.keySet()).containsExactly("query_name", "list_name", "list_property", "name_score", "tokens",
                "unmatched_query", "unmatched_list", "repeated_query", "repeated_list", "facts");
        @SuppressWarnings("unchecked")
        Map<String, Object> token = ((List<Map<String, Object>>) m.get("tokens")).get(0);
        assertThat(token).containsExactly(Map.entry("query", "Granpect"), Map.entry("query_offsets", List.of(0, 8)),
                Map.entry("list", "GRANPECT"), Map.entry("list_offsets", List.of(0, 8)), Map.entry("method", "exact"),
                Map.entry("similarity", 1.0), Map.entry("weight", 9.3));
        assertThat(m.get("unmatched_list")).isEqualTo(List.of("CO."));
        assertThat(m.get("repeated_query")).isEqualTo(List.of("ZQ"));
        @SuppressWarnings("unchecked")
        Map<String, Object> fact = ((List<Map<String, Object>>) m.get("facts")).get(0);
        assertThat(fact).containsEntry("outcome", FactCheck.Outcome.SUPPORTS.code()).containsEntry("effect", 0.03);
    }
}
