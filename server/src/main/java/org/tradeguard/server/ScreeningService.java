package org.tradeguard.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tradeguard.matching.ScreenOptions;
import org.tradeguard.model.Hit;
import org.tradeguard.model.ScreeningQuery;
import org.tradeguard.store.Alert;
import org.tradeguard.store.AlertStatus;
import org.tradeguard.store.Decision;
import org.tradeguard.store.Ids;
import org.tradeguard.store.Screening;
import org.tradeguard.store.Stores;
import org.tradeguard.store.Tx;
import org.tradeguard.store.Verdict;

/**
 * Screens parties and remembers: each screening is stored with its hits; an alerting hit becomes
 * an alert unless a final decision on the same subject, listed entity and entity version exists
 * (then the hit points to that decision) or an undecided alert for them is open already (then the
 * hit points to it). A request's screenings, alerts and audit entries commit in one transaction.
 */
final class ScreeningService {
    private final Stores stores;
    private final Clock clock;
    private final Metrics metrics;

    ScreeningService(Stores stores, Clock clock, Metrics metrics) {
        this.stores = stores;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** One party's screening, matched but not yet stored. */
    private record Matched(ScreeningQuery query, List<Hit> hits) {}

    /**
     * Screens and stores. Matching runs before the transaction (in parallel for batches), so the
     * write lock is held only for the inserts.
     *
     * @param batchId null for a single party
     * @return each party's result, in request order
     */
    List<ObjectNode> screen(ListSet lists, String actor, List<ScreeningQuery> queries, ScreenOptions options, String batchId) {
        return screen(lists, actor, queries, options, batchId, null);
    }

    /**
     * Like {@link #screen(ListSet, String, List, ScreenOptions, String)}, keeping only hits whose
     * entity passes {@code filter} (null keeps all): how yente's dataset scoping is served.
     */
    List<ObjectNode> screen(ListSet lists, String actor, List<ScreeningQuery> queries, ScreenOptions options, String batchId,
                            java.util.function.Predicate<org.tradeguard.model.Entity> filter) {
        // Ask for more when filtering, so the limit still fills after hits outside the scope are dropped.
        ScreenOptions asked = filter == null ? options : options.withLimit(Math.min(1000, options.limit() * 5));
        List<Matched> matched = (queries.size() > 1 ? queries.parallelStream() : queries.stream())
                .map(q -> {
                    List<Hit> hits = lists.screener().screen(q, asked);
                    if (filter != null) {
                        hits = hits.stream().filter(h -> filter.test(h.entity())).limit(options.limit()).toList();
                    }
                    return new Matched(q, hits);
                })
                .toList();
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<ObjectNode> results = stores.database().write(tx -> {
            List<ObjectNode> out = new ArrayList<>(matched.size());
            for (Matched m : matched) {
                out.add(store(tx, lists, actor, m, at, batchId));
            }
            return out;
        });
        for (ObjectNode r : results) {
            metrics.screened(r.get("outcome").asText(), r.get("new_alerts").asInt());
        }
        return results;
    }

    private ObjectNode store(Tx tx, ListSet lists, String actor, Matched m, Instant at, String batchId) {
        ScreeningQuery q = m.query();
        String id = Ids.next("scr", at);
        String fp = Fingerprints.subject(q);
        ArrayNode hits = Json.MAPPER.createArrayNode();
        List<Map<String, Object>> auditHits = new ArrayList<>();
        boolean alert = false;
        int alertCount = 0;
        List<Alert> newAlerts = new ArrayList<>();
        for (Hit h : m.hits()) {
            String version = lists.entityVersion(h.entity());
            ObjectNode hn = Views.hit(h, version);
            Map<String, Object> ah = new LinkedHashMap<>();
            ah.put("entity_id", h.entity().id());
            ah.put("entity_version", version);
            ah.put("score", hn.get("score").asDouble());
            if (h.alert()) {
                Optional<Decision> remembered = stores.alerts().remembered(tx, fp, h.entity().id(), version);
                if (remembered.isPresent()) {
                    Decision d = remembered.get();
                    hn.set("remembered_decision", Views.decisionRef(d));
                    ah.put("remembered_decision", d.id());
                    // A remembered false positive clears the hit; a remembered true match still alerts the
                    // caller (it is a listed party) but raises no new alert for an analyst.
                    alert |= d.verdict() == Verdict.TRUE_MATCH;
                } else {
                    alert = true;
                    alertCount++;
                    Optional<Alert> open = stores.alerts().findUndecided(tx, fp, h.entity().id(), version);
                    String alertId;
                    if (open.isPresent()) {
                        alertId = open.get().id();
                    } else {
                        alertId = Ids.next("alr", at);
                        newAlerts.add(new Alert(alertId, id, fp, q.name(), h.entity().id(), version,
                                h.entity().caption(), h.score(), AlertStatus.OPEN, at, at));
                    }
                    hn.put("alert_id", alertId);
                    ah.put("alert_id", alertId);
                }
            }
            hits.add(hn);
            auditHits.add(ah);
        }
        String outcome = alert ? "alert" : "clear";
        ObjectNode result = Json.object();
        result.put("id", id);
        result.put("reference", q.reference());
        result.put("batch_id", batchId);
        result.put("outcome", outcome);
        result.put("screened_at", Views.time(at));
        result.put("list_version", lists.version());
        result.put("subject_fingerprint", fp);
        result.set("query", Views.query(q));
        result.set("hits", hits);
        String resultText = Json.text(result);
        stores.screenings().insert(tx, new Screening(id, at, actor, batchId, q.reference(), fp, outcome, alertCount,
                lists.version(), Json.text(Views.query(q)), resultText));
        for (Alert a : newAlerts) {
            stores.alerts().insert(tx, a);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("batch_id", batchId);
        details.put("fingerprint", fp);
        details.put("outcome", outcome);
        details.put("list_version", lists.version());
        details.put("hits", auditHits);
        details.put("result_sha256", ListSet.sha256(resultText));
        stores.audit().append(tx, actor, "screening", id, Json.canonical(details));
        result.put("new_alerts", newAlerts.size());
        return result;
    }
}
