package org.tradeguard.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeguard.lists.BundledLists;
import org.tradeguard.store.AuditEntry;
import org.tradeguard.store.Role;

/** {@code POST /v1/assess} over real HTTP, with the bundled OFAC lists (the worked example's parties are on the SDN list). */
class AssessApiTest {
    private static ListSet lists;

    @TempDir
    Path dir;
    ServerFixture f;

    @BeforeAll
    static void loadLists() {
        lists = ListSet.of(BundledLists.load(id -> BundledLists.selects("ofac", id)));
    }

    @BeforeEach
    void start() throws IOException {
        f = new ServerFixture(TestDatabases.sqlite(dir.resolve("assess.db")), lists, dir.resolve("data"));
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private static String workedExample() throws IOException {
        return Files.readString(Path.of("..", "examples", "worked-example.json"), StandardCharsets.UTF_8);
    }

    private List<AuditEntry> audit() {
        return f.db.read(tx -> f.stores.audit().list(tx, 0, 1000));
    }

    private List<Path> decisions() throws IOException {
        Path d = f.dataDir.resolve("decisions");
        if (!Files.exists(d)) {
            return List.of();
        }
        try (var s = Files.list(d)) {
            return s.toList();
        }
    }

    @Test
    void theWorkedExampleIsProhibitedOnS1AndPay5RecordedAndAudited() throws IOException {
        ServerFixture.Reply r = f.post("/v1/assess", Role.ANALYST, workedExample());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
        JsonNode d = r.json();
        // PROHIBITED, block: the outcome code of a Prohibited decision carries its kind.
        assertThat(d.get("outcome").asText()).isEqualTo("prohibited_block");
        assertThat(d.get("kind").asText()).isEqualTo("block");
        assertThat(d.get("transaction_id").asText()).isEqualTo("worked-example-5");
        List<String> rules = new ArrayList<>();
        d.get("reasons").forEach(x -> rules.add(x.get("rule").asText()));
        assertThat(rules).contains("S-1", "PAY-5");
        // The shape tradeguard assess --format json prints.
        List<String> keys = new ArrayList<>();
        d.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("decision_id", "transaction_id", "evaluation_date", "outcome", "kind", "reasons",
                "retention", "licences_used", "data_versions");

        String id = d.get("decision_id").asText();
        assertThat(f.dataDir.resolve("decisions").resolve(id + ".json")).exists();
        AuditEntry last = audit().get(audit().size() - 1);
        assertThat(last.action()).isEqualTo("assessment");
        assertThat(last.subject()).isEqualTo(id);
        JsonNode details = Json.MAPPER.readTree(last.details());
        assertThat(details.get("outcome").asText()).isEqualTo("prohibited_block");
        assertThat(details.get("rules").toString()).contains("\"S-1\"", "\"PAY-5\"");
        assertThat(details.get("data_versions")).isEqualTo(d.get("data_versions"));
        assertThat(details.get("list_version").asText()).isEqualTo(lists.version());
        assertThat(f.get("/v1/audit/verify", Role.AUDITOR).json().get("intact").asBoolean()).isTrue();
        assertThat(f.send("GET", "/metrics", null, (String) null).body()).contains("tradeguard_assessments_total{outcome=\"prohibited_block\"} 1");
    }

    @Test
    void aMalformedTransactionIsRefusedNamingTheFieldAndNothingIsRecorded() throws IOException {
        long auditBefore = f.count("audit");
        String bad = workedExample().replace("\"quantity\": 1,", "\"quantity\": \"one\",");
        assertThat(bad).isNotEqualTo(workedExample());
        ServerFixture.Reply r = f.post("/v1/assess", Role.ANALYST, bad);
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("field").asText()).isEqualTo("$.items[0].quantity");
        assertThat(r.json().get("detail").asText()).contains("$.items[0].quantity").contains("expected a number");

        ServerFixture.Reply notJson = f.post("/v1/assess", Role.ANALYST, "{\"id\": ");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.json().get("field").asText()).isEqualTo("body");

        assertThat(decisions()).isEmpty();
        assertThat(f.count("audit")).isEqualTo(auditBefore);
    }

    @Test
    void analystsAndAdminsAssessScreenersMayNotAndAKeyIsNeeded() throws IOException {
        String tx = workedExample();
        assertThat(f.post("/v1/assess", Role.SCREENER, tx).status()).isEqualTo(403);
        assertThat(f.post("/v1/assess", Role.AUDITOR, tx).status()).isEqualTo(403);
        assertThat(f.send("POST", "/v1/assess", null, tx).status()).isEqualTo(401);
        assertThat(decisions()).isEmpty();
        assertThat(audit()).extracting(AuditEntry::action).containsOnly("key.create", "access.denied");
        assertThat(f.post("/v1/assess", Role.ADMIN, tx).status()).isEqualTo(200);
        assertThat(f.send("GET", "/openapi.json", null, (String) null).json().get("paths").has("/v1/assess")).isTrue();
    }
}
