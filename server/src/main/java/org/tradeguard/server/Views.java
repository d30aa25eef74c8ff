package org.tradeguard.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.tradeguard.model.Entity;
import org.tradeguard.model.Hit;
import org.tradeguard.model.MatchExplanationJson;
import org.tradeguard.model.Prop;
import org.tradeguard.model.ScreeningQuery;
import org.tradeguard.store.Alert;
import org.tradeguard.store.ApiKey;
import org.tradeguard.store.AuditEntry;
import org.tradeguard.store.Decision;

/** JSON shapes of the native API: one method per thing shown, keys in a fixed order. */
final class Views {
    private Views() {}

    private static final List<String> COUNTRY_PROPS = List.of(Prop.COUNTRY, Prop.NATIONALITY, Prop.CITIZENSHIP,
            Prop.JURISDICTION, Prop.FLAG);

    static String time(Instant t) {
        return t == null ? null : t.toString();
    }

    static ObjectNode query(ScreeningQuery q) {
        ObjectNode n = Json.object();
        n.put("name", q.name());
        n.put("schema", q.schema() == null ? null : q.schema().code());
        n.put("country", q.country());
        n.put("birth_date", q.birthDate() == null ? null : q.birthDate().toString());
        ArrayNode ids = n.putArray("identifiers");
        q.identifiers().forEach(ids::add);
        n.put("reference", q.reference());
        return n;
    }

    static ObjectNode hit(Hit h, String entityVersion) {
        Entity e = h.entity();
        ObjectNode n = Json.object();
        n.put("entity_id", e.id());
        n.put("caption", e.caption());
        n.put("schema", e.schema().code());
        n.put("score", Math.round(h.score() * 10000) / 10000.0);
        n.put("alert", h.alert());
        n.put("algorithm", h.algorithm());
        n.put("matched_name", h.matchedName());
        ArrayNode ds = n.putArray("datasets");
        e.datasets().forEach(ds::add);
        ArrayNode programs = n.putArray("programs");
        e.get(Prop.PROGRAM).forEach(programs::add);
        ArrayNode countries = n.putArray("countries");
        COUNTRY_PROPS.stream().flatMap(p -> e.get(p).stream()).distinct().forEach(countries::add);
        n.put("entity_version", entityVersion);
        ObjectNode src = n.putObject("source");
        src.put("list", e.provenance().source());
        src.put("snapshot_sha256", e.provenance().snapshot().sha256());
        src.put("published", String.valueOf(e.provenance().snapshot().published()));
        src.put("record_id", e.provenance().recordId());
        if (h.explanation() != null) {
            n.set("explanation", Json.MAPPER.valueToTree(MatchExplanationJson.of(h.explanation())));
        }
        return n;
    }

    static ObjectNode decisionRef(Decision d) {
        ObjectNode n = Json.object();
        n.put("id", d.id());
        n.put("alert_id", d.alertId());
        n.put("verdict", d.verdict().code());
        n.put("decided_at", time(d.at()));
        n.put("analyst", d.analyst());
        return n;
    }

    static ObjectNode decision(Decision d) {
        ObjectNode n = Json.object();
        n.put("id", d.id());
        n.put("verdict", d.verdict().code());
        n.put("state", d.state().code());
        n.put("reason", d.reason());
        n.put("analyst", d.analyst());
        n.put("decided_at", time(d.at()));
        n.put("supersedes", d.supersedes());
        n.put("confirms", d.confirms());
        return n;
    }

    static ObjectNode alert(Alert a, List<Decision> decisions) {
        ObjectNode n = Json.object();
        n.put("id", a.id());
        n.put("status", a.status().code());
        n.put("screening_id", a.screeningId());
        n.put("subject_name", a.subjectName());
        n.put("subject_fingerprint", a.fingerprint());
        ObjectNode e = n.putObject("entity");
        e.put("id", a.entityId());
        e.put("caption", a.entityCaption());
        e.put("version", a.entityVersion());
        n.put("score", a.score());
        n.put("created_at", time(a.createdAt()));
        n.put("updated_at", time(a.updatedAt()));
        if (decisions != null) {
            ArrayNode ds = n.putArray("decisions");
            decisions.forEach(d -> ds.add(decision(d)));
        }
        return n;
    }

    static ObjectNode key(ApiKey k) {
        ObjectNode n = Json.object();
        n.put("id", k.id());
        n.put("role", k.role().code());
        n.put("label", k.label());
        n.put("created_by", k.createdBy());
        n.put("created_at", time(k.createdAt()));
        n.put("revoked_at", time(k.revokedAt()));
        return n;
    }

    static ObjectNode auditEntry(AuditEntry e) {
        ObjectNode n = Json.object();
        n.put("seq", e.seq());
        n.put("at", time(e.at()));
        n.put("actor", e.actor());
        n.put("action", e.action());
        n.put("subject", e.subject());
        n.put("details", e.details());
        n.put("prev_hash", e.prevHash());
        n.put("hash", e.hash());
        return n;
    }
}
