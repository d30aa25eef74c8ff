package org.tradeguard.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeguard.controls.Assessor;
import org.tradeguard.controls.Controls;
import org.tradeguard.controls.TradeJson;
import org.tradeguard.controls.registry.Registries;
import org.tradeguard.model.trade.Assessment;
import org.tradeguard.model.trade.Reason;
import org.tradeguard.model.trade.Transaction;
import org.tradeguard.store.Stores;

/**
 * Export decisions over HTTP: the same {@link Assessor} as {@code tradeguard assess}, screening the
 * parties with the lists in service, reading and drawing on the registries under the data
 * directory, recording the decision in their decision store; then the assessment is appended to
 * the audit log (decision id, outcome, rule ids, data versions, SHA-256 of the decision as returned).
 */
final class AssessmentService {
    private final Stores stores;
    private final Controls controls;
    private final Registries registries;
    private final Metrics metrics;

    AssessmentService(Stores stores, Controls controls, Registries registries, Metrics metrics) {
        this.stores = stores;
        this.controls = controls;
        this.registries = registries;
        this.metrics = metrics;
    }

    /** The decision as {@code tradeguard assess --format json} prints it. */
    String assess(ListSet lists, String actor, Transaction t) {
        Assessor assessor = new Assessor(controls, lists.partyScreening(), registries.licences(), registries.eucs(),
                registries.decisions());
        // Evaluated at the transaction date, as the CLI does without --date.
        Assessment a = assessor.assess(t, t.date());
        Map<String, Object> rendered = TradeJson.assessment(a);
        String text = TradeJson.write(rendered);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("transaction_id", a.transactionId());
        details.put("evaluation_date", a.evaluationDate().toString());
        details.put("outcome", rendered.get("outcome"));
        details.put("kind", rendered.get("kind"));
        List<String> rules = new ArrayList<>();
        for (Reason r : a.decision().reasons()) {
            if (!rules.contains(r.ruleId())) {
                rules.add(r.ruleId());
            }
        }
        details.put("rules", rules);
        details.put("licences_used", a.licencesUsed());
        details.put("list_version", lists.version());
        details.put("data_versions", rendered.get("data_versions"));
        details.put("result_sha256", ListSet.sha256(text));
        stores.database().write(tx -> stores.audit().append(tx, actor, "assessment", a.decisionId(), Json.canonical(details)));
        metrics.assessed(String.valueOf(rendered.get("outcome")));
        return text;
    }
}
