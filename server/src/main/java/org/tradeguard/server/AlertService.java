package org.tradeguard.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeguard.store.Alert;
import org.tradeguard.store.AlertStatus;
import org.tradeguard.store.Decision;
import org.tradeguard.store.Ids;
import org.tradeguard.store.Stores;
import org.tradeguard.store.Verdict;

/**
 * Decisions on alerts, with four-eyes: when the settings ask for it, a {@code true_match} (and a
 * {@code false_positive} on a score at or above the high band) is pending until a different
 * analyst gives the same verdict. Every decision is a new record that supersedes the alert's
 * previous one; nothing is overwritten but the alert's status.
 */
final class AlertService {
    private final Stores stores;
    private final Clock clock;
    private final Metrics metrics;

    AlertService(Stores stores, Clock clock, Metrics metrics) {
        this.stores = stores;
        this.clock = clock;
        this.metrics = metrics;
    }

    ObjectNode decide(String analyst, String alertId, Verdict verdict, String reason) {
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        ObjectNode out = stores.database().write(tx -> {
            Alert alert = stores.alerts().find(tx, alertId).orElseThrow(() -> Problem.notFound("no alert " + Problem.cut(alertId)));
            Settings settings = Settings.of(stores.config().current(tx));
            List<Decision> earlier = stores.alerts().decisions(tx, alertId);
            Decision latest = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
            boolean needsTwo = settings.fourEyes() && (verdict == Verdict.TRUE_MATCH
                    || (verdict == Verdict.FALSE_POSITIVE && alert.score() >= settings.highBand()));
            Decision.State state;
            String confirms = null;
            AlertStatus status;
            if (verdict == Verdict.ESCALATE) {
                state = Decision.State.ESCALATED;
                status = AlertStatus.ESCALATED;
            } else if (!needsTwo) {
                state = Decision.State.FINAL;
                status = AlertStatus.CLOSED;
            } else if (latest != null && latest.state() == Decision.State.PENDING && latest.verdict() == verdict) {
                if (latest.analyst().equals(analyst)) {
                    throw Problem.conflict("four-eyes: decision " + latest.id() + " by " + analyst
                            + " must be confirmed by a different analyst");
                }
                state = Decision.State.FINAL;
                confirms = latest.id();
                status = AlertStatus.CLOSED;
            } else {
                state = Decision.State.PENDING;
                status = AlertStatus.PENDING_CONFIRMATION;
            }
            Decision d = new Decision(Ids.next("dec", at), alertId, alert.fingerprint(), alert.entityId(), alert.entityVersion(),
                    verdict, state, reason, analyst, at, latest == null ? null : latest.id(), confirms);
            stores.alerts().insertDecision(tx, d);
            stores.alerts().updateStatus(tx, alertId, status, at);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("decision_id", d.id());
            details.put("verdict", verdict.code());
            details.put("state", state.code());
            details.put("reason", reason);
            details.put("supersedes", d.supersedes());
            details.put("confirms", confirms);
            details.put("entity_id", alert.entityId());
            details.put("entity_version", alert.entityVersion());
            details.put("fingerprint", alert.fingerprint());
            stores.audit().append(tx, analyst, "decision", alertId, Json.canonical(details));
            Alert now = stores.alerts().find(tx, alertId).orElseThrow();
            ObjectNode n = Views.alert(now, stores.alerts().decisions(tx, alertId));
            n.set("decision", Views.decision(d));
            return n;
        });
        metrics.decided(verdict.code());
        return out;
    }
}
