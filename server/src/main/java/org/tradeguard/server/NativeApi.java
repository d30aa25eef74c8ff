package org.tradeguard.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tradeguard.controls.BadTradeDataException;
import org.tradeguard.controls.TradeJson;
import org.tradeguard.lists.ListLoad;
import org.tradeguard.matching.ScreenOptions;
import org.tradeguard.model.ScreeningQuery;
import org.tradeguard.model.trade.Transaction;
import org.tradeguard.store.Alert;
import org.tradeguard.store.AlertStatus;
import org.tradeguard.store.ConfigChange;
import org.tradeguard.store.Ids;
import org.tradeguard.store.Role;
import org.tradeguard.store.Screening;
import org.tradeguard.store.Stores;
import org.tradeguard.store.Verdict;

/** Handlers of the native API ({@code /v1/...}); routes are registered in {@link Routes}. */
final class NativeApi {
    /** Most parties in one request. */
    static final int MAX_BATCH = 1000;
    static final int MAX_REASON = 2000;
    private static final Set<String> OPTION_FIELDS = Set.of("threshold", "cutoff", "limit", "explain");

    private final Stores stores;
    private final Clock clock;
    private final Readiness readiness;
    private final ScreeningService screening;
    private final AlertService alerts;
    private final AssessmentService assessments;

    NativeApi(Stores stores, Clock clock, Readiness readiness, ScreeningService screening, AlertService alerts,
              AssessmentService assessments) {
        this.stores = stores;
        this.clock = clock;
        this.readiness = readiness;
        this.screening = screening;
        this.alerts = alerts;
        this.assessments = assessments;
    }

    /**
     * {@code POST /v1/screen}: one party (its fields at the top level, or under {@code party}) or a
     * batch under {@code parties}; options {@code threshold}, {@code cutoff}, {@code limit},
     * {@code explain} beside them.
     */
    Response screen(Request req) {
        JsonNode body = Fields.object(req.json(), "body");
        ScreenOptions options = options(body);
        ListSet lists = readiness.lists();
        if (body.has("parties")) {
            Set<String> known = new HashSet<>(OPTION_FIELDS);
            known.add("parties");
            Fields.onlyKnown(body, "", known);
            JsonNode parties = body.get("parties");
            if (!parties.isArray()) {
                throw Problem.badRequest("parties", "parties must be an array of parties");
            }
            if (parties.isEmpty()) {
                throw Problem.badRequest("parties", "parties is empty");
            }
            if (parties.size() > MAX_BATCH) {
                throw Problem.badRequest("parties", "parties has " + parties.size() + " items; at most " + MAX_BATCH
                        + " are accepted in one request");
            }
            List<ScreeningQuery> queries = new ArrayList<>(parties.size());
            for (int i = 0; i < parties.size(); i++) {
                queries.add(Party.parse(parties.get(i), "parties[" + i + "]").query());
            }
            String batchId = Ids.next("bat", clock.instant());
            List<ObjectNode> results = screening.screen(lists, req.actor(), queries, options, batchId);
            ObjectNode out = Json.object();
            out.put("batch_id", batchId);
            out.put("count", results.size());
            out.put("alerts", results.stream().filter(r -> r.get("outcome").asText().equals("alert")).count());
            ArrayNode arr = out.putArray("screenings");
            results.forEach(r -> {
                r.remove("new_alerts");
                arr.add(r);
            });
            return Response.ok(out);
        }
        Party party;
        if (body.has("party")) {
            Set<String> known = new HashSet<>(OPTION_FIELDS);
            known.add("party");
            Fields.onlyKnown(body, "", known);
            party = Party.parse(body.get("party"), "party");
        } else {
            Set<String> known = new HashSet<>(OPTION_FIELDS);
            known.addAll(Party.FIELDS);
            Fields.onlyKnown(body, "", known);
            ObjectNode partyOnly = body.deepCopy();
            OPTION_FIELDS.forEach(partyOnly::remove);
            party = Party.parse(partyOnly, "");
        }
        ObjectNode r = screening.screen(lists, req.actor(), List.of(party.query()), options, null).get(0);
        r.remove("new_alerts");
        return Response.ok(r);
    }

    static ScreenOptions options(JsonNode body) {
        ScreenOptions o = ScreenOptions.defaults();
        Double threshold = Fields.number(body, "threshold", "", 0, 1);
        Double cutoff = Fields.number(body, "cutoff", "", 0, 1);
        Double limit = Fields.number(body, "limit", "", 1, 100);
        Boolean explain = Fields.bool(body, "explain", "");
        if (threshold != null) {
            o = o.withThreshold(threshold);
        }
        if (cutoff != null) {
            o = o.withCutoff(Math.min(cutoff, o.threshold()));
        }
        if (limit != null) {
            o = o.withLimit(limit.intValue());
        }
        if (explain != null) {
            o = o.withExplain(explain);
        }
        return o;
    }

    /**
     * {@code POST /v1/assess}: the body is a transaction as {@code tradeguard assess} reads it
     * (controls/TRANSACTION-SCHEMA.md); the answer is the decision as {@code tradeguard assess
     * --format json} prints it. A bad transaction is a 400 whose {@code field} is the JSON path the
     * reader names ({@code $.items[0].quantity}), and nothing is recorded.
     */
    Response assess(Request req) {
        byte[] body = req.body();
        if (body.length == 0) {
            throw Problem.badRequest("body", "the request body is empty; a transaction (JSON object) was expected");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw Problem.badRequest("body", "the request body is not UTF-8 text");
        }
        Transaction t;
        try {
            t = TradeJson.transaction("transaction", text);
        } catch (BadTradeDataException e) {
            throw Problem.badRequest(e.field() == null ? "body" : e.field(), e.getMessage());
        }
        return Response.text(200, Response.JSON, assessments.assess(readiness.lists(), req.actor(), t));
    }

    /** {@code GET /v1/screenings/{id}}: the screening as it was returned, with who asked. */
    Response screeningById(Request req) {
        String id = req.path("id");
        Screening s = stores.database().read(tx -> stores.screenings().find(tx, id))
                .orElseThrow(() -> Problem.notFound("no screening " + Problem.cut(id)));
        ObjectNode n = (ObjectNode) parseStored(s.result());
        n.put("actor", s.actor());
        return Response.ok(n);
    }

    private static JsonNode parseStored(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("stored JSON is unreadable", e);
        }
    }

    /** {@code GET /v1/alerts?status=open&after=ID&limit=N}. */
    Response alerts(Request req) {
        String statusText = req.param("status");
        AlertStatus status = null;
        if (statusText != null && !statusText.isBlank() && !statusText.equals("all")) {
            status = AlertStatus.ofCode(statusText).orElseThrow(() -> Problem.badRequest("status",
                    "status must be one of open, escalated, pending_confirmation, closed, all; got '" + Problem.cut(statusText) + "'"));
        }
        int limit = (int) Fields.param(req.param("limit"), "limit", 100, 1, 1000);
        String after = req.param("after");
        AlertStatus st = status;
        List<Alert> list = stores.database().read(tx -> stores.alerts().list(tx, st, after, limit));
        ObjectNode out = Json.object();
        ArrayNode arr = out.putArray("alerts");
        list.forEach(a -> arr.add(Views.alert(a, null)));
        out.put("next_after", list.size() == limit ? list.get(list.size() - 1).id() : null);
        return Response.ok(out);
    }

    /** {@code GET /v1/alerts/{id}}: the alert with every decision on it. */
    Response alert(Request req) {
        String id = req.path("id");
        ObjectNode n = stores.database().read(tx -> {
            Alert a = stores.alerts().find(tx, id).orElseThrow(() -> Problem.notFound("no alert " + Problem.cut(id)));
            return Views.alert(a, stores.alerts().decisions(tx, id));
        });
        return Response.ok(n);
    }

    /** {@code POST /v1/alerts/{id}/decision} with {@code {"verdict": ..., "reason": ...}}. */
    Response decide(Request req) {
        JsonNode body = Fields.object(req.json(), "body");
        Fields.onlyKnown(body, "", Set.of("verdict", "reason"));
        String v = Fields.text(body, "verdict", "", 40, true);
        Verdict verdict = Verdict.ofCode(v).orElseThrow(() -> Problem.badRequest("verdict",
                "verdict must be true_match, false_positive or escalate; got '" + Problem.cut(v) + "'"));
        String reason = Fields.text(body, "reason", "", MAX_REASON, true);
        return Response.ok(alerts.decide(req.actor(), req.path("id"), verdict, reason.strip()));
    }

    /** {@code GET /v1/lists}: every source in service with its snapshot identity and counts. */
    Response lists(Request req) {
        ListSet ls = readiness.lists();
        ObjectNode out = Json.object();
        out.put("version", ls.version());
        out.put("algorithm", ls.screener().version());
        out.put("entities", ls.screener().entityCount());
        ArrayNode arr = out.putArray("lists");
        for (ListLoad l : ls.loads()) {
            ObjectNode n = arr.addObject();
            n.put("source", l.snapshot().source());
            n.put("title", l.snapshot().title());
            n.put("published", l.snapshot().published() == null ? null : l.snapshot().published().toString());
            n.put("sha256", l.snapshot().sha256());
            n.put("origin", l.snapshot().origin());
            n.put("entities", l.entities().size());
            ObjectNode counts = n.putObject("by_schema");
            l.countsBySchema().forEach(counts::put);
            n.put("records", l.report().records());
            n.put("skipped", l.report().skipped());
        }
        return Response.ok(out);
    }

    /** {@code POST /v1/keys} with {@code {"role": ..., "label": ...}}: the new key, shown this once. */
    Response createKey(Request req) {
        JsonNode body = Fields.object(req.json(), "body");
        Fields.onlyKnown(body, "", Set.of("role", "label"));
        String r = Fields.text(body, "role", "", 20, true);
        Role role = Role.ofCode(r).orElseThrow(() -> Problem.badRequest("role",
                "role must be screener, analyst, admin or auditor; got '" + Problem.cut(r) + "'"));
        String label = Fields.text(body, "label", "", 200, false);
        ApiKeys.Created c = ApiKeys.create(stores, clock, role, label, req.actor());
        ObjectNode n = Views.key(c.key());
        n.put("key", c.secret());
        return Response.json(201, n);
    }

    Response keys(Request req) {
        ObjectNode out = Json.object();
        ArrayNode arr = out.putArray("keys");
        stores.database().read(tx -> stores.keys().list(tx)).forEach(k -> arr.add(Views.key(k)));
        return Response.ok(out);
    }

    Response revokeKey(Request req) {
        String id = req.path("id");
        if (!ApiKeys.revoke(stores, clock, id, req.actor())) {
            throw Problem.notFound("no valid key " + Problem.cut(id));
        }
        return new Response(204, Response.JSON, new byte[0]);
    }

    Response config(Request req) {
        Settings s = stores.database().read(tx -> Settings.of(stores.config().current(tx)));
        return Response.ok(s.toMap());
    }

    /** {@code PUT /v1/config}: changes the given settings; each change is kept and audited. */
    Response changeConfig(Request req) {
        JsonNode body = Fields.object(req.json(), "body");
        Fields.onlyKnown(body, "", Set.of(Settings.FOUR_EYES, Settings.HIGH_BAND));
        Map<String, String> changes = new LinkedHashMap<>();
        Boolean fe = Fields.bool(body, Settings.FOUR_EYES, "");
        Double hb = Fields.number(body, Settings.HIGH_BAND, "", 0, 1);
        if (fe != null) {
            changes.put(Settings.FOUR_EYES, fe.toString());
        }
        if (hb != null) {
            changes.put(Settings.HIGH_BAND, hb.toString());
        }
        var at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Settings now = stores.database().write(tx -> {
            Map<String, String> before = stores.config().current(tx);
            for (Map.Entry<String, String> c : changes.entrySet()) {
                stores.config().record(tx, new ConfigChange(c.getKey(), c.getValue(), req.actor(), at));
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("from", before.get(c.getKey()));
                d.put("to", c.getValue());
                stores.audit().append(tx, req.actor(), "config.change", c.getKey(), Json.canonical(d));
            }
            return Settings.of(stores.config().current(tx));
        });
        return Response.ok(now.toMap());
    }

    /** {@code GET /v1/audit?after=SEQ&limit=N}. */
    Response audit(Request req) {
        long after = (long) Fields.param(req.param("after"), "after", 0, 0, Long.MAX_VALUE);
        int limit = (int) Fields.param(req.param("limit"), "limit", 100, 1, 1000);
        ObjectNode out = Json.object();
        ArrayNode arr = out.putArray("entries");
        stores.database().read(tx -> stores.audit().list(tx, after, limit)).forEach(e -> arr.add(Views.auditEntry(e)));
        return Response.ok(out);
    }

    /** {@code GET /v1/audit/verify}: the chain checked end to end. */
    Response verifyAudit(Request req) {
        var findings = stores.database().read(tx -> stores.audit().verify(tx));
        long size = stores.database().read(tx -> stores.audit().size(tx));
        ObjectNode out = Json.object();
        out.put("intact", findings.isEmpty());
        out.put("entries", size);
        ArrayNode arr = out.putArray("findings");
        findings.forEach(f -> {
            ObjectNode n = arr.addObject();
            n.put("kind", f.kind().code());
            n.put("seq", f.seq());
            n.put("detail", f.detail());
        });
        return Response.ok(out);
    }
}
