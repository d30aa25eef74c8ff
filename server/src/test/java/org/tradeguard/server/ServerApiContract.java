package org.tradeguard.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeguard.store.Database;
import org.tradeguard.store.Role;

/** Every endpoint over real HTTP on a real database; run on SQLite and PostgreSQL by {@link ServerApiTest}. */
abstract class ServerApiContract {
    @TempDir
    Path dir;
    ServerFixture f;

    abstract Database open(Path dir);

    @BeforeEach
    void start() throws IOException {
        f = new ServerFixture(open(dir), true, dir.resolve("data"));
    }

    @AfterEach
    void stop() {
        f.close();
    }

    static final String PETROVSKY = "{\"name\":\"Ivan Sergeyevich Petrovsky\",\"schema\":\"Person\",\"birth_date\":\"1961-04-12\",\"reference\":\"cust-1\"}";

    private JsonNode screenPetrovsky(Role role) {
        ServerFixture.Reply r = f.post("/v1/screen", role, PETROVSKY);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private String decide(String alertId, String key, String verdict, int expected) {
        ServerFixture.Reply r = f.send("POST", "/v1/alerts/" + alertId + "/decision", key,
                "{\"verdict\":\"" + verdict + "\",\"reason\":\"checked the birth date\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(expected);
        return r.body();
    }

    @Test
    void healthReadinessMetricsAndOpenApiNeedNoKey() {
        assertThat(f.send("GET", "/healthz", null, (String) null).status()).isEqualTo(200);
        ServerFixture.Reply ready = f.send("GET", "/readyz", null, (String) null);
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().get("entities").asInt()).isEqualTo(4 + TestLists.BACKGROUND);
        screenPetrovsky(Role.SCREENER);
        ServerFixture.Reply metrics = f.send("GET", "/metrics", null, (String) null);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("tradeguard_http_requests_total{route=\"/v1/screen\",method=\"POST\",status=\"200\"} 1")
                .contains("tradeguard_screenings_total{outcome=\"alert\"} 1")
                .contains("tradeguard_alerts_raised_total 1")
                .contains("tradeguard_http_request_duration_seconds_bucket{route=\"/v1/screen\",le=\"+Inf\"} 1")
                .contains("tradeguard_alerts_open 1");
        ServerFixture.Reply openapi = f.send("GET", "/openapi.json", null, (String) null);
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.json().get("paths").has("/v1/screen")).isTrue();
    }

    @Test
    void screensOnePartyStoresItAndServesItBack() {
        JsonNode s = screenPetrovsky(Role.SCREENER);
        assertThat(s.get("outcome").asText()).isEqualTo("alert");
        assertThat(s.get("reference").asText()).isEqualTo("cust-1");
        JsonNode hit = s.get("hits").get(0);
        assertThat(hit.get("entity_id").asText()).isEqualTo("t-1");
        assertThat(hit.get("alert_id").asText()).startsWith("alr_");
        assertThat(hit.get("score").asDouble()).isGreaterThanOrEqualTo(0.8);
        ServerFixture.Reply back = f.get("/v1/screenings/" + s.get("id").asText(), Role.AUDITOR);
        assertThat(back.status()).isEqualTo(200);
        assertThat(back.json().get("hits")).isEqualTo(s.get("hits"));
        assertThat(back.json().get("actor").asText()).startsWith("key_");
        assertThat(f.get("/v1/screenings/scr_nope", Role.SCREENER).status()).isEqualTo(404);

        ServerFixture.Reply clear = f.post("/v1/screen", Role.SCREENER, "{\"party\":{\"name\":\"Jane Q. Ordinary\"},\"explain\":true}");
        assertThat(clear.status()).as(clear.toString()).isEqualTo(200);
        assertThat(clear.json().get("outcome").asText()).isEqualTo("clear");
    }

    @Test
    void explainsHitsWhenAsked() {
        JsonNode s = f.post("/v1/screen", Role.SCREENER, "{\"name\":\"Granpect Company Limited\",\"explain\":true}").json();
        JsonNode x = s.get("hits").get(0).get("explanation");
        assertThat(x.get("tokens").size()).isPositive();
    }

    @Test
    void screensABatchInOneTransaction() {
        String body = "{\"parties\":[" + PETROVSKY + ",{\"name\":\"Granpect Company Limited\",\"schema\":\"Company\"},"
                + "{\"name\":\"Jane Q. Ordinary\",\"reference\":\"c3\"}]}";
        ServerFixture.Reply r = f.post("/v1/screen", Role.SCREENER, body);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode b = r.json();
        assertThat(b.get("count").asInt()).isEqualTo(3);
        assertThat(b.get("alerts").asInt()).isEqualTo(2);
        assertThat(b.get("screenings").get(2).get("reference").asText()).isEqualTo("c3");
        assertThat(b.get("screenings").get(0).get("batch_id").asText()).isEqualTo(b.get("batch_id").asText());
        assertThat(f.count("screenings")).isEqualTo(3);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsStored() {
        long before = f.count("screenings");
        long auditBefore = f.count("audit");
        String longName = "x".repeat(501);
        assertProblem(f.post("/v1/screen", Role.SCREENER, "{\"parties\":[" + PETROVSKY + ",{\"name\":\"" + longName + "\"}]}"),
                "parties[1].name");
        assertProblem(f.post("/v1/screen", Role.SCREENER, "{\"name\": \"x\", "), "body");
        assertProblem(f.post("/v1/screen", Role.SCREENER, "{\"name\":\"Ivan\",\"nmae\":\"x\"}"), "nmae");
        assertProblem(f.post("/v1/screen", Role.SCREENER, "{\"parties\":[{\"name\":\"Ivan\",\"birth_date\":\"12/04/1961\"}]}"),
                "parties[0].birth_date");
        assertProblem(f.post("/v1/screen", Role.SCREENER, "{\"name\":\"Ivan\",\"schema\":\"Sanction\"}"), "schema");
        assertProblem(f.post("/v1/screen", Role.SCREENER, "{\"name\":\"\"}"), "name");
        assertProblem(f.post("/v1/screen", Role.SCREENER, "[1,2]"), "body");
        StringBuilder big = new StringBuilder("{\"parties\":[");
        for (int i = 0; i < 1001; i++) {
            big.append(i == 0 ? "" : ",").append("{\"name\":\"Party ").append(i).append("\"}");
        }
        assertProblem(f.post("/v1/screen", Role.SCREENER, big.append("]}").toString()), "parties");
        byte[] huge = ("{\"name\":\"" + "y".repeat(5 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        ServerFixture.Reply tooBig = f.sendRaw("POST", "/v1/screen", "Bearer " + f.keys.get(Role.SCREENER), huge);
        assertProblem(tooBig, "body");
        assertThat(f.count("screenings")).isEqualTo(before);
        assertThat(f.count("audit")).isEqualTo(auditBefore);
    }

    private static void assertProblem(ServerFixture.Reply r, String field) {
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode p = r.json();
        assertThat(p.get("status").asInt()).isEqualTo(400);
        assertThat(p.get("title").asText()).isNotBlank();
        assertThat(p.get("detail").asText()).isNotBlank();
        assertThat(p.get("field").asText()).isEqualTo(field);
    }

    @Test
    void fourEyesThenTheDecisionIsRememberedUntilTheEntityChanges() {
        JsonNode s = screenPetrovsky(Role.SCREENER);
        String alertId = s.get("hits").get(0).get("alert_id").asText();
        JsonNode open = f.get("/v1/alerts?status=open", Role.ANALYST).json();
        assertThat(open.get("alerts")).extracting(a -> a.get("id").asText()).containsExactly(alertId);

        // Screening the same subject again while undecided points to the same alert.
        JsonNode again = screenPetrovsky(Role.SCREENER);
        assertThat(again.get("hits").get(0).get("alert_id").asText()).isEqualTo(alertId);

        String analyst = f.keys.get(Role.ANALYST);
        JsonNode pending = Json.parse(decide(alertId, analyst, "true_match", 200).getBytes(StandardCharsets.UTF_8));
        assertThat(pending.get("status").asText()).isEqualTo("pending_confirmation");
        assertThat(pending.get("decision").get("state").asText()).isEqualTo("pending");
        decide(alertId, analyst, "true_match", 409);
        JsonNode fin = Json.parse(decide(alertId, f.analyst2, "true_match", 200).getBytes(StandardCharsets.UTF_8));
        assertThat(fin.get("status").asText()).isEqualTo("closed");
        String finalId = fin.get("decision").get("id").asText();
        assertThat(fin.get("decision").get("confirms").asText()).isEqualTo(pending.get("decision").get("id").asText());
        assertThat(fin.get("decisions")).hasSize(2);

        JsonNode alert = f.get("/v1/alerts/" + alertId, Role.AUDITOR).json();
        assertThat(alert.get("decisions")).hasSize(2);
        assertThat(f.get("/v1/alerts/alr_nope", Role.ANALYST).status()).isEqualTo(404);

        JsonNode remembered = screenPetrovsky(Role.SCREENER);
        JsonNode hit = remembered.get("hits").get(0);
        assertThat(hit.has("alert_id")).isFalse();
        assertThat(hit.get("remembered_decision").get("id").asText()).isEqualTo(finalId);
        assertThat(hit.get("remembered_decision").get("verdict").asText()).isEqualTo("true_match");
        assertThat(f.get("/v1/alerts?status=open", Role.ANALYST).json().get("alerts")).isEmpty();

        // The listing changes (a new alias): the old decision no longer covers it.
        f.server.ready(TestLists.lists("Ivan Petrovsky-Orlov"));
        JsonNode changed = screenPetrovsky(Role.SCREENER);
        assertThat(changed.get("hits").get(0).has("remembered_decision")).isFalse();
        assertThat(changed.get("hits").get(0).get("alert_id").asText()).isNotEqualTo(alertId);
    }

    @Test
    void aFalsePositiveWithoutFourEyesClearsTheNextScreening() {
        ServerFixture.Reply cfg = f.send("PUT", "/v1/config", f.keys.get(Role.ADMIN), "{\"four_eyes\":false}");
        assertThat(cfg.status()).as(cfg.toString()).isEqualTo(200);
        assertThat(cfg.json().get("four_eyes").asBoolean()).isFalse();
        assertThat(f.get("/v1/config", Role.AUDITOR).json().get("four_eyes").asBoolean()).isFalse();
        JsonNode s = screenPetrovsky(Role.SCREENER);
        String alertId = s.get("hits").get(0).get("alert_id").asText();
        decide(alertId, f.keys.get(Role.ANALYST), "escalate", 200);
        assertThat(f.get("/v1/alerts?status=escalated", Role.ANALYST).json().get("alerts")).hasSize(1);
        JsonNode fp = Json.parse(decide(alertId, f.keys.get(Role.ANALYST), "false_positive", 200).getBytes(StandardCharsets.UTF_8));
        assertThat(fp.get("status").asText()).isEqualTo("closed");
        assertThat(fp.get("decisions")).hasSize(2);
        assertThat(fp.get("decision").get("supersedes").asText()).isEqualTo(fp.get("decisions").get(0).get("id").asText());
        JsonNode next = screenPetrovsky(Role.SCREENER);
        assertThat(next.get("outcome").asText()).isEqualTo("clear");
        assertThat(next.get("hits").get(0).get("remembered_decision").get("verdict").asText()).isEqualTo("false_positive");
        assertProblem(f.send("POST", "/v1/alerts/" + alertId + "/decision", f.keys.get(Role.ANALYST), "{\"verdict\":\"maybe\",\"reason\":\"x\"}"), "verdict");
        assertProblem(f.send("PUT", "/v1/config", f.keys.get(Role.ADMIN), "{\"high_band\":2}"), "high_band");
    }

    @Test
    void accessIsCheckedByRoleAndRefusalsAreAudited() {
        assertThat(f.send("POST", "/v1/screen", null, PETROVSKY).status()).isEqualTo(401);
        assertThat(f.send("POST", "/v1/screen", "tg_not-a-key", PETROVSKY).status()).isEqualTo(401);
        assertThat(f.post("/v1/screen", Role.AUDITOR, PETROVSKY).status()).isEqualTo(403);
        assertThat(f.get("/v1/alerts", Role.SCREENER).status()).isEqualTo(403);
        assertThat(f.post("/v1/alerts/alr_x/decision", Role.SCREENER, "{}").status()).isEqualTo(403);
        assertThat(f.get("/v1/keys", Role.ANALYST).status()).isEqualTo(403);
        assertThat(f.get("/v1/audit", Role.ANALYST).status()).isEqualTo(403);
        assertThat(f.send("PUT", "/v1/config", f.keys.get(Role.AUDITOR), "{\"four_eyes\":false}").status()).isEqualTo(403);
        for (String path : List.of("/v1/lists", "/catalog", "/algorithms", "/entities/t-1", "/search/default?q=x", "/v1/screenings/x")) {
            assertThat(f.send("GET", path, null, (String) null).status()).as(path).isEqualTo(401);
        }
        assertThat(f.get("/v1/audit", Role.AUDITOR).status()).isEqualTo(200);
        assertThat(f.get("/v1/alerts", Role.ADMIN).status()).isEqualTo(200);
        JsonNode entries = f.get("/v1/audit?limit=1000", Role.AUDITOR).json().get("entries");
        List<String> denied = new ArrayList<>();
        entries.forEach(e -> {
            if (e.get("action").asText().equals("access.denied")) {
                denied.add(e.get("subject").asText() + " " + e.get("actor").asText().startsWith("key_"));
            }
        });
        assertThat(denied).contains("POST /v1/screen false", "POST /v1/screen true", "GET /v1/alerts true").hasSize(14);
    }

    @Test
    void keysAreCreatedListedAndRevokedByAnAdmin() {
        ServerFixture.Reply created = f.post("/v1/keys", Role.ADMIN, "{\"role\":\"screener\",\"label\":\"payments\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String secret = created.json().get("key").asText();
        String id = created.json().get("id").asText();
        assertThat(f.send("POST", "/v1/screen", secret, PETROVSKY).status()).isEqualTo(200);
        JsonNode list = f.get("/v1/keys", Role.ADMIN).json().get("keys");
        assertThat(list.toString()).contains(id).doesNotContain(secret);
        assertThat(f.send("DELETE", "/v1/keys/" + id, f.keys.get(Role.ADMIN), (String) null).status()).isEqualTo(204);
        assertThat(f.send("DELETE", "/v1/keys/" + id, f.keys.get(Role.ADMIN), (String) null).status()).isEqualTo(404);
        assertThat(f.send("POST", "/v1/screen", secret, PETROVSKY).status()).isEqualTo(401);
        assertProblem(f.post("/v1/keys", Role.ADMIN, "{\"role\":\"root\"}"), "role");
    }

    @Test
    void theAuditChainVerifiesAndNamesATamperedEntry() {
        screenPetrovsky(Role.SCREENER);
        f.send("PUT", "/v1/config", f.keys.get(Role.ADMIN), "{\"high_band\":0.9}");
        JsonNode ok = f.get("/v1/audit/verify", Role.AUDITOR).json();
        assertThat(ok.get("intact").asBoolean()).isTrue();
        JsonNode entries = f.get("/v1/audit", Role.ADMIN).json().get("entries");
        List<String> actions = new ArrayList<>();
        entries.forEach(e -> actions.add(e.get("action").asText()));
        assertThat(actions).contains("key.create", "screening", "config.change");
        long screeningSeq = 0;
        for (JsonNode e : entries) {
            if (e.get("action").asText().equals("screening")) {
                screeningSeq = e.get("seq").asLong();
            }
        }
        TestDatabases.tamper(f.db, "UPDATE audit_log SET details = replace(details, 'alert', 'clear') WHERE seq = " + screeningSeq);
        JsonNode bad = f.get("/v1/audit/verify", Role.AUDITOR).json();
        assertThat(bad.get("intact").asBoolean()).isFalse();
        assertThat(bad.get("findings").get(0).get("kind").asText()).isEqualTo("altered");
        assertThat(bad.get("findings").get(0).get("seq").asLong()).isEqualTo(screeningSeq);
    }

    @Test
    void listsAreDescribed() {
        JsonNode l = f.get("/v1/lists", Role.SCREENER).json();
        assertThat(l.get("lists")).hasSize(2);
        assertThat(l.get("lists").get(0).get("sha256").asText()).isEqualTo("ab".repeat(32));
        assertThat(l.get("lists").get(0).get("entities").asInt()).isEqualTo(3 + TestLists.BACKGROUND);
        assertThat(l.get("entities").asInt()).isEqualTo(4 + TestLists.BACKGROUND);
    }

    @Test
    void yenteClientsWorkUnchanged() {
        // The request body of yente's documented /match example, plus one party that is listed.
        String body = """
                {"queries": {
                  "entity1": {"schema": "Person", "properties": {"name": ["John Doe"], "birthDate": ["1975-04-21"], "nationality": ["us"]}},
                  "entity2": {"schema": "Company", "properties": {"name": ["Brilliant Amazing Limited"], "jurisdiction": ["hk"], "registrationNumber": ["84BA99810"]}},
                  "listed": {"schema": "Company", "properties": {"name": "Granpect Company Limited", "jurisdiction": ["cn"]}}
                }}""";
        ServerFixture.Reply r = f.sendRaw("POST", "/match/default?limit=3", "ApiKey " + f.keys.get(Role.SCREENER),
                body.getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode m = r.json();
        assertThat(m.get("limit").asInt()).isEqualTo(3);
        assertThat(m.get("matcher").isObject()).isTrue();
        JsonNode listed = m.get("responses").get("listed");
        assertThat(listed.get("status").asInt()).isEqualTo(200);
        assertThat(listed.get("total").get("relation").asText()).isEqualTo("eq");
        assertThat(listed.get("query").get("schema").asText()).isEqualTo("Company");
        JsonNode top = listed.get("results").get(0);
        assertThat(top.get("id").asText()).isEqualTo("t-3");
        assertThat(top.get("caption").asText()).isEqualTo("Granpect Company Limited");
        assertThat(top.get("schema").asText()).isEqualTo("Company");
        assertThat(top.get("properties").get("name").get(0).asText()).isEqualTo("Granpect Company Limited");
        assertThat(top.get("datasets").get(0).asText()).isEqualTo("test-sdn");
        assertThat(top.get("match").asBoolean()).isTrue();
        assertThat(top.get("score").asDouble()).isGreaterThan(0.8);
        assertThat(m.get("responses").get("entity1").get("results")).isEmpty();
        assertThat(f.count("screenings")).isEqualTo(3);

        // Dataset scoping: the other list does not hold Granpect.
        JsonNode scoped = f.sendRaw("POST", "/match/test-other", "Bearer " + f.keys.get(Role.SCREENER), body.getBytes(StandardCharsets.UTF_8)).json();
        assertThat(scoped.get("responses").get("listed").get("results")).isEmpty();
        assertThat(f.send("POST", "/match/nope", f.keys.get(Role.SCREENER), body).status()).isEqualTo(404);
        assertProblem(f.send("POST", "/match/default", f.keys.get(Role.SCREENER), "{\"queries\":{}}"), "queries");
        assertProblem(f.send("POST", "/match/default", f.keys.get(Role.SCREENER),
                "{\"queries\":{\"a\":{\"schema\":\"Person\",\"properties\":{\"birthDate\":[\"1970\"]}}}}"), "queries.a.properties.name");

        JsonNode search = f.get("/search/default?q=Kuznetsova&limit=5", Role.SCREENER).json();
        assertThat(search.get("results").get(0).get("id").asText()).isEqualTo("t-2");
        assertThat(search.get("total").get("value").asInt()).isPositive();
        assertThat(search.has("facets")).isTrue();
        assertProblem(f.get("/search/default", Role.SCREENER), "q");

        JsonNode entity = f.get("/entities/t-4", Role.AUDITOR).json();
        assertThat(entity.get("caption").asText()).isEqualTo("Orion Maritime Logistics LLC");
        assertThat(f.get("/entities/zzz", Role.SCREENER).status()).isEqualTo(404);

        JsonNode catalog = f.get("/catalog", Role.SCREENER).json();
        assertThat(catalog.get("datasets")).extracting(d -> d.get("name").asText()).containsExactly("test-sdn", "test-other", "default");
        assertThat(catalog.get("current")).hasSize(3);

        JsonNode algorithms = f.get("/algorithms", Role.SCREENER).json();
        assertThat(algorithms.get("default").asText()).isEqualTo("tg-name-v1");
        assertThat(algorithms.get("algorithms").get(0).get("features").isObject()).isTrue();
    }

    @Test
    void unknownRoutesAndMethods() {
        assertThat(f.get("/v2/nothing", Role.ADMIN).status()).isEqualTo(404);
        assertThat(f.send("DELETE", "/v1/screen", f.keys.get(Role.ADMIN), (String) null).status()).isEqualTo(405);
    }
}
